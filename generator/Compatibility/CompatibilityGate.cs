using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using NewsSchema.Generator.Model;
using NewsSchema.Generator.Parsing;

namespace NewsSchema.Generator.Compatibility;

/// <summary>
/// The compatibility gate: compares the resolved schemas with the committed baseline and returns
/// one located diagnostic per breaking change and broken mode (NSG0060 backward, NSG0061 forward,
/// NSG0062 source). A plain function of its inputs, so the generator and an analyzer can both
/// report it. The rules and their verdicts are tabled in docs/compatibility.md. Never throws
/// (except <see cref="OperationCanceledException"/>).
/// </summary>
internal static class CompatibilityGate
{
    public static EquatableArray<DiagnosticInfo> Check(
        ImmutableArray<SchemaFile> files,
        ResolvedSchema resolved,
        GateOptions options,
        string? baselineText,
        CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        try
        {
            return Run(files.IsDefault ? ImmutableArray<SchemaFile>.Empty : files, resolved, options, baselineText, cancellationToken).ToEquatableArray();
        }
        catch (OperationCanceledException)
        {
            throw;
        }
        catch (Exception ex)
        {
            return new[] { DiagnosticInfo.Create(DiagnosticDescriptors.InternalError, null, "the compatibility gate", ex.GetType().Name + ": " + ex.Message) }.ToEquatableArray();
        }
    }

    private static List<DiagnosticInfo> Run(ImmutableArray<SchemaFile> files, ResolvedSchema resolved, GateOptions options, string? baselineText, CancellationToken ct)
    {
        var result = new List<DiagnosticInfo>();
        if (!options.ModeIsValid)
        {
            result.Add(DiagnosticInfo.Create(DiagnosticDescriptors.InvalidCompatibilityMode, null, options.ModeText));
            return result;
        }

        if (options.Modes == CompatibilityModes.None || options.UpdateBaseline)
        {
            return result;
        }

        // A schema with errors is reported as such; comparing what is left would only add noise
        // (a type that does not resolve would look removed).
        if (files.Any(f => f.Diagnostics.Any(IsError)) || resolved.Diagnostics.Any(IsError))
        {
            return result;
        }

        if (baselineText is null || options.BaselinePath is null)
        {
            result.Add(DiagnosticInfo.Create(DiagnosticDescriptors.MissingBaseline, null, GateOptions.Describe(options.Modes), options.BaselinePath ?? "(NewsSchemaBaseline is not set)"));
            return result;
        }

        var lines = new LineMap(options.BaselinePath, baselineText);
        var old = BaselineFormat.Read(baselineText, out var errors);
        if (old is null)
        {
            foreach (var error in errors.Take(20))
            {
                result.Add(DiagnosticInfo.Create(DiagnosticDescriptors.InvalidBaseline, lines.Line(error.Line), "line " + error.Line.ToString(CultureInfo.InvariantCulture) + ": " + error.Message));
            }

            return result;
        }

        var current = BaselineBuilder.Build(resolved, files, options.BaselinePath);
        new Comparer(old, current, files, options, lines, result, ct).Run();
        return result;
    }

    private static bool IsError(DiagnosticInfo d) => d.Descriptor.DefaultSeverity == DiagnosticSeverity.Error;

    /// <summary>Locations of lines in the baseline file (for what no longer exists in the schemas).</summary>
    private sealed class LineMap
    {
        private readonly string _path;
        private readonly List<int> _starts = new() { 0 };
        private readonly int _length;

        public LineMap(string path, string text)
        {
            _path = path;
            _length = text.Length;
            for (var i = 0; i < text.Length; i++)
            {
                if (text[i] == '\n')
                {
                    _starts.Add(i + 1);
                }
            }
        }

        public LocationInfo Line(int line)
        {
            var index = Math.Max(0, Math.Min(line, _starts.Count) - 1);
            var start = _starts[index];
            var end = Math.Max(start, index + 1 < _starts.Count ? _starts[index + 1] - 1 : _length);
            return new LocationInfo(_path, TextSpan.FromBounds(start, end), new LinePositionSpan(new LinePosition(index, 0), new LinePosition(index, end - start)));
        }
    }

