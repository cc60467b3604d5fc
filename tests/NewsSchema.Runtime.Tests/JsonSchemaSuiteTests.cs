using System;
using System.Linq;
using NewsSchema.Tests.Model;
using Xunit;

namespace NewsSchema.Tests;

/// <summary>
/// The cases of the JSON-Schema-Test-Suite (draft2020-12: minLength, maxLength, pattern, minimum,
/// maximum, exclusiveMinimum, exclusiveMaximum, minItems, maxItems, uniqueItems, required, enum)
/// that our schema language can express, ported as our own data: each suite schema is a type in
/// Schemas/suite.schema.yaml, each instance is the value of a field of that type, read from JSON
/// and from YAML, and each test is named after its suite case and agrees with the suite's verdict.
/// Numeric instances are checked in every numeric field that can hold them (int and long only for
/// whole numbers), so 1.1 is checked as a double and as a decimal.
/// <para>
/// Not expressible, and why:
/// <list type="bullet">
/// <item>Every "ignores non-strings / non-numbers / non-arrays / non-objects / booleans / integers /
/// floats / objects / arrays" case (minLength, maxLength, pattern, minimum, maximum,
/// exclusiveMinimum, exclusiveMaximum, minItems, maxItems, required): our fields are typed, so the
/// parser rejects such an instance with a <c>type</c> error before any constraint applies (or, in
/// YAML, reads a plain <c>1</c> in a string field as the text "1", which the keyword then does
/// check).</item>
/// <item>"minLength/maxLength/minItems/maxItems validation with a decimal" (2.0, 1.0): the schema
/// language takes only whole-number counts; <c>minLength: 2.0</c> is a compile-time diagnostic.</item>
/// <item>optional/ecmascript-regex.json and optional/non-bmp-regex.json: every <c>pattern</c> case
/// is ported (patterns are ECMA-262, translated to .NET; see docs/decisions.md, "Hardening rules");
/// the <c>patternProperties</c> cases are not, as the language has no patternProperties.</item>
/// <item>uniqueItems cases that mix types in one array ("false is not equal to zero", "true is not
/// equal to one", "1 and true", "0 and false", "[1] and [true]", "[0] and [false]", the nested
/// variants, "unique/non-unique heterogeneous types", "{"a": false} and {"a": 0}",
/// "{"a": true} and {"a": 1}", and the prefixItems cases extended with strings or null): a list
/// has one item type. "uniqueItems with an array of items and additionalItems=false" repeats the
/// four boolean cases ported from "uniqueItems with an array of items".</item>
/// <item>enum.json's numeric, boolean, array, object and null enums, and enums whose values hold
/// newlines or NUL: our enum values are names that become C# members; only "enums in
/// properties" is expressible. An out-of-range enum value made in code is covered by
/// ValidationErrorTests.</item>
/// <item>required.json's "ignores arrays / strings / other non-objects / null / boolean" (in
/// "required validation"): a document is read as a record, so these instances, <c>null</c>
/// included, are <c>type</c> errors; required_non_object_instances_are_type_errors asserts it.</item>
/// <item>required.json's "required with escaped characters" and "properties whose names are
/// Javascript object property names": field names must give valid, distinct C# property names.</item>
/// </list>
/// </para>
/// <para>
/// Where we knowingly differ from JSON Schema (also in docs/decisions.md, "Hardening rules"):
/// <list type="bullet">
/// <item>Fields are typed: an <c>int</c> field rejects <c>1.0</c> (a <c>type</c> error), where JSON
/// Schema's <c>"type": "integer"</c> accepts any number with a zero fraction.</item>
/// <item>A document is always a record: <c>null</c>, arrays, strings, numbers and booleans are
/// <c>type</c> errors, not "ignored" by object keywords.</item>
/// <item><c>null</c> in an optional field means absent, so no keyword applies to it.</item>
/// <item>An absent optional list is an empty list, so <c>minItems</c> applies to it.</item>
/// </list>
/// </para>
/// </summary>
public class JsonSchemaSuiteTests
{
    // ---- minLength.json: {"minLength": 2} -------------------------------------------------

    [Fact] public void minLength_longer_is_valid() => Valid(MinLength, """{"value": "foo"}""");

    [Fact] public void minLength_exact_length_is_valid() => Valid(MinLength, """{"value": "fo"}""");

    [Fact] public void minLength_too_short_is_invalid() => Invalid(MinLength, """{"value": "f"}""", "min-length", "value");

    [Fact] public void minLength_one_grapheme_is_not_long_enough()
        => Invalid(MinLength, """{"value": "\uD83D\uDCA9"}""", "min-length", "value", yaml: "value: \"\\U0001F4A9\"");

    // ---- maxLength.json: {"maxLength": 2} -------------------------------------------------

    [Fact] public void maxLength_shorter_is_valid() => Valid(MaxLength, """{"value": "f"}""");

    [Fact] public void maxLength_exact_length_is_valid() => Valid(MaxLength, """{"value": "fo"}""");

    [Fact] public void maxLength_too_long_is_invalid() => Invalid(MaxLength, """{"value": "foo"}""", "max-length", "value");

    [Fact] public void maxLength_two_graphemes_is_long_enough()
        => Valid(MaxLength, """{"value": "\uD83D\uDCA9\uD83D\uDCA9"}""", yaml: "value: \"\\U0001F4A9\\U0001F4A9\"");

    // ---- pattern.json ---------------------------------------------------------------------

    [Fact] public void pattern_a_matching_pattern_is_valid() => Valid(Pattern, """{"value": "aaa"}""");

    [Fact] public void pattern_a_non_matching_pattern_is_invalid() => Invalid(Pattern, """{"value": "abc"}""", "pattern", "value");

    /// <summary>A null instance: in our language null in an optional field means absent, so no pattern applies.</summary>
    [Fact] public void pattern_ignores_null() => Valid(Pattern, """{"value": null}""");

