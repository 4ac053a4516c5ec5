using System.Threading.Tasks;
using PartnerSandbox.Engine.Authentication;
using Xunit;

namespace PartnerSandbox.Engine.Tests;

/// <summary>The import-time warm-up: it is only worth its time if the app-only sign-in really runs, MSAL included.</summary>
public class SignInWarmUpTests
{
    [Fact]
    public async Task The_app_only_sign_in_accepts_the_warm_up_answer_after_asking_for_it_once()
    {
        using var answer = new WarmUpTokenAnswer();

        // Throws if MSAL refuses the answer (a new MSAL reading a field the answer lacks): the warm-up would then
        // stop short of the JSON and cache work it is there for.
        var token = await SignInWarmUp.SignInAppOnlyAsync(answer);

        Assert.Equal("warm-up", token.Value);
        Assert.Equal(1, answer.Requests);
    }
}