    private sealed class Comparer
    {
        private readonly Baseline _old;
        private readonly Baseline _new;
        private readonly GateOptions _options;
        private readonly LineMap _lines;
        private readonly List<DiagnosticInfo> _result;
        private readonly CancellationToken _ct;
        private readonly Dictionary<string, (TypeDecl Decl, SchemaFile File)> _decls = new(StringComparer.Ordinal);
        private readonly List<SchemaFile> _files;

        /// <summary>Old type name to the new type that is it (same name, or renamedFrom).</summary>
        private readonly Dictionary<string, string> _pair = new(StringComparer.Ordinal);

        public Comparer(Baseline old, Baseline current, ImmutableArray<SchemaFile> files, GateOptions options, LineMap lines, List<DiagnosticInfo> result, CancellationToken ct)
        {
            _old = old;
            _new = current;
            _options = options;
            _lines = lines;
            _result = result;
            _ct = ct;
            _files = files.Where(f => f is not null).OrderBy(f => f.Path ?? string.Empty, StringComparer.Ordinal).ToList();
            foreach (var file in _files)
            {
                foreach (var decl in file.Types)
                {
                    if (!_decls.ContainsKey(decl.Name))
                    {
                        _decls.Add(decl.Name, (decl, file));
                    }
                }
            }
        }

        public void Run()
        {
            PairTypes();
            CompareCatalog();
            var paired = new HashSet<string>(_pair.Values, StringComparer.Ordinal);
            foreach (var old in _old.Types.Values)
            {
                _ct.ThrowIfCancellationRequested();
                if (_pair.TryGetValue(old.Name, out var name))
                {
                    CompareType(old, _new.Types[name]);
                }
                else
                {
                    TypeRemoved(old);
                }
            }

            foreach (var added in _new.Types.Values.Where(t => !paired.Contains(t.Name)))
            {
                TypeAdded(added);
            }
        }

        // ---- types -------------------------------------------------------------------------

        private void PairTypes()
        {
            foreach (var type in _new.Types.Values)
            {
                if (_old.Types.ContainsKey(type.Name))
                {
                    _pair[type.Name] = type.Name;
                }
            }

            foreach (var type in _new.Types.Values)
            {
                var decl = Decl(type.Name);
                if (decl?.RenamedFrom is not { } former)
                {
                    continue;
                }

                var at = decl.RenamedFromLocation ?? decl.NameLocation;
                if (_new.Types.ContainsKey(former))
                {
                    _result.Add(DiagnosticInfo.Create(DiagnosticDescriptors.InvalidRenamedFrom, at, former, "type '" + type.Name + "'", "a type named '" + former + "' still exists; remove renamedFrom, or rename that type"));
                }
                else if (_pair.TryGetValue(former, out var other))
                {
                    _result.Add(DiagnosticInfo.Create(DiagnosticDescriptors.InvalidRenamedFrom, at, former, "type '" + type.Name + "'", "type '" + other + "' already says it was renamed from '" + former + "'"));
                }
                else if (_old.Types.ContainsKey(former) && !_old.Types.ContainsKey(type.Name))
                {
                    _pair[former] = type.Name;
                }

                // A former name the baseline does not know is an older rename, kept for the record: nothing to pair.
            }
        }

        private void CompareCatalog()
        {
            if (_old.Catalog is not null && _new.Catalog is not null && _old.Catalog != _new.Catalog)
            {
                Source(
                    _lines.Line(_old.CatalogLine),
                    "The catalog class '" + _old.Catalog + "' is now '" + _new.Catalog + "'",
                    "code that uses " + _old.Catalog + " no longer compiles; set NewsSchemaCatalogName and NewsSchemaNamespace back, or update the baseline");
            }
        }