    [Fact] public void pattern_is_not_anchored_matches_a_substring() => Valid(PatternUnanchored, """{"value": "xxaayy"}""");

    [Fact] public void pattern_unicode_literal_matches_single_unicode_character() => Valid(PatternUnicode, """{"value": "π"}""");

    [Fact] public void pattern_unicode_literal_ASCII_character_does_not_match() => Invalid(PatternUnicode, """{"value": "p"}""", "pattern", "value");

    [Fact] public void pattern_unicode_literal_multiple_unicode_characters_do_not_match() => Invalid(PatternUnicode, """{"value": "ππ"}""", "pattern", "value");

    [Fact] public void pattern_unicode_property_escape_ASCII_letters_match() => Valid(PatternLetter, """{"value": "Hello"}""");

    [Fact] public void pattern_unicode_property_escape_Non_ASCII_letters_match() => Valid(PatternLetter, """{"value": "π"}""");

    [Fact] public void pattern_unicode_property_escape_Digits_do_not_match() => Invalid(PatternLetter, """{"value": "123"}""", "pattern", "value");

    // ---- minimum.json ---------------------------------------------------------------------

    [Fact] public void minimum_above_the_minimum_is_valid() => Numbers(Minimum, "2.6", null);

    [Fact] public void minimum_boundary_point_is_valid() => Numbers(Minimum, "1.1", null);

    [Fact] public void minimum_below_the_minimum_is_invalid() => Numbers(Minimum, "0.6", "minimum");

    [Fact] public void minimum_with_signed_integer_negative_above_the_minimum_is_valid() => Numbers(MinimumSigned, "-1", null);

    [Fact] public void minimum_with_signed_integer_positive_above_the_minimum_is_valid() => Numbers(MinimumSigned, "0", null);

    [Fact] public void minimum_with_signed_integer_boundary_point_is_valid() => Numbers(MinimumSigned, "-2", null);

    [Fact] public void minimum_with_signed_integer_boundary_point_with_float_is_valid() => Numbers(MinimumSigned, "-2.0", null);

    [Fact] public void minimum_with_signed_integer_float_below_the_minimum_is_invalid() => Numbers(MinimumSigned, "-2.0001", "minimum");

    [Fact] public void minimum_with_signed_integer_int_below_the_minimum_is_invalid() => Numbers(MinimumSigned, "-3", "minimum");

    // ---- maximum.json ---------------------------------------------------------------------

    [Fact] public void maximum_below_the_maximum_is_valid() => Numbers(Maximum, "2.6", null);

    [Fact] public void maximum_boundary_point_is_valid() => Numbers(Maximum, "3.0", null);

    [Fact] public void maximum_above_the_maximum_is_invalid() => Numbers(Maximum, "3.5", "maximum");

    [Fact] public void maximum_with_unsigned_integer_below_the_maximum_is_valid() => Numbers(MaximumUnsigned, "299.97", null);

    [Fact] public void maximum_with_unsigned_integer_boundary_point_integer_is_valid() => Numbers(MaximumUnsigned, "300", null);

    [Fact] public void maximum_with_unsigned_integer_boundary_point_float_is_valid() => Numbers(MaximumUnsigned, "300.00", null);

    [Fact] public void maximum_with_unsigned_integer_above_the_maximum_is_invalid() => Numbers(MaximumUnsigned, "300.5", "maximum");

    // ---- exclusiveMinimum.json ------------------------------------------------------------

    [Fact] public void exclusiveMinimum_above_the_exclusiveMinimum_is_valid() => Numbers(ExclusiveMinimum, "1.2", null);

    [Fact] public void exclusiveMinimum_boundary_point_is_invalid() => Numbers(ExclusiveMinimum, "1.1", "exclusive-minimum");

    [Fact] public void exclusiveMinimum_below_the_exclusiveMinimum_is_invalid() => Numbers(ExclusiveMinimum, "0.6", "exclusive-minimum");

    [Fact] public void exclusiveMinimum_with_signed_integer_negative_above_the_exclusiveMinimum_is_valid() => Numbers(ExclusiveMinimumSigned, "-1", null);

    [Fact] public void exclusiveMinimum_with_signed_integer_positive_above_the_exclusiveMinimum_is_valid() => Numbers(ExclusiveMinimumSigned, "0", null);

    [Fact] public void exclusiveMinimum_with_signed_integer_boundary_point_is_invalid() => Numbers(ExclusiveMinimumSigned, "-2", "exclusive-minimum");

    [Fact] public void exclusiveMinimum_with_signed_integer_boundary_point_with_float_is_invalid() => Numbers(ExclusiveMinimumSigned, "-2.0", "exclusive-minimum");

    [Fact] public void exclusiveMinimum_with_signed_integer_float_below_the_exclusiveMinimum_is_invalid() => Numbers(ExclusiveMinimumSigned, "-2.0001", "exclusive-minimum");

    [Fact] public void exclusiveMinimum_with_signed_integer_int_below_the_exclusiveMinimum_is_invalid() => Numbers(ExclusiveMinimumSigned, "-3", "exclusive-minimum");

    [Fact] public void exclusiveMinimum_with_zero_positive_number_is_valid() => Numbers(ExclusiveMinimumZero, "0.1", null);

    [Fact] public void exclusiveMinimum_with_zero_positive_integer_is_valid() => Numbers(ExclusiveMinimumZero, "1", null);

    [Fact] public void exclusiveMinimum_with_zero_zero_integer_is_invalid() => Numbers(ExclusiveMinimumZero, "0", "exclusive-minimum");

    [Fact] public void exclusiveMinimum_with_zero_zero_float_is_invalid() => Numbers(ExclusiveMinimumZero, "0.0", "exclusive-minimum");

