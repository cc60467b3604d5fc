using System;
using System.Collections.Generic;
using System.Linq;
using NewsSchema.Generator.Model;

namespace NewsSchema.Generator.Parsing;

internal static partial class SchemaResolver
{
    // Phase 4: the fields of each type, inherited names, aliases and collisions with generated
    // members.
    private sealed partial class Resolver
    {
        private List<FieldModel> OwnFields(Declared type)
        {
            if (type.OwnFields is not null)
            {
                return type.OwnFields;
            }

            var decl = type.Decl;
            var fields = new List<FieldModel>();
            type.OwnFields = fields;
            if (decl.Kind == TypeKind.Enum)
            {
                return fields;
            }

            var wireNames = new Dictionary<string, string>(StringComparer.Ordinal);
            var properties = new Dictionary<string, FieldDecl>(StringComparer.Ordinal);
            if (decl.Kind == TypeKind.Entity)
            {
                wireNames["id"] = "id";
            }

            if (type.Root is { } root)
            {
                var discriminator = root.Decl.Discriminator ?? "kind";
                wireNames[discriminator] = discriminator;
            }

            // Inherited names: a derived type may not declare them again.
            var inheritedBy = new Dictionary<string, Declared>(StringComparer.Ordinal);
            foreach (var ancestor in type.Ancestors())
            {
                foreach (var field in ancestor.Decl.Fields)
                {
                    if (field.IsSound)
                    {
                        inheritedBy[field.Name] = ancestor;
                        inheritedBy[Naming.ToPascalCase(field.Name)] = ancestor;
                        wireNames[field.Name] = field.Name;
                    }
                }

                foreach (var field in OwnFields(ancestor))
                {
                    foreach (var alias in field.Aliases)
                    {
                        wireNames[alias] = field.WireName;
                    }
                }
            }

            foreach (var field in decl.Fields)
            {
                if (field.IsSound && !wireNames.ContainsKey(field.Name))
                {
                    wireNames[field.Name] = field.Name;
                }
            }

            foreach (var field in decl.Fields)
            {
                _ct.ThrowIfCancellationRequested();
                if (!field.IsSound)
                {
                    continue;
                }

                if (inheritedBy.TryGetValue(field.Name, out var declaring) || inheritedBy.TryGetValue(Naming.ToPascalCase(field.Name), out declaring))
                {
                    Report(DiagnosticDescriptors.FieldRedeclared, field.NameLocation, field.Name, type.Name, declaring.Name);
                    continue;
                }

                if (type.Root is { } familyRoot && field.Name == (familyRoot.Decl.Discriminator ?? "kind"))
                {
                    Report(DiagnosticDescriptors.DuplicateField, field.NameLocation, field.Name, type.Name, "it is the discriminator of the family of '" + familyRoot.Name + "', which the parsers and writers handle; remove the field or set another 'discriminator' on '" + familyRoot.Name + "'");
                    continue;
                }

                if (ResolveField(type, field, properties, wireNames) is { } model)
                {
                    fields.Add(model);
                }
            }

            return fields;
        }

        private FieldModel? ResolveField(Declared owner, FieldDecl field, Dictionary<string, FieldDecl> properties, Dictionary<string, string> wireNames)
        {
            var typeName = owner.Name;
            var isEntity = owner.Decl.Kind == TypeKind.Entity;
            if (isEntity && field.Name == "id")
            {
                Report(DiagnosticDescriptors.DuplicateField, field.NameLocation, field.Name, typeName, "entities have an implicit 'id' field; remove it (set its format with 'idPattern')");
                return null;
            }

            var property = Naming.ToPascalCase(field.Name);
            if (properties.TryGetValue(property, out var first))
            {
                var detail = (first.Name == field.Name
                    ? "it is declared twice"
                    : "'" + first.Name + "' and '" + field.Name + "' both become the property '" + property + "'")
                    + "; first declared at " + At(first.NameLocation);
                Report(DiagnosticDescriptors.DuplicateField, field.NameLocation, field.Name, typeName, detail);
                return null;
            }

            properties.Add(property, field);

            string? collision = null;
            if (property == typeName)
            {
                collision = "the type's own name (a member cannot be named like its type)";
            }
            else if (isEntity && property == "Id")
            {
                collision = "the implicit id property of entities";
            }
            else if (Array.IndexOf(ReservedMemberNames, property) >= 0 || Emit.EmittedMembers.CollidesOnType(property, isEntity))
            {
                collision = "a member the generator writes on every " + (isEntity ? "entity" : "record");
            }

            if (collision is not null)
            {
                Report(DiagnosticDescriptors.ReservedMemberName, field.NameLocation, field.Name, property, collision);
                return null;
            }

            var expression = TypeExpression.TryParse(field.TypeExpression, out var error);
            if (expression is null)
            {
                Report(DiagnosticDescriptors.InvalidTypeExpression, field.TypeLocation, field.TypeExpression, error);
                return null;
            }

            var type = ResolveType(expression, field);
            if (type is null)
            {
                return null;
            }

            var typeText = expression.ToString();
            var constraints = ResolveConstraints(field, type, typeText);
            var defaultText = ResolveDefault(field, type, typeText);

            var aliases = new List<string>();
            foreach (var alias in field.Aliases)
            {
                if (wireNames.TryGetValue(alias.Name, out var owner2))
                {
                    var detail = owner2 == field.Name
                        ? "an alias of field '" + field.Name + "' repeats a name the field already has"
                        : "alias of field '" + field.Name + "' is already the name or an alias of field '" + owner2 + "'";
                    if (FirstDeclaration(owner, owner2) is { } firstField)
                    {
                        detail += "; first declared at " + At(firstField.NameLocation);
                    }
                    Report(DiagnosticDescriptors.DuplicateField, alias.Location, alias.Name, typeName, detail);
                    continue;
                }

                wireNames.Add(alias.Name, field.Name);
                aliases.Add(alias.Name);
            }

            return new FieldModel
            {
                WireName = field.Name,
                PropertyName = property,
                Type = type,
                Required = field.Required,
                Description = field.Description,
                DefaultText = defaultText,
                Deprecated = field.Deprecated,
                DeprecatedMessage = field.DeprecatedMessage,
                Aliases = aliases.ToEquatableArray(),
                Constraints = constraints,
            };
        }

        /// <summary>The declaration of the field named <paramref name="name"/> in the type or one of its ancestors.</summary>
        private static FieldDecl? FirstDeclaration(Declared type, string name)
        {
            for (Declared? current = type; current is not null; current = current.Base)
            {
                foreach (var field in current.Decl.Fields)
                {
                    if (field.Name == name)
                    {
                        return field;
                    }
                }
            }

            return null;
        }
    }
}