        private void TypeRemoved(BaselineType old)
        {
            var at = RemovedTypeLocation(old);
            var what = "Type '" + old.Name + "' was removed";
            string why;
            if (old.Tag is not null && FamilyRoot(_old, old) is { } root)
            {
                what = "Type '" + old.Name + "' was removed from the family of " + root.Name;
                why = "files written under the baseline may hold " + root.Name + " entries with '" + (root.Discriminator ?? "kind") + ": " + old.Tag + "', which code built from the new schemas rejects";
            }
            else if (old.Plural is not null)
            {
                why = "catalogs written under the baseline may hold '" + old.Plural + ":', which code built from the new schemas rejects";
            }
            else
            {
                why = "data written under the baseline as " + A(old.Name) + " can no longer be read";
            }

            Backward(at, what, why + "; keep the type, or give its replacement 'renamedFrom: " + old.Name + "'");
            Source(at, what, "code that uses " + (old.CSharp ?? old.Name) + " no longer compiles");
        }

        private void TypeAdded(BaselineType added)
        {
            var decl = Decl(added.Name);
            if (decl is null)
            {
                return;
            }

            if (added.Tag is not null && FamilyRoot(_new, added) is { } root && _old.Types.ContainsKey(OldName(root.Name)))
            {
                Forward(
                    decl.NameLocation,
                    "Type '" + added.Name + "' was added to the family of " + root.Name,
                    "files written under the new schemas may hold " + root.Name + " entries with '" + (root.Discriminator ?? "kind") + ": " + added.Tag + "', which programs built from the baseline reject as an unknown kind");
            }
            else if (added.Plural is not null && added.Base is null)
            {
                Forward(
                    decl.PluralLocation ?? decl.NameLocation,
                    "Entity '" + added.Name + "' was added to the catalog as '" + added.Plural + "'",
                    "catalogs written under the new schemas may hold '" + added.Plural + ":', which programs built from the baseline reject as an unknown key");
            }
        }

        private void CompareType(BaselineType old, BaselineType current)
        {
            var decl = Decl(current.Name)!;
            var file = _decls[current.Name].File;
            var name = decl.NameLocation;
            var renamed = old.Name != current.Name;
            if (renamed)
            {
                Source(
                    decl.RenamedFromLocation ?? name,
                    "Type '" + old.Name + "' was renamed to '" + current.Name + "'",
                    "code that uses " + (old.CSharp ?? old.Name) + (old.IdType is not null ? " or " + old.IdType : string.Empty) + " no longer compiles");
            }

            if (old.Kind != current.Kind)
            {
                var what = "Type '" + current.Name + "' changed from " + A(old.Kind!) + " to " + A(current.Kind!);
                Backward(name, what, "data written under the baseline has the shape of " + A(old.Kind!) + ", which code built from the new schemas reads differently");
                Forward(name, what, "programs built from the baseline read " + current.Name + " data as " + A(old.Kind!));
                Source(name, what, "code that uses " + current.Name + " as " + A(old.Kind!) + " no longer compiles");
                return;
            }

            if (!renamed && old.CSharp != current.CSharp)
            {
                Source(
                    file.NamespaceLocation ?? SchemaParser.StartOfFile(file.Path),
                    "The C# type of '" + current.Name + "' moved from " + old.CSharp + " to " + current.CSharp,
                    "code that uses " + old.CSharp + " no longer compiles; keep the namespace, or update the baseline");
            }

            CompareFamily(old, current, decl);
            CompareEntity(old, current, decl, renamed);
            CompareFields(old, current, decl);
            CompareValues(old, current, decl);
        }

