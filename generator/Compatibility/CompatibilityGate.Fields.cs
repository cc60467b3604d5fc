using System.Linq;
using NewsSchema.Generator.Model;
using NewsSchema.Generator.Parsing;

namespace NewsSchema.Generator.Compatibility;

// The comparer's view of fields: own and inherited fields paired by wire name or alias, fields
// removed and added, and a pair's name, property, type (with the widenings every old value
// survives), requiredness, default and aliases.
internal static partial class CompatibilityGate
{
    private sealed partial class Comparer
    {
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
    }
}
