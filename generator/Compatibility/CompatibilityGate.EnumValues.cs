using System;
using System.Collections.Generic;
using System.Linq;
using NewsSchema.Generator.Model;

namespace NewsSchema.Generator.Compatibility;

// The comparer's view of enum values: removed, renamed (renamedFrom) and added values, and
// changed C# member names.
internal static partial class CompatibilityGate
{
    private sealed partial class Comparer
    {
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
    }
}