        private void CompareFamily(BaselineType old, BaselineType current, TypeDecl decl)
        {
            var name = decl.NameLocation;
            if (old.Abstract != current.Abstract)
            {
                if (current.Abstract)
                {
                    var what = "Type '" + current.Name + "' is now abstract";
                    Backward(name, what, "data written under the baseline as a plain " + current.Name + " cannot be read, since only its concrete types can be");
                    Source(name, what, "code that creates a " + current.Name + " no longer compiles");
                }
                else
                {
                    Forward(name, "Type '" + current.Name + "' is no longer abstract", "programs built from the baseline cannot read data written under the new schemas as a plain " + current.Name);
                }
            }

            var oldBase = old.Base is null ? null : Paired(old.Base);
            if (oldBase != current.Base)
            {
                var oldRoot = FamilyRoot(_old, old) is { } r1 ? Paired(r1.Name) : null;
                var newRoot = FamilyRoot(_new, current)?.Name;
                var what = "The base of '" + current.Name + "' changed from " + (old.Base ?? "none") + " to " + (current.Base ?? "none");
                if (oldRoot != newRoot)
                {
                    var at = decl.ExtendsLocation ?? name;
                    Backward(at, what, "data written under the baseline as " + A(current.Name) + " was read " + (oldRoot is null ? "without a discriminator" : "through the family of " + oldRoot) + ", and the new code reads it " + (newRoot is null ? "without one" : "through the family of " + newRoot));
                    Forward(at, what, "programs built from the baseline read " + current.Name + " data " + (oldRoot is null ? "without a discriminator" : "through the family of " + oldRoot));
                }

                Source(decl.ExtendsLocation ?? name, what, "code that treats " + current.Name + " as " + A(old.Base ?? "type of its own") + " no longer compiles");
            }

            if (old.Discriminator is not null && current.Discriminator is not null && old.Discriminator != current.Discriminator)
            {
                var at = decl.DiscriminatorLocation ?? name;
                var what = "The discriminator of the family of " + current.Name + " changed from '" + old.Discriminator + "' to '" + current.Discriminator + "'";
                Backward(at, what, "files written under the baseline tell the kind of each " + current.Name + " with '" + old.Discriminator + ":', which code built from the new schemas does not read");
                Forward(at, what, "files written under the new schemas tell the kind with '" + current.Discriminator + ":', which programs built from the baseline do not read");
            }

            if (old.Tag is not null && current.Tag is not null && old.Tag != current.Tag)
            {
                var at = decl.TagLocation ?? name;
                var key = FamilyRoot(_new, current)?.Discriminator ?? "kind";
                var what = "The tag of '" + current.Name + "' changed from '" + old.Tag + "' to '" + current.Tag + "'";
                Backward(at, what, "files written under the baseline mark it '" + key + ": " + old.Tag + "', which code built from the new schemas rejects; set 'tag: " + old.Tag + "' to keep it");
                Forward(at, what, "files written under the new schemas mark it '" + key + ": " + current.Tag + "', which programs built from the baseline reject");
            }
        }

        private void CompareEntity(BaselineType old, BaselineType current, TypeDecl decl, bool renamed)
        {
            var name = decl.NameLocation;
            if (old.Plural != current.Plural && old.Plural is not null && current.Plural is not null)
            {
                var at = decl.PluralLocation ?? name;
                var what = "The catalog key of " + current.Name + " changed from '" + old.Plural + "' to '" + current.Plural + "'";
                Backward(at, what, "catalogs written under the baseline list them under '" + old.Plural + ":', which code built from the new schemas rejects; set 'plural: " + old.Plural + "' to keep it");
                Forward(at, what, "catalogs written under the new schemas list them under '" + current.Plural + ":', which programs built from the baseline reject");
            }

            if (old.CatalogProperty is not null && current.CatalogProperty is not null && old.CatalogProperty != current.CatalogProperty)
            {
                Source(decl.PluralLocation ?? name, "The catalog property " + old.CatalogProperty + " is now " + current.CatalogProperty, "code that uses catalog." + old.CatalogProperty + " no longer compiles");
            }

            if (old.IdPattern is not null && current.IdPattern is not null && old.IdPattern != current.IdPattern)
            {
                var at = decl.IdPatternLocation ?? name;
                var what = "The id pattern of " + current.Name + " changed from '" + old.IdPattern + "' to '" + current.IdPattern + "'";
                Backward(at, what, "ids written under the baseline may not match the new pattern, and references to them fail with them");
                Forward(at, what, "ids written under the new schemas may not match the old pattern, which programs built from the baseline check");
            }

            if (!renamed && old.IdType is not null && current.IdType is not null && old.IdType != current.IdType)
            {
                Source(decl.ExtendsLocation ?? name, "The id type of " + current.Name + " changed from " + old.IdType + " to " + current.IdType, "code that uses " + old.IdType + " no longer compiles");
            }
        }

