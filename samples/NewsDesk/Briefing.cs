using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using NewsSchema.News;

namespace NewsDesk;

/// <summary>Writes a readable briefing of a catalog: who, where, meetings, agreements, facilities, statements.</summary>
public static class Briefing
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    /// <summary>Writes the briefing of <paramref name="catalog"/> to <paramref name="output"/>.</summary>
    public static void Write(EntityCatalog catalog, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(output);
        var b = new Writer(catalog, output);
        b.Articles();
        b.Conflicts();
        b.Who();
        b.Where();
        b.Meetings();
        b.Agreements();
        b.Facilities();
        b.Statements();
    }

    private sealed class Writer(EntityCatalog catalog, TextWriter output)
    {
        private int _sections;

        public void Articles()
        {
            foreach (var article in catalog.Articles)
            {
                output.WriteLine(article.Headline);
                var parts = new List<string>();
                if (article.Section is { } section)
                {
                    parts.Add(section);
                }

                parts.Add(Day(article.PublishedOn));
                if (article.ReadingMinutes is { } minutes)
                {
                    parts.Add(string.Create(Invariant, $"{minutes} min read"));
                }

                output.WriteLine(string.Join(" | ", parts));
                output.WriteLine();
            }
        }

        public void Conflicts()
        {
            foreach (var conflict in catalog.Conflicts)
            {
                var since = conflict.StartedOn is { } start ? " since " + Day(start) : string.Empty;
                output.WriteLine($"Context: {conflict.Name}{since}" + Suffix(" - ", conflict.Description ?? string.Empty));
            }

            if (catalog.Conflicts.Count > 0)
            {
                output.WriteLine();
            }
        }

        public void Who()
        {
            Heading("WHO");

            // The family tells its members apart by type: pattern matching picks the group and the details.
            var groups = catalog.Actors.Select(actor => actor switch
            {
                Person person => (Group: "People", Text: Describe(person)),
                State state => (Group: "States", Text: Describe(state)),
                Organization body => (Group: "Bodies", Text: Describe(body)),
                _ => (Group: "Others", Text: actor.Name),
            }).ToLookup(p => p.Group, p => p.Text);
            foreach (var title in new[] { "People", "States", "Bodies", "Others" })
            {
                if (title != "Others" || groups.Contains(title))
                {
                    Line(1, title);
                }

                foreach (var text in groups[title])
                {
                    Line(2, text);
                }
            }
        }

        public void Where()
        {
            Heading("WHERE");
            foreach (var venue in catalog.Venues)
            {
                var capital = venue.Capital ? " (capital)" : string.Empty;
                var at = venue.Location is { } point ? " - " + Coordinates(point) : string.Empty;
                Line(1, $"{venue.Name}, {Name(venue.Country)}{capital}{at}");
            }
        }

        public void Meetings()
        {
            Heading("MEETINGS");
            var ordered = catalog.Meetings
                .Select((m, i) => (Meeting: m, Index: i))
                .OrderBy(p => p.Meeting.StartsOn ?? DateOnly.MaxValue)
                .ThenBy(p => p.Index)
                .Select(p => p.Meeting);
            foreach (var meeting in ordered)
            {
                Line(1, $"{When(meeting)}  {meeting.Title}");
                var place = meeting.Venue is { } venue ? VenueName(venue)
                    : meeting.Country is { } country ? Name(country)
                    : "place not named";
                var reported = meeting.ReportedBy is { } source ? ", as reported by " + Name(source) : string.Empty;
                Line(2, $"{meeting.Format.ToWireName()}, {place}, {meeting.Status.ToWireName()}{reported}");
                Line(2, "participants: " + Names(meeting.Participants));
                foreach (var delegation in meeting.Delegations)
                {
                    Line(2, $"{Name(delegation.Side)} sent: {string.Join(", ", delegation.Members.Select(r => r.ToWireName()))}");
                }

                if (meeting.Topics.Count > 0)
                {
                    Line(2, "topics: " + string.Join("; ", meeting.Topics));
                }
            }
        }

        public void Agreements()
        {
            Heading("AGREEMENTS");
            foreach (var agreement in catalog.Agreements)
            {
                var ready = agreement.ReadinessPercent is { } percent ? string.Create(Invariant, $", {percent}% ready") : string.Empty;
                Line(1, $"{agreement.Title} - {agreement.Status.ToWireName()}{ready}");
                Line(2, "parties: " + Names(agreement.Parties));
                if (agreement.Mediators.Count > 0)
                {
                    Line(2, "mediated by: " + Names(agreement.Mediators));
                }

                if (agreement.SignedOn is { } signed)
                {
                    Line(2, "signed on " + Day(signed));
                }
                else if (agreement.SigningDate is { } signing)
                {
                    Line(2, "to be signed on " + Day(signing));
                }
                else if (agreement.Status == AgreementStatus.ReadyForSigning)
                {
                    Line(2, "signing date: awaited");
                }

                if (agreement.TargetYear is { } year)
                {
                    Line(2, string.Create(Invariant, $"target: {year}"));
                }

                if (agreement.RatifyingBodies.Count > 0)
                {
                    Line(2, "to be ratified by: " + Names(agreement.RatifyingBodies));
                }

                foreach (var demand in agreement.Demands)
                {
                    Line(2, $"{Name(demand.By)} demands of {Name(demand.Of)}: {demand.Text}");
                }

                if (agreement.OpenIssues.Count > 0)
                {
                    Line(2, "open issues: " + string.Join("; ", agreement.OpenIssues));
                }

                if (agreement.Precedes is { } next && catalog.Find(next) is { } before)
                {
                    Line(2, "to come before: " + before.Title);
                }

                if (agreement.NegotiatedAt.Count > 0)
                {
                    Line(2, "negotiated at: " + string.Join("; ", agreement.NegotiatedAt.Select(MeetingTitle)));
                }
            }
        }

        public void Facilities()
        {
            Heading("FACILITIES");
            foreach (var facility in catalog.Facilities)
            {
                Line(1, $"{facility.Name} - {facility.Kind.ToWireName()} in {Name(facility.Country)}" + Suffix(", ", facility.Distinction ?? string.Empty));
                var facts = new List<string> { "status: " + facility.Status.ToWireName() };
                if (facility.ControlledBy is { } holder)
                {
                    facts.Add("controlled by " + Name(holder));
                }

                if (facility.Owner is { } owner)
                {
                    facts.Add("owned by " + Name(owner));
                }

                if (facility.Operator is { } op)
                {
                    facts.Add("operated by " + Name(op));
                }

                if (facility.CapacityMw is { } mw)
                {
                    facts.Add(string.Create(Invariant, $"{mw:0.#} MW"));
                }

                if (facility.Oversight is { } oversight)
                {
                    facts.Add("oversight framework: " + oversight.ToWireName());
                }

                Line(2, string.Join("; ", facts));
                if (facility.Location is { } point)
                {
                    Line(2, "at " + Coordinates(point));
                }
            }
        }

        public void Statements()
        {
            Heading("STATEMENTS");
            foreach (var statement in catalog.Articles.SelectMany(a => a.Statements))
            {
                var notes = new List<string>();
                if (statement.SaidOn is { } said)
                {
                    notes.Add(Day(said));
                }

                if (statement.Meeting is { } meeting)
                {
                    notes.Add("at " + MeetingTitle(meeting));
                }

                if (statement.About is { } id && catalog.Find(id) is { } agreement)
                {
                    notes.Add("on " + agreement.Title);
                }

                Line(1, $"{Name(statement.Speaker)}: \"{statement.Quote}\"" + Suffix(" (", string.Join("; ", notes), ")"));
            }
        }

        private string Describe(Person person)
        {
            var ties = person.Affiliations.Select(f => (f.Title is { } title ? title + " " : string.Empty)
                + $"({f.Role.ToWireName()}, {Name(f.Organization)})");
            var nationality = person.Nationality is { } state ? "nationality: " + Name(state) : string.Empty;
            return person.Name + Suffix(" - ", string.Join("; ", ties)) + Suffix(" - ", nationality);
        }

        private string Describe(State state)
        {
            var codes = string.Join(", ", state.ShortNames.Prepend(state.CountryCode));
            var capitals = catalog.Venues.Where(v => v.Capital && v.Country == state.Id).Select(v => v.Name);
            return $"{state.Name} ({codes})" + Suffix(" - capital: ", string.Join(", ", capitals));
        }

        private string Describe(Organization body)
        {
            var of = body.State is { } state ? " of " + Name(state) : string.Empty;
            return $"{body.Name} - {body.OrganizationKind.ToWireName()}{of}";
        }

        private void Heading(string title)
        {
            if (_sections++ > 0)
            {
                output.WriteLine();
            }

            output.WriteLine(title);
        }

        private void Line(int depth, string text)
        {
            output.Write(new string(' ', depth * 2));
            output.WriteLine(text);
        }

        private string Name(ActorId id) => catalog.Find(id)?.Name ?? id.Value;

        private string Names(IEnumerable<ActorId> ids) => string.Join(", ", ids.Select(Name));

        private string VenueName(VenueId id) => catalog.Find(id) is { } venue ? $"{venue.Name}, {Name(venue.Country)}" : id.Value;

        private string MeetingTitle(MeetingId id) => catalog.Find(id)?.Title ?? id.Value;

        private static string When(Meeting meeting) => (meeting.StartsOn, meeting.EndsOn) switch
        {
            ({ } start, { } end) when end != start => $"{Day(start)} to {Day(end)}",
            ({ } start, _) => Day(start) + Suffix(" (", meeting.Timing ?? string.Empty, ")"),
            _ => "date not given" + Suffix(" (", meeting.Timing ?? string.Empty, ")"),
        };

        private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", Invariant);

        private static string Coordinates(GeoPoint point) => string.Create(Invariant,
            $"{Math.Abs(point.Lat):0.0000}° {(point.Lat >= 0 ? 'N' : 'S')}, {Math.Abs(point.Lon):0.0000}° {(point.Lon >= 0 ? 'E' : 'W')}");

        private static string Suffix(string separator, string text, string end = "") => text.Length == 0 ? string.Empty : separator + text + end;
    }
}
