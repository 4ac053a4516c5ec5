using System.Linq;
using System.Reflection;
using System.Text.RegularExpressions;
using Xunit;

namespace PartnerSandbox.Engine.Tests;

/// <summary>
/// The engine says what happened in its own terms: it knows no PowerShell, so its texts name no cmdlet and no
/// parameter. What to do, in the words of the module's parameters, is the module's recommended action.
/// </summary>
public class EngineMessagesTests
{
    // "-Name" after a space or an opening bracket (not "non-interactive"), or any of the module's cmdlet names.
    private static readonly Regex CmdletWords = new(@"(^|[\s(])-[A-Z][A-Za-z]*|PCSandbox", RegexOptions.CultureInvariant);

    public static TheoryData<string> Texts()
    {
        var texts = new TheoryData<string>();
        foreach (var field in typeof(EngineMessages).GetFields(BindingFlags.Public | BindingFlags.Static).Where(f => f.IsLiteral))
        {
            texts.Add(field.Name);
        }

        return texts;
    }

    [Theory]
    [MemberData(nameof(Texts))]
    public void No_engine_message_names_a_cmdlet_or_a_parameter(string name)
    {
        var text = (string)typeof(EngineMessages).GetField(name)!.GetValue(null)!;

        Assert.False(CmdletWords.IsMatch(text), name + ": " + text);
    }

    [Fact]
    public void The_pattern_finds_parameters_and_cmdlets_but_not_hyphenated_words()
    {
        Assert.Matches(CmdletWords, "use -UseDeviceAuthentication to sign in");
        Assert.Matches(CmdletWords, "(-ClientSecret, -CertificateThumbprint)");
        Assert.Matches(CmdletWords, "look at it with Get-PCSandboxOrder");
        Assert.DoesNotMatch(CmdletWords, "a non-interactive session such as Azure Automation, self-signed");
    }
}