        // ---- fields ------------------------------------------------------------------------

        private void CompareFields(BaselineType old, BaselineType current, TypeDecl decl)
        {
            if (old.Kind == "enum")
            {
                return;
            }

            var newFields = Effective(_new, current);
            var oldFields = Effective(_old, old);
            foreach (var field in old.Fields.Values)
            {
                _ct.ThrowIfCancellationRequested();
                var match = newFields.FirstOrDefault(f => f.Field.Name == field.Name)
                            ?? newFields.FirstOrDefault(f => f.Field.Aliases.Contains(field.Name));
                if (match is null)
                {
                    FieldRemoved(old, current, decl, field);
                    continue;
                }

                CompareField(current, field, match.Owner, match.Field);
            }

            foreach (var field in current.Fields.Values)
            {
                var known = oldFields.Any(f => f.Field.Name == field.Name || field.Aliases.Contains(f.Field.Name));
                if (!known)
                {
                    FieldAdded(current, decl, field);
                }
            }
        }

        private void FieldRemoved(BaselineType old, BaselineType current, TypeDecl decl, BaselineField field)
        {
            var what = "Field '" + field.Name + "' of " + current.Name + " was removed";
            Backward(decl.NameLocation, what, "files written under the baseline may hold '" + field.Name + "', which code built from the new schemas rejects as an unknown field; keep the field (deprecated: true), or give its replacement 'renamedFrom: " + field.Name + "'");
            if (field.Required)
            {
                Forward(decl.NameLocation, what, "programs built from the baseline require '" + field.Name + "', which files written under the new schemas do not have");
            }

            Source(decl.NameLocation, what, "code that uses " + old.Name + "." + field.Property + " no longer compiles; mark it 'deprecated' first");
        }

        private void FieldAdded(BaselineType current, TypeDecl decl, BaselineField field)
        {
            var fieldDecl = decl.Fields.FirstOrDefault(f => f.Name == field.Name);
            var at = fieldDecl?.NameLocation ?? decl.NameLocation;
            var what = (field.Required ? "Required field '" : "Field '") + field.Name + "' was added to " + current.Name;
            if (field.Required)
            {
                Backward(at, what, "files written under the baseline have no '" + field.Name + "', and code built from the new schemas requires it; keep it optional, with a default if you need one");
            }

            Forward(at, what, "files written under the new schemas may hold '" + field.Name + "', which programs built from the baseline reject as an unknown field");
            if (field.Required)
            {
                Source(at, what, "object initializers of " + current.Name + " that do not set the required property " + field.Property + " no longer compile");
            }
        }

