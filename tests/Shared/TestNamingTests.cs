using System;
using System.Linq;
using System.Reflection;
using System.Text.RegularExpressions;
using Xunit;

namespace PartnerSandbox.Tests.Conventions;

/// <summary>
/// The one test-naming rule of every test project (this file is linked into each): a test is named as the sentence
/// it proves, words joined by underscores, starting with a capital, such as
/// <c>A_429_is_waited_out_before_the_request_is_sent_again</c>. Runners print the name, so it reads as a claim.
/// </summary>
public class TestNamingTests
{
    // A word is lower case (its first letter may be a capital), a number with an optional unit (429, 90, 413s), or an
    // acronym (AADSTS, MSAL, HTTP). Names of things in code are written as they are spelled: these are those in use.
    private static readonly Regex Word = new("^([A-Z][a-z]*|[a-z]+|[0-9]+[a-z]*|[A-Z][A-Z0-9]+s?)$", RegexOptions.CultureInvariant);
    private static readonly string[] SpelledAsInCode = ["PowerShell", "OpenID", "ProgressPreference", "SilentlyContinue", "errorName"];

    [Fact]
    public void Every_test_is_named_as_a_sentence_with_underscores()
    {
        var offenders = typeof(TestNamingTests).Assembly.GetTypes()
            .SelectMany(type => type.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly))
            .Where(method => method.GetCustomAttributes<FactAttribute>().Any())
            .Where(method => !IsSentence(method.Name))
            .Select(method => $"{method.DeclaringType!.Name}.{method.Name}")
            .ToList();

        Assert.True(offenders.Count == 0, "Name these as sentences with underscores: " + string.Join(", ", offenders));
    }

    [Theory]
    [InlineData("A_429_is_waited_out", true)]
    [InlineData("The_MSAL_log_goes_to_Debug", true)]
    [InlineData("Help_ListsEveryAnswerOption", false)]
    [InlineData("ClockMovesOnlyForward", false)]
    [InlineData("a_lower_case_start", false)]
    [InlineData("Two_words", false)]
    public void The_rule_tells_a_sentence_from_other_names(string name, bool isSentence) => Assert.Equal(isSentence, IsSentence(name));

    private static bool IsSentence(string name)
    {
        var words = name.Split('_');
        return words.Length >= 3
            && (char.IsUpper(name[0]) || char.IsDigit(name[0]))
            && words.All(word => Word.IsMatch(word) || Array.IndexOf(SpelledAsInCode, word) >= 0);
    }
}