    [Fact] public void exclusiveMinimum_with_zero_negative_number_is_invalid() => Numbers(ExclusiveMinimumZero, "-1", "exclusive-minimum");

    [Fact] public void exclusiveMinimum_with_zero_negative_float_is_invalid() => Numbers(ExclusiveMinimumZero, "-0.001", "exclusive-minimum");

    // ---- exclusiveMaximum.json ------------------------------------------------------------

    [Fact] public void exclusiveMaximum_below_the_exclusiveMaximum_is_valid() => Numbers(ExclusiveMaximum, "2.2", null);

    [Fact] public void exclusiveMaximum_boundary_point_is_invalid() => Numbers(ExclusiveMaximum, "3.0", "exclusive-maximum");

    [Fact] public void exclusiveMaximum_above_the_exclusiveMaximum_is_invalid() => Numbers(ExclusiveMaximum, "3.5", "exclusive-maximum");

    [Fact] public void exclusiveMaximum_with_signed_integer_negative_below_the_exclusiveMaximum_is_valid() => Numbers(ExclusiveMaximumSigned, "-2", null);

    [Fact] public void exclusiveMaximum_with_signed_integer_boundary_point_is_invalid() => Numbers(ExclusiveMaximumSigned, "-1", "exclusive-maximum");

    [Fact] public void exclusiveMaximum_with_signed_integer_boundary_point_with_float_is_invalid() => Numbers(ExclusiveMaximumSigned, "-1.0", "exclusive-maximum");

    [Fact] public void exclusiveMaximum_with_signed_integer_float_above_the_exclusiveMaximum_is_invalid() => Numbers(ExclusiveMaximumSigned, "-0.9999", "exclusive-maximum");

    [Fact] public void exclusiveMaximum_with_signed_integer_positive_int_above_the_exclusiveMaximum_is_invalid() => Numbers(ExclusiveMaximumSigned, "0", "exclusive-maximum");

    [Fact] public void exclusiveMaximum_with_zero_negative_number_is_valid() => Numbers(ExclusiveMaximumZero, "-0.1", null);

    [Fact] public void exclusiveMaximum_with_zero_negative_integer_is_valid() => Numbers(ExclusiveMaximumZero, "-1", null);

    [Fact] public void exclusiveMaximum_with_zero_zero_integer_is_invalid() => Numbers(ExclusiveMaximumZero, "0", "exclusive-maximum");

    [Fact] public void exclusiveMaximum_with_zero_zero_float_is_invalid() => Numbers(ExclusiveMaximumZero, "0.0", "exclusive-maximum");

    [Fact] public void exclusiveMaximum_with_zero_positive_number_is_invalid() => Numbers(ExclusiveMaximumZero, "1", "exclusive-maximum");

    [Fact] public void exclusiveMaximum_with_zero_positive_float_is_invalid() => Numbers(ExclusiveMaximumZero, "0.001", "exclusive-maximum");

    // ---- minItems.json / maxItems.json ----------------------------------------------------

    [Fact] public void minItems_longer_is_valid() => Valid(MinItems, """{"items": [1, 2]}""");

    [Fact] public void minItems_exact_length_is_valid() => Valid(MinItems, """{"items": [1]}""");

    [Fact] public void minItems_too_short_is_invalid() => Invalid(MinItems, """{"items": []}""", "min-items", "items");

    [Fact] public void maxItems_shorter_is_valid() => Valid(MaxItems, """{"items": [1]}""");

    [Fact] public void maxItems_exact_length_is_valid() => Valid(MaxItems, """{"items": [1, 2]}""");

    [Fact] public void maxItems_too_long_is_invalid() => Invalid(MaxItems, """{"items": [1, 2, 3]}""", "max-items", "items");

    // ---- uniqueItems.json: {"uniqueItems": true} ------------------------------------------

    [Fact] public void uniqueItems_unique_array_of_integers_is_valid() => Valid(Unique, """{"ints": [1, 2]}""");

    [Fact] public void uniqueItems_non_unique_array_of_integers_is_invalid() => Invalid(Unique, """{"ints": [1, 1]}""", "unique-items", "ints[1]");

    [Fact] public void uniqueItems_non_unique_array_of_more_than_two_integers_is_invalid() => Invalid(Unique, """{"ints": [1, 2, 1]}""", "unique-items", "ints[2]");

    [Fact]
    public void uniqueItems_numbers_are_unique_if_mathematically_unequal()
    {
        Invalid(Unique, """{"doubles": [1.0, 1.00, 1]}""", "unique-items", "doubles[1]", "doubles[2]");
        Invalid(Unique, """{"decimals": [1.0, 1.00, 1]}""", "unique-items", "decimals[1]", "decimals[2]");
    }

    [Fact] public void uniqueItems_unique_array_of_strings_is_valid() => Valid(Unique, """{"strings": ["foo", "bar", "baz"]}""");

    [Fact] public void uniqueItems_non_unique_array_of_strings_is_invalid() => Invalid(Unique, """{"strings": ["foo", "bar", "foo"]}""", "unique-items", "strings[2]");

    [Fact] public void uniqueItems_unique_array_of_objects_is_valid() => Valid(Unique, """{"objects": [{"foo": "bar"}, {"foo": "baz"}]}""");

    [Fact] public void uniqueItems_non_unique_array_of_objects_is_invalid() => Invalid(Unique, """{"objects": [{"foo": "bar"}, {"foo": "bar"}]}""", "unique-items", "objects[1]");

    [Fact]
    public void uniqueItems_unique_array_of_nested_objects_is_valid()
        => Valid(Unique, """{"nested": [{"foo": {"bar": {"baz": true}}}, {"foo": {"bar": {"baz": false}}}]}""");