        private void CompareField(BaselineType owner, BaselineField old, string declaringType, BaselineField current)
        {
            var typeDecl = Decl(declaringType)!;
            var fieldDecl = typeDecl.Fields.FirstOrDefault(f => f.Name == current.Name);
            var nameAt = fieldDecl?.NameLocation ?? typeDecl.NameLocation;
            var label = "Field '" + current.Name + "' of " + declaringType;

            if (old.Name != current.Name)
            {
                var what = "Field '" + old.Name + "' of " + owner.Name + " was renamed to '" + current.Name + "'";
                if (!old.Aliases.Contains(current.Name))
                {
                    Forward(nameAt, what, "files written under the new schemas hold '" + current.Name + "', which programs built from the baseline reject as an unknown field");
                }
            }

            if (old.Property != current.Property)
            {
                Source(nameAt, "The property " + owner.Name + "." + old.Property + " is now " + declaringType + "." + current.Property, "code that uses " + owner.Name + "." + old.Property + " no longer compiles");
            }

            var oldType = MapTypeNames(old.Type!);
            var typeChanged = oldType != current.Type;
            if (typeChanged)
            {
                var at = fieldDecl?.TypeLocation ?? nameAt;
                var what = label + " changed type from " + old.Type + " to " + current.Type;
                if (!Widens(oldType, current.Type!))
                {
                    Backward(at, what, "values written under the baseline as " + old.Type + " may not read as " + current.Type);
                }

                Forward(at, what, "values written under the new schemas as " + current.Type + " may not read as " + old.Type + " in programs built from the baseline");
            }

            if (old.CSharpType != current.CSharpType && MapCSharp(old.CSharpType) != current.CSharpType)
            {
                Source(fieldDecl?.TypeLocation ?? nameAt, "The property " + declaringType + "." + current.Property + " changed type from " + old.CSharpType + " to " + current.CSharpType, "code that reads or sets it as " + old.CSharpType + " may no longer compile");
            }

            if (old.Required != current.Required)
            {
                if (current.Required)
                {
                    var what = label + " is now required";
                    Backward(nameAt, what, "files written under the baseline may have no '" + current.Name + "'; keep it optional, with a default if you need one");
                    Source(nameAt, what, "object initializers that do not set " + current.Property + " no longer compile");
                }
                else
                {
                    Forward(nameAt, label + " is now optional", "files written under the new schemas may have no '" + current.Name + "', which programs built from the baseline require");
                }
            }

            if (old.Default != current.Default)
            {
                var at = fieldDecl?.Default?.Location ?? nameAt;
                var what = label + (current.Default is null ? " lost its default " + old.Default : old.Default is null ? " has a new default " + current.Default : " changed its default from " + old.Default + " to " + current.Default);
                Backward(at, what, "files written under the baseline without '" + current.Name + "' now read as " + (current.Default ?? "absent") + " instead of " + (old.Default ?? "absent"));
                Forward(at, what, "files written under the new schemas without '" + current.Name + "' read as " + (old.Default ?? "absent") + " instead of " + (current.Default ?? "absent") + " in programs built from the baseline");
            }

            foreach (var alias in old.Aliases.Where(a => a != current.Name && !current.Aliases.Contains(a)))
            {
                Backward(nameAt, label + " no longer accepts the key '" + alias + "'", "files written under the baseline may use '" + alias + "', which code built from the new schemas rejects as an unknown field");
            }

            // A field whose type changed is reported for that; its constraints compare values of another type.
            if (!typeChanged)
            {
                CompareConstraints(old, current, fieldDecl, nameAt, label);
            }
        }

        private void CompareConstraints(BaselineField old, BaselineField current, FieldDecl? fieldDecl, LocationInfo nameAt, string label)
        {
            foreach (var key in BaselineFormat.ConstraintKeys)
            {
                old.Constraints.TryGetValue(key, out var before);
                current.Constraints.TryGetValue(key, out var after);
                if (before == after)
                {
                    continue;
                }

                var at = fieldDecl?.Constraints.FirstOrDefault(c => c.Key == key)?.KeyLocation ?? nameAt;
                var what = label + (after is null ? " lost '" + key + ": " + before + "'" : before is null ? " has a new '" + key + ": " + after + "'" : " changed '" + key + "' from " + before + " to " + after);
                var (tighter, looser) = Direction(key, before, after);
                if (tighter)
                {
                    Backward(at, what, "values written under the baseline may not meet it, and Validate() in code built from the new schemas rejects them");
                }

                if (looser)
                {
                    Forward(at, what, "values written under the new schemas may not meet the old constraint, which Validate() in programs built from the baseline checks");
                }
            }
        }

        /// <summary>Whether a constraint change can reject old values (tighter), accept values the old one rejects (looser), or both.</summary>
        private static (bool Tighter, bool Looser) Direction(string key, string? before, string? after)
        {
            if (before is null)
            {
                return (true, false);
            }

            if (after is null)
            {
                return (false, true);
            }

            if (key is "pattern" or "uniqueItems")
            {
                return (true, true);
            }

            var comparison = CompareBounds(before, after);
            if (comparison is null)
            {
                return (true, true);
            }

            var lower = key is "minLength" or "minItems" or "minimum" or "exclusiveMinimum";
            var raised = comparison.Value < 0;
            return lower ? (raised, !raised) : (!raised, raised);
        }

