using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using NewsSchema.Generator.Model;
using NewsSchema.Generator.Parsing;

namespace NewsSchema.Generator.Compatibility;

internal static partial class CompatibilityGate
{
    /// <summary>
    /// Compares an old baseline with the current one: pairs old types with new ones (by name or
    /// renamedFrom), then compares each pair's family, entity facts, fields, constraints and enum
    /// values (CompatibilityGate.Types.cs, .Fields.cs, .Constraints.cs, .EnumValues.cs). This file
    /// holds its state, the pairing of names and how it reports a break in each mode.
    /// </summary>
    private sealed partial class Comparer
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