    [Fact]
    public void uniqueItems_non_unique_array_of_nested_objects_is_invalid()
        => Invalid(Unique, """{"nested": [{"foo": {"bar": {"baz": true}}}, {"foo": {"bar": {"baz": true}}}]}""", "unique-items", "nested[1]");

    [Fact] public void uniqueItems_unique_array_of_arrays_is_valid() => Valid(Unique, """{"arrays": [["foo"], ["bar"]]}""");

    [Fact] public void uniqueItems_non_unique_array_of_arrays_is_invalid() => Invalid(Unique, """{"arrays": [["foo"], ["foo"]]}""", "unique-items", "arrays[1]");

    [Fact] public void uniqueItems_non_unique_array_of_more_than_two_arrays_is_invalid() => Invalid(Unique, """{"arrays": [["foo"], ["bar"], ["foo"]]}""", "unique-items", "arrays[2]");

    [Fact] public void uniqueItems_different_objects_are_unique() => Valid(Unique, """{"pairs": [{"a": 1, "b": 2}, {"a": 2, "b": 1}]}""");

    [Fact] public void uniqueItems_objects_are_non_unique_despite_key_order() => Invalid(Unique, """{"pairs": [{"a": 1, "b": 2}, {"b": 2, "a": 1}]}""", "unique-items", "pairs[1]");

    // "uniqueItems with an array of items": prefixItems of two booleans, as a list<bool>.

    [Fact] public void uniqueItems_with_an_array_of_items_false_true_from_items_array_is_valid() => Valid(Unique, """{"bools": [false, true]}""");

    [Fact] public void uniqueItems_with_an_array_of_items_true_false_from_items_array_is_valid() => Valid(Unique, """{"bools": [true, false]}""");

    [Fact] public void uniqueItems_with_an_array_of_items_false_false_from_items_array_is_not_valid() => Invalid(Unique, """{"bools": [false, false]}""", "unique-items", "bools[1]");

    [Fact] public void uniqueItems_with_an_array_of_items_true_true_from_items_array_is_not_valid() => Invalid(Unique, """{"bools": [true, true]}""", "unique-items", "bools[1]");

    // ---- uniqueItems.json: {"uniqueItems": false} -----------------------------------------

    [Fact] public void uniqueItems_false_unique_array_of_integers_is_valid() => Valid(NotUnique, """{"ints": [1, 2]}""");

    [Fact] public void uniqueItems_false_non_unique_array_of_integers_is_valid() => Valid(NotUnique, """{"ints": [1, 1]}""");

    [Fact]
    public void uniqueItems_false_numbers_are_unique_if_mathematically_unequal()
    {
        Valid(NotUnique, """{"doubles": [1.0, 1.00, 1]}""");
        Valid(NotUnique, """{"decimals": [1.0, 1.00, 1]}""");
    }

    [Fact] public void uniqueItems_false_unique_array_of_objects_is_valid() => Valid(NotUnique, """{"objects": [{"foo": "bar"}, {"foo": "baz"}]}""");

    [Fact] public void uniqueItems_false_non_unique_array_of_objects_is_valid() => Valid(NotUnique, """{"objects": [{"foo": "bar"}, {"foo": "bar"}]}""");

    [Fact]
    public void uniqueItems_false_unique_array_of_nested_objects_is_valid()
        => Valid(NotUnique, """{"nested": [{"foo": {"bar": {"baz": true}}}, {"foo": {"bar": {"baz": false}}}]}""");

    [Fact]
    public void uniqueItems_false_non_unique_array_of_nested_objects_is_valid()
        => Valid(NotUnique, """{"nested": [{"foo": {"bar": {"baz": true}}}, {"foo": {"bar": {"baz": true}}}]}""");

    [Fact] public void uniqueItems_false_unique_array_of_arrays_is_valid() => Valid(NotUnique, """{"arrays": [["foo"], ["bar"]]}""");

    [Fact] public void uniqueItems_false_non_unique_array_of_arrays_is_valid() => Valid(NotUnique, """{"arrays": [["foo"], ["foo"]]}""");

    [Fact] public void uniqueItems_false_with_an_array_of_items_false_true_from_items_array_is_valid() => Valid(NotUnique, """{"bools": [false, true]}""");

    [Fact] public void uniqueItems_false_with_an_array_of_items_true_false_from_items_array_is_valid() => Valid(NotUnique, """{"bools": [true, false]}""");

    [Fact] public void uniqueItems_false_with_an_array_of_items_false_false_from_items_array_is_valid() => Valid(NotUnique, """{"bools": [false, false]}""");

    [Fact] public void uniqueItems_false_with_an_array_of_items_true_true_from_items_array_is_valid() => Valid(NotUnique, """{"bools": [true, true]}""");

    // ---- optional/ecmascript-regex.json and optional/non-bmp-regex.json ----------------------
    // Patterns are ECMA-262 (translated to .NET by EcmaPattern). Each row: the field whose pattern
    // is the suite schema's, the instance (a JSON string), and the suite's verdict.