        private static int? CompareBounds(string a, string b)
        {
            if (decimal.TryParse(a, NumberStyles.Float, CultureInfo.InvariantCulture, out var x) && decimal.TryParse(b, NumberStyles.Float, CultureInfo.InvariantCulture, out var y))
            {
                return x.CompareTo(y);
            }

            if (double.TryParse(a, NumberStyles.Float, CultureInfo.InvariantCulture, out var dx) && double.TryParse(b, NumberStyles.Float, CultureInfo.InvariantCulture, out var dy))
            {
                return dx.CompareTo(dy);
            }

            if (DateTimeOffset.TryParse(a, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var tx) && DateTimeOffset.TryParse(b, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var ty))
            {
                return tx.CompareTo(ty);
            }

            return null;
        }

        /// <summary>
        /// True when every value of <paramref name="from"/> reads as <paramref name="to"/>: int to
        /// long, double or decimal; long to decimal; a ref to an ancestor in the family (the same
        /// id type); the same for list and map items.
        /// </summary>
        private bool Widens(string from, string to)
        {
            var a = TypeExpression.TryParse(from, out _);
            var b = TypeExpression.TryParse(to, out _);
            return a is not null && b is not null && Widens(a, b);
        }

        private bool Widens(TypeExpression a, TypeExpression b)
        {
            if (a.ToString() == b.ToString())
            {
                return true;
            }

            if (a.Name != b.Name)
            {
                return (a.Name, b.Name) is ("int", "long") or ("int", "double") or ("int", "decimal") or ("long", "decimal");
            }

            if (a.Name is "list" or "map")
            {
                return Widens(a.Argument!, b.Argument!);
            }

            if (a.Name == "ref" && _new.Types.TryGetValue(a.Argument!.Name, out var target))
            {
                for (var t = target; t.Base is not null && _new.Types.TryGetValue(t.Base, out t);)
                {
                    if (t.Name == b.Argument!.Name)
                    {
                        return true;
                    }
                }
            }

            return false;
        }

        // ---- enum values -------------------------------------------------------------------

        private void CompareValues(BaselineType old, BaselineType current, TypeDecl decl)
        {
            if (old.Kind != "enum")
            {
                return;
            }

            var matched = new HashSet<string>(StringComparer.Ordinal);
            foreach (var value in old.Values.Values)
            {
                var same = current.Values.ContainsKey(value.Name) ? value.Name : null;
                var renamedTo = same ?? decl.Values.FirstOrDefault(v => v.RenamedFrom.Any(r => r.Name == value.Name))?.Name;
                if (renamedTo is null)
                {
                    var what = "Value '" + value.Name + "' of " + current.Name + " was removed";
                    Backward(decl.NameLocation, what, "files written under the baseline may hold '" + value.Name + "', which code built from the new schemas rejects; keep it, or give its replacement 'renamedFrom: " + value.Name + "'");
                    Source(decl.NameLocation, what, "code that uses " + current.Name + "." + value.Member + " no longer compiles");
                    continue;
                }

                matched.Add(renamedTo);
                var newValue = current.Values[renamedTo];
                var at = decl.Values.FirstOrDefault(v => v.Name == renamedTo)?.Location ?? decl.NameLocation;
                if (renamedTo != value.Name)
                {
                    Forward(at, "Value '" + value.Name + "' of " + current.Name + " was renamed to '" + renamedTo + "'", "files written under the new schemas hold '" + renamedTo + "', which programs built from the baseline reject");
                }

                if (newValue.Member != value.Member)
                {
                    Source(at, "The enum member " + current.Name + "." + value.Member + " is now " + current.Name + "." + newValue.Member, "code that uses " + current.Name + "." + value.Member + " no longer compiles");
                }
            }

            foreach (var value in current.Values.Values.Where(v => !matched.Contains(v.Name)))
            {
                var at = decl.Values.FirstOrDefault(v => v.Name == value.Name)?.Location ?? decl.NameLocation;
                var what = "Value '" + value.Name + "' was added to " + current.Name;
                Forward(at, what, "files written under the new schemas may hold '" + value.Name + "', which programs built from the baseline reject as not " + A(current.Name));
                Source(at, what, "switch statements and expressions over " + current.Name + " that handle every value no longer do (CS8509, CS8524)");
            }
        }

