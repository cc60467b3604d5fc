using System;
using System.Globalization;
using System.Linq;
using NewsSchema.Generator.Model;

namespace NewsSchema.Generator.Compatibility;

// The comparer's view of a field's constraints: whether a changed bound can reject old values
// (backward), accept values old programs reject (forward), or both.
internal static partial class CompatibilityGate
{
    private sealed partial class Comparer
    {
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
    }
}