    [Theory]
    [InlineData("dollar", @"abc\\n", @"abc\\n", false)] // ECMA 262 regex $ does not match trailing newline (the suite's text: backslash n)
    [InlineData("dollar", @"abc", @"abc", true)] // ECMA 262 regex $ matches
    [InlineData("dollar", @"abc\n", @"abc\n", false)] // (ours) a real trailing line feed does not match either
    [InlineData("dollar", @"abc\r\n", @"abc\r\n", false)] // (ours) nor CR LF
    [InlineData("dollar", @"abc\u2028", @"abc\u2028", false)] // (ours) nor a line separator
    [InlineData("tab", @"\\t", @"\\t", false)] // regex \t does not match backslash t
    [InlineData("tab", @"\t", @"\t", true)] // regex \t matches a tab
    [InlineData("controlUpper", @"\\cC", @"\\cC", false)] // \cC does not match the text backslash c C
    [InlineData("controlUpper", @"\u0003", @"\u0003", true)] // \cC matches U+0003
    [InlineData("controlLower", @"\\cc", @"\\cc", false)] // \cc does not match the text backslash c c
    [InlineData("controlLower", @"\u0003", @"\u0003", true)] // \cc matches U+0003
    [InlineData("digit", @"0", @"0", true)] // \d ASCII zero matches
    [InlineData("digit", @"\u07c0", @"\u07c0", false)] // \d NKO DIGIT ZERO does not match
    [InlineData("nonDigit", @"0", @"0", false)] // \D ASCII zero does not match
    [InlineData("nonDigit", @"\u07c0", @"\u07c0", true)] // \D NKO DIGIT ZERO matches
    [InlineData("word", @"a", @"a", true)] // \w ASCII a matches
    [InlineData("word", @"\u00e9", @"\u00e9", false)] // \w latin-1 e-acute does not match
    [InlineData("nonWord", @"a", @"a", false)] // \W ASCII a does not match
    [InlineData("nonWord", @"\u00e9", @"\u00e9", true)] // \W latin-1 e-acute matches
    [InlineData("space", @" ", @" ", true)] // \s ASCII space matches
    [InlineData("nonSpace", @" ", @" ", false)] // \S ASCII space does not match
    [InlineData("space", @"\t", @"\t", true)] // \s Character tabulation matches
    [InlineData("nonSpace", @"\t", @"\t", false)] // \S Character tabulation does not match
    [InlineData("space", @"\u000b", @"\u000b", true)] // \s Line tabulation matches
    [InlineData("nonSpace", @"\u000b", @"\u000b", false)] // \S Line tabulation does not match
    [InlineData("space", @"\f", @"\f", true)] // \s Form feed matches
    [InlineData("nonSpace", @"\f", @"\f", false)] // \S Form feed does not match
    [InlineData("space", @"\u00a0", @"\u00a0", true)] // \s latin-1 non-breaking-space matches
    [InlineData("nonSpace", @"\u00a0", @"\u00a0", false)] // \S latin-1 non-breaking-space does not match
    [InlineData("space", @"\ufeff", @"\ufeff", true)] // \s zero-width whitespace matches
    [InlineData("nonSpace", @"\ufeff", @"\ufeff", false)] // \S zero-width whitespace does not match
    [InlineData("space", @"\n", @"\n", true)] // \s line feed matches
    [InlineData("nonSpace", @"\n", @"\n", false)] // \S line feed does not match
    [InlineData("space", @"\u2029", @"\u2029", true)] // \s paragraph separator matches
    [InlineData("nonSpace", @"\u2029", @"\u2029", false)] // \S paragraph separator does not match
    [InlineData("space", @"\u2003", @"\u2003", true)] // \s EM SPACE matches
    [InlineData("nonSpace", @"\u2003", @"\u2003", false)] // \S EM SPACE does not match
    [InlineData("space", @"\u0001", @"\u0001", false)] // \s Non-whitespace control does not match
    [InlineData("nonSpace", @"\u0001", @"\u0001", true)] // \S Non-whitespace control matches
    [InlineData("space", @"\u2013", @"\u2013", false)] // \s Non-whitespace does not match
    [InlineData("nonSpace", @"\u2013", @"\u2013", true)] // \S Non-whitespace matches
    [InlineData("letterCole", @"Les hivers de mon enfance etaient des saisons longues, longues. Nous vivions en trois lieux: l'ecole, l'eglise et la patinoire", @"Les hivers de mon enfance etaient des saisons longues, longues. Nous vivions en trois lieux: l'ecole, l'eglise et la patinoire", true)] // \p{Letter}cole ascii character
    [InlineData("letterCole", @"Les hivers de mon enfance \u00e9taient des saisons longues, longues. Nous vivions en trois lieux: l'\u00e9cole, l'\u00e9glise et la patinoire", @"Les hivers de mon enfance \u00e9taient des saisons longues, longues. Nous vivions en trois lieux: l'\u00e9cole, l'\u00e9glise et la patinoire", true)] // \p{Letter}cole unicode character
    [InlineData("letterCole", @"LES HIVERS DE MON ENFANCE \u00c9TAIENT DES SAISONS LONGUES, LONGUES. NOUS VIVIONS EN TROIS LIEUX: L'\u00c9COLE, L'\u00c9GLISE ET LA PATINOIRE", @"LES HIVERS DE MON ENFANCE \u00c9TAIENT DES SAISONS LONGUES, LONGUES. NOUS VIVIONS EN TROIS LIEUX: L'\u00c9COLE, L'\u00c9GLISE ET LA PATINOIRE", false)] // \p{Letter}cole unicode matching is case-sensitive
    [InlineData("wordCole", @"Les hivers de mon enfance etaient des saisons longues, longues. Nous vivions en trois lieux: l'ecole, l'eglise et la patinoire", @"Les hivers de mon enfance etaient des saisons longues, longues. Nous vivions en trois lieux: l'ecole, l'eglise et la patinoire", true)] // \wcole ascii character
    [InlineData("wordCole", @"Les hivers de mon enfance \u00e9taient des saisons longues, longues. Nous vivions en trois lieux: l'\u00e9cole, l'\u00e9glise et la patinoire", @"Les hivers de mon enfance \u00e9taient des saisons longues, longues. Nous vivions en trois lieux: l'\u00e9cole, l'\u00e9glise et la patinoire", false)] // \wcole unicode character does not match
    [InlineData("wordCole", @"LES HIVERS DE MON ENFANCE \u00c9TAIENT DES SAISONS LONGUES, LONGUES. NOUS VIVIONS EN TROIS LIEUX: L'\u00c9COLE, L'\u00c9GLISE ET LA PATINOIRE", @"LES HIVERS DE MON ENFANCE \u00c9TAIENT DES SAISONS LONGUES, LONGUES. NOUS VIVIONS EN TROIS LIEUX: L'\u00c9COLE, L'\u00c9GLISE ET LA PATINOIRE", false)] // \wcole is case-sensitive
    [InlineData("rangeCole", @"Les hivers de mon enfance \u00e9taient des saisons longues, longues. Nous vivions en trois lieux: l'\u00e9cole, l'\u00e9glise et la patinoire", @"Les hivers de mon enfance \u00e9taient des saisons longues, longues. Nous vivions en trois lieux: l'\u00e9cole, l'\u00e9glise et la patinoire", false)] // [a-z]cole unicode character does not match
    [InlineData("rangeCole", @"Les hivers de mon enfance etaient des saisons longues, longues. Nous vivions en trois lieux: l'ecole, l'eglise et la patinoire", @"Les hivers de mon enfance etaient des saisons longues, longues. Nous vivions en trois lieux: l'ecole, l'eglise et la patinoire", true)] // [a-z]cole ascii characters match
    [InlineData("digits", @"42", @"42", true)] // \d+ ascii digits
    [InlineData("digits", @"-%#", @"-%#", false)] // \d+ ascii non-digits
    [InlineData("digits", @"\u09ea\u09e8", @"\u09ea\u09e8", false)] // \d+ non-ascii digits
    [InlineData("unicodeDigits", @"42", @"42", true)] // \p{digit}+ ascii digits
    [InlineData("unicodeDigits", @"-%#", @"-%#", false)] // \p{digit}+ ascii non-digits
    [InlineData("unicodeDigits", @"\u09ea\u09e8", @"\u09ea\u09e8", true)] // \p{digit}+ non-ascii digits
    [InlineData("dragons", @"", @"", true)] // non-bmp matches empty
    [InlineData("dragons", @"\ud83d\udc32", @"\U0001F432", true)] // non-bmp matches single
    [InlineData("dragons", @"\ud83d\udc32\ud83d\udc32", @"\U0001F432\U0001F432", true)] // non-bmp matches two
    [InlineData("dragons", @"\ud83d\udc09", @"\U0001F409", false)] // non-bmp doesn't match one
    [InlineData("dragons", @"\ud83d\udc09\ud83d\udc09", @"\U0001F409\U0001F409", false)] // non-bmp doesn't match two
    [InlineData("dragons", @"D", @"D", false)] // non-bmp doesn't match one ASCII
    [InlineData("dragons", @"DD", @"DD", false)] // non-bmp doesn't match two ASCII
    public void ecmascript_regex(string field, string instance, string yamlInstance, bool valid)
    {
        var json = $$"""{"{{field}}": "{{instance}}"}""";
        var yaml = $$"""{"{{field}}": "{{yamlInstance}}"}""";
        if (valid)
        {
            Valid(EcmaRegex, json, yaml);
        }
        else
        {
            Invalid(EcmaRegex, json, "pattern", field, yaml: yaml);
        }
    }