        // ---- helpers -----------------------------------------------------------------------

        private sealed record OwnedField(string Owner, BaselineField Field);

        /// <summary>A type's fields with the inherited ones, each with the type that declares it.</summary>
        private static List<OwnedField> Effective(Baseline baseline, BaselineType type)
        {
            var result = new List<OwnedField>();
            var seen = new HashSet<string>(StringComparer.Ordinal);
            for (BaselineType? t = type; t is not null && seen.Add(t.Name); t = t.Base is not null && baseline.Types.TryGetValue(t.Base, out var b) ? b : null)
            {
                result.AddRange(t.Fields.Values.Select(f => new OwnedField(t.Name, f)));
            }

            return result;
        }

        private static BaselineType? FamilyRoot(Baseline baseline, BaselineType type)
        {
            var seen = new HashSet<string>(StringComparer.Ordinal);
            var t = type;
            while (t.Base is not null && seen.Add(t.Name) && baseline.Types.TryGetValue(t.Base, out var b))
            {
                t = b;
            }

            return t.Abstract && t.Discriminator is not null ? t : null;
        }

        /// <summary>The new name of an old type (itself when not renamed).</summary>
        private string Paired(string oldName) => _pair.TryGetValue(oldName, out var name) ? name : oldName;

        /// <summary>The old name of a new type.</summary>
        private string OldName(string newName) => _pair.FirstOrDefault(p => p.Value == newName).Key ?? newName;

        /// <summary>An old type expression with renamed types written under their new names.</summary>
        private string MapTypeNames(string expression)
        {
            var parsed = TypeExpression.TryParse(expression, out _);
            return parsed is null ? expression : Map(parsed);

            string Map(TypeExpression e) => e.Argument is null ? Paired(e.Name) : e.Name + "<" + Map(e.Argument) + ">";
        }

        /// <summary>An old C# type with renamed types' C# names replaced (a rename is reported once, at the type).</summary>
        private string? MapCSharp(string? csharp)
        {
            if (csharp is null)
            {
                return null;
            }

            foreach (var pair in _pair.Where(p => p.Key != p.Value))
            {
                var oldType = _old.Types[pair.Key];
                var newType = _new.Types[pair.Value];
                if (oldType.IdType is not null && newType.IdType is not null)
                {
                    csharp = csharp.Replace(oldType.IdType, newType.IdType);
                }

                if (oldType.CSharp is not null && newType.CSharp is not null)
                {
                    csharp = csharp.Replace(oldType.CSharp, newType.CSharp);
                }
            }

            return csharp;
        }

        private TypeDecl? Decl(string name) => _decls.TryGetValue(name, out var d) ? d.Decl : null;

        /// <summary>Where a removed type was: the start of its file when that file is still a schema file, else its line in the baseline.</summary>
        private LocationInfo RemovedTypeLocation(BaselineType old)
        {
            if (old.File is not null)
            {
                var file = _files.FirstOrDefault(f => BaselineBuilder.RelativePath(_options.BaselinePath, f.Path) == old.File);
                if (file is not null)
                {
                    return SchemaParser.StartOfFile(file.Path);
                }
            }

            return _lines.Line(old.Line);
        }

        private static string A(string noun) => Emit.EmitHelpers.A(noun);

        private void Backward(LocationInfo at, string what, string why) => Add(CompatibilityModes.Backward, DiagnosticDescriptors.BreaksBackward, at, what, why);

        private void Forward(LocationInfo at, string what, string why) => Add(CompatibilityModes.Forward, DiagnosticDescriptors.BreaksForward, at, what, why);

        private void Source(LocationInfo at, string what, string why) => Add(CompatibilityModes.Source, DiagnosticDescriptors.BreaksSource, at, what, why);

        private void Add(CompatibilityModes mode, DiagnosticDescriptor descriptor, LocationInfo at, string what, string why)
        {
            if (_options.Modes.Has(mode))
            {
                _result.Add(DiagnosticInfo.Create(descriptor, at, what, why));
            }
        }
    }
}
