// Resolved model of TestSchemas.Meeting
// Entity global::NewsKit.Model.Actor plural=actors idPattern=^[a-z0-9]+(?:[-_.][a-z0-9]+)*$
//   name -> Name: String required
// Record global::NewsKit.Model.GeoPoint plural=- idPattern=^[a-z0-9]+(?:[-_.][a-z0-9]+)*$
//   lat -> Lat: Double required { MinLength = , MaxLength = , Pattern = , Minimum = -90, Maximum = 90, ExclusiveMinimum = , ExclusiveMaximum = , MinItems = , MaxItems = , UniqueItems = False }
//   lon -> Lon: Double required { MinLength = , MaxLength = , Pattern = , Minimum = -180, Maximum = 180, ExclusiveMinimum = , ExclusiveMaximum = , MinItems = , MaxItems = , UniqueItems = False }
// Entity global::NewsKit.Model.Meeting plural=meetings idPattern=^[a-z0-9]+(?:[-_.][a-z0-9]+)*$
//   title -> Title: String required { MinLength = , MaxLength = 200, Pattern = , Minimum = , Maximum = , ExclusiveMinimum = , ExclusiveMaximum = , MinItems = , MaxItems = , UniqueItems = False }
//   format -> Format: Enum(global::NewsKit.Model.MeetingFormat)
//   participants -> Participants: List<Ref(global::NewsKit.Model.ActorId)> { MinLength = , MaxLength = , Pattern = , Minimum = , Maximum = , ExclusiveMinimum = , ExclusiveMaximum = , MinItems = 2, MaxItems = , UniqueItems = True }
//   venue -> Venue: Ref(global::NewsKit.Model.VenueId)
//   startsOn -> StartsOn: Date
//   endsOn -> EndsOn: Date
//   topics -> Topics: List<String>
// Enum global::NewsKit.Model.MeetingFormat plural=- idPattern=^[a-z0-9]+(?:[-_.][a-z0-9]+)*$
//   bilateral -> Bilateral
//   trilateral -> Trilateral
//   multilateral -> Multilateral
//   press-conference -> PressConference
// Entity global::NewsKit.Model.Venue plural=venues idPattern=^[a-z0-9]+(?:[-_.][a-z0-9]+)*$
//   name -> Name: String required
//   location -> Location: Record(global::NewsKit.Model.GeoPoint)
// catalog TestProject.EntityCatalog
//   Actors (global::NewsKit.Model.Actor, global::NewsKit.Model.ActorId) as actors
//   Meetings (global::NewsKit.Model.Meeting, global::NewsKit.Model.MeetingId) as meetings
//   Venues (global::NewsKit.Model.Venue, global::NewsKit.Model.VenueId) as venues