    /// <summary>The default id pattern is anchored at the end of the text too: no trailing newline.</summary>
    [Theory]
    [InlineData("alice", true)]
    [InlineData(@"alice\n", false)]
    [InlineData(@"alice\r\n", false)]
    [InlineData(@"\nalice", false)]
    public void default_id_pattern_dollar_is_end_of_text(string id, bool valid)
    {
        var json = $$"""{"id": "{{id}}", "name": "A"}""";
        foreach (var result in new[] { Owner.ParseJson(json, "owner.json"), Owner.ParseYaml(json, "owner.yaml") })
        {
            var validation = ValidationAssert.Parsed(result).Validate(result.Positions);
            Assert.True(validation.IsValid == valid, ValidationAssert.Describe(validation.Errors));
            Assert.True(valid || (validation.Errors.Count == 1 && validation.Errors[0].Code == "pattern" && validation.Errors[0].Path == "id"), ValidationAssert.Describe(validation.Errors));
        }
    }

    /// <summary>A deliberate difference (see the header): 1.0 is not an integer in an int or long field.</summary>
    [Fact] public void integer_field_rejects_a_number_with_a_zero_fraction()
    {
        RejectedByParser(Maximum, """{"asInt": 1.0}""", "type", "asInt");
        RejectedByParser(Maximum, """{"asLong": 1.0}""", "type", "asLong");
    }

    // ---- required.json --------------------------------------------------------------------

    [Fact] public void required_present_required_property_is_valid() => Valid(Required, """{"foo": 1}""");

    /// <summary>Our parser enforces <c>required</c> while reading; in code, Validate() does (see ValidationErrorTests).</summary>
    [Fact] public void required_non_present_required_property_is_invalid() => RejectedByParser(Required, """{"bar": 1}""", "required", "foo");

    [Fact] public void required_default_validation_not_required_by_default() => Valid(RequiredDefault, "{}");

    [Fact] public void required_with_empty_array_property_not_required() => Valid(RequiredEmpty, "{}");

    /// <summary>
    /// "ignores arrays / strings / other non-objects / null / boolean": a document is read as a record,
    /// so any other instance, null included, is a <c>type</c> error (a deliberate difference, see the header).
    /// </summary>
    [Theory]
    [InlineData("[]")]
    [InlineData("\"\"")]
    [InlineData("12")]
    [InlineData("null")]
    [InlineData("true")]
    public void required_non_object_instances_are_type_errors(string instance)
    {
        foreach (var (format, result) in Read(Required, instance, null))
        {
            Assert.False(result.IsSuccess, format + ": expected a type error for " + instance);
            Assert.True(result.Errors.Count == 1 && result.Errors[0].Code == "type", format + ": " + ValidationAssert.Describe(result.Errors));
        }
    }

    // ---- enum.json: "enums in properties" -------------------------------------------------

    [Fact] public void enum_in_properties_both_properties_are_valid() => Valid(EnumProperties, """{"foo": "foo", "bar": "bar"}""");

    [Fact] public void enum_in_properties_wrong_foo_value() => RejectedByParser(EnumProperties, """{"foo": "foot", "bar": "bar"}""", "enum", "foo");

    [Fact] public void enum_in_properties_wrong_bar_value() => RejectedByParser(EnumProperties, """{"foo": "foo", "bar": "bart"}""", "enum", "bar");

    [Fact] public void enum_in_properties_missing_optional_property_is_valid() => Valid(EnumProperties, """{"bar": "bar"}""");

    [Fact] public void enum_in_properties_missing_required_property_is_invalid() => RejectedByParser(EnumProperties, """{"foo": "foo"}""", "required", "bar");

    [Fact] public void enum_in_properties_missing_all_properties_is_invalid() => RejectedByParser(EnumProperties, "{}", "required", "bar");

    // ---- the machinery --------------------------------------------------------------------

    /// <summary>How to read and validate one suite type, and its fields (for numeric schemas).</summary>
    private sealed record Kind<T>(
        string Name,
        Func<string, string, ParseResult<T>> Yaml,
        Func<string, string, ParseResult<T>> Json,
        Func<T, SourcePositions?, ValidationResult> Validate,
        params string[] Fields);

    private static readonly Kind<SuiteMinLength> MinLength = new("minLength", (t, s) => SuiteMinLength.ParseYaml(t, s), (t, s) => SuiteMinLength.ParseJson(t, s), (v, p) => v.Validate(p));
    private static readonly Kind<SuiteMaxLength> MaxLength = new("maxLength", (t, s) => SuiteMaxLength.ParseYaml(t, s), (t, s) => SuiteMaxLength.ParseJson(t, s), (v, p) => v.Validate(p));
    private static readonly Kind<SuitePattern> Pattern = new("pattern", (t, s) => SuitePattern.ParseYaml(t, s), (t, s) => SuitePattern.ParseJson(t, s), (v, p) => v.Validate(p));
    private static readonly Kind<SuitePatternUnanchored> PatternUnanchored = new("pattern", (t, s) => SuitePatternUnanchored.ParseYaml(t, s), (t, s) => SuitePatternUnanchored.ParseJson(t, s), (v, p) => v.Validate(p));
    private static readonly Kind<SuitePatternUnicode> PatternUnicode = new("pattern", (t, s) => SuitePatternUnicode.ParseYaml(t, s), (t, s) => SuitePatternUnicode.ParseJson(t, s), (v, p) => v.Validate(p));
    private static readonly Kind<SuitePatternLetter> PatternLetter = new("pattern", (t, s) => SuitePatternLetter.ParseYaml(t, s), (t, s) => SuitePatternLetter.ParseJson(t, s), (v, p) => v.Validate(p));
    private static readonly Kind<SuiteMinimum> Minimum = new("minimum", (t, s) => SuiteMinimum.ParseYaml(t, s), (t, s) => SuiteMinimum.ParseJson(t, s), (v, p) => v.Validate(p), "asDouble", "asDecimal");
    private static readonly Kind<SuiteMinimumSigned> MinimumSigned = new("minimum", (t, s) => SuiteMinimumSigned.ParseYaml(t, s), (t, s) => SuiteMinimumSigned.ParseJson(t, s), (v, p) => v.Validate(p), AllNumbers);
    private static readonly Kind<SuiteMaximum> Maximum = new("maximum", (t, s) => SuiteMaximum.ParseYaml(t, s), (t, s) => SuiteMaximum.ParseJson(t, s), (v, p) => v.Validate(p), AllNumbers);
    private static readonly Kind<SuiteMaximumUnsigned> MaximumUnsigned = new("maximum", (t, s) => SuiteMaximumUnsigned.ParseYaml(t, s), (t, s) => SuiteMaximumUnsigned.ParseJson(t, s), (v, p) => v.Validate(p), AllNumbers);
    private static readonly Kind<SuiteExclusiveMinimum> ExclusiveMinimum = new("exclusiveMinimum", (t, s) => SuiteExclusiveMinimum.ParseYaml(t, s), (t, s) => SuiteExclusiveMinimum.ParseJson(t, s), (v, p) => v.Validate(p), AllNumbers);
    private static readonly Kind<SuiteExclusiveMinimumSigned> ExclusiveMinimumSigned = new("exclusiveMinimum", (t, s) => SuiteExclusiveMinimumSigned.ParseYaml(t, s), (t, s) => SuiteExclusiveMinimumSigned.ParseJson(t, s), (v, p) => v.Validate(p), AllNumbers);
    private static readonly Kind<SuiteExclusiveMinimumZero> ExclusiveMinimumZero = new("exclusiveMinimum", (t, s) => SuiteExclusiveMinimumZero.ParseYaml(t, s), (t, s) => SuiteExclusiveMinimumZero.ParseJson(t, s), (v, p) => v.Validate(p), AllNumbers);
    private static readonly Kind<SuiteExclusiveMaximum> ExclusiveMaximum = new("exclusiveMaximum", (t, s) => SuiteExclusiveMaximum.ParseYaml(t, s), (t, s) => SuiteExclusiveMaximum.ParseJson(t, s), (v, p) => v.Validate(p), AllNumbers);
    private static readonly Kind<SuiteExclusiveMaximumSigned> ExclusiveMaximumSigned = new("exclusiveMaximum", (t, s) => SuiteExclusiveMaximumSigned.ParseYaml(t, s), (t, s) => SuiteExclusiveMaximumSigned.ParseJson(t, s), (v, p) => v.Validate(p), AllNumbers);
    private static readonly Kind<SuiteExclusiveMaximumZero> ExclusiveMaximumZero = new("exclusiveMaximum", (t, s) => SuiteExclusiveMaximumZero.ParseYaml(t, s), (t, s) => SuiteExclusiveMaximumZero.ParseJson(t, s), (v, p) => v.Validate(p), AllNumbers);
    private static readonly Kind<SuiteMinItems> MinItems = new("minItems", (t, s) => SuiteMinItems.ParseYaml(t, s), (t, s) => SuiteMinItems.ParseJson(t, s), (v, p) => v.Validate(p));
    private static readonly Kind<SuiteMaxItems> MaxItems = new("maxItems", (t, s) => SuiteMaxItems.ParseYaml(t, s), (t, s) => SuiteMaxItems.ParseJson(t, s), (v, p) => v.Validate(p));
    private static readonly Kind<SuiteUniqueItems> Unique = new("uniqueItems", (t, s) => SuiteUniqueItems.ParseYaml(t, s), (t, s) => SuiteUniqueItems.ParseJson(t, s), (v, p) => v.Validate(p));
    private static readonly Kind<SuiteNotUniqueItems> NotUnique = new("uniqueItems", (t, s) => SuiteNotUniqueItems.ParseYaml(t, s), (t, s) => SuiteNotUniqueItems.ParseJson(t, s), (v, p) => v.Validate(p));
    private static readonly Kind<SuiteRequired> Required = new("required", (t, s) => SuiteRequired.ParseYaml(t, s), (t, s) => SuiteRequired.ParseJson(t, s), (v, p) => v.Validate(p));
    private static readonly Kind<SuiteRequiredDefault> RequiredDefault = new("required", (t, s) => SuiteRequiredDefault.ParseYaml(t, s), (t, s) => SuiteRequiredDefault.ParseJson(t, s), (v, p) => v.Validate(p));
    private static readonly Kind<SuiteRequiredEmpty> RequiredEmpty = new("required", (t, s) => SuiteRequiredEmpty.ParseYaml(t, s), (t, s) => SuiteRequiredEmpty.ParseJson(t, s), (v, p) => v.Validate(p));
    private static readonly Kind<SuiteEcmaRegex> EcmaRegex = new("pattern", (t, s) => SuiteEcmaRegex.ParseYaml(t, s), (t, s) => SuiteEcmaRegex.ParseJson(t, s), (v, p) => v.Validate(p));
    private static readonly Kind<SuiteEnumProperties> EnumProperties = new("enum", (t, s) => SuiteEnumProperties.ParseYaml(t, s), (t, s) => SuiteEnumProperties.ParseJson(t, s), (v, p) => v.Validate(p));

    private static string[] AllNumbers => ["asInt", "asLong", "asDouble", "asDecimal"];

    /// <summary>The instance (JSON text, also read as YAML unless <paramref name="yaml"/> is given) parses and validates.</summary>
    private static void Valid<T>(Kind<T> kind, string json, string? yaml = null)
    {
        foreach (var (format, result) in Read(kind, json, yaml))
        {
            var value = ValidationAssert.Parsed(result);
            var validation = kind.Validate(value, result.Positions);
            Assert.True(validation.IsValid, $"{format}: expected valid, got:" + Environment.NewLine + ValidationAssert.Describe(validation.Errors));
        }
    }

    /// <summary>The instance parses, and validation reports <paramref name="code"/> at each of <paramref name="paths"/> and nothing else.</summary>
    private static void Invalid<T>(Kind<T> kind, string json, string code, string path, string? path2 = null, string? yaml = null)
    {
        var paths = path2 is null ? new[] { path } : new[] { path, path2 };
        foreach (var (format, result) in Read(kind, json, yaml))
        {
            var value = ValidationAssert.Parsed(result);
            var validation = kind.Validate(value, result.Positions);
            var all = format + ":" + Environment.NewLine + ValidationAssert.Describe(validation.Errors);
            Assert.True(validation.Errors.Count == paths.Length, $"expected {paths.Length} {code} error(s), got " + all);
            for (var i = 0; i < paths.Length; i++)
            {
                Assert.True(validation.Errors[i].Code == code && validation.Errors[i].Path == paths[i], $"expected {code} at {paths[i]}, got " + all);
                if (format == "yaml")
                {
                    Assert.True(validation.Errors[i].Line > 0 && validation.Errors[i].Source == kind.Name + ".yaml", "expected a position in the YAML file, got " + all);
                }
            }
        }
    }

    /// <summary>The suite's verdict, given by our parser: a field rule (required, enum) that our language enforces while reading.</summary>
    private static void RejectedByParser<T>(Kind<T> kind, string json, string code, string path)
    {
        foreach (var (format, result) in Read(kind, json, null))
        {
            Assert.False(result.IsSuccess, format + ": expected the parse to fail with " + code);
            Assert.True(
                result.Errors.Count == 1 && result.Errors[0].Code == code && result.Errors[0].Path == path,
                $"{format}: expected one {code} error at {path}, got:" + Environment.NewLine + ValidationAssert.Describe(result.Errors));
        }
    }

    /// <summary>A numeric instance in every field of the type that can hold it; <paramref name="code"/> null means valid.</summary>
    private static void Numbers<T>(Kind<T> kind, string number, string? code)
    {
        var whole = !number.Contains('.', StringComparison.Ordinal);
        var fields = kind.Fields.Where(f => whole || f is "asDouble" or "asDecimal").ToArray();
        Assert.NotEmpty(fields);
        foreach (var field in fields)
        {
            var json = $$"""{"{{field}}": {{number}}}""";
            if (code is null)
            {
                Valid(kind, json);
            }
            else
            {
                Invalid(kind, json, code, field);
            }
        }
    }

    private static (string Format, ParseResult<T> Result)[] Read<T>(Kind<T> kind, string json, string? yaml)
        => [("json", kind.Json(json, kind.Name + ".json")), ("yaml", kind.Yaml(yaml ?? json, kind.Name + ".yaml"))];
}
