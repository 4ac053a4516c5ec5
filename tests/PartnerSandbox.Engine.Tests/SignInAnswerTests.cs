using System;
using System.Net;
using System.Security;
using System.Threading;
using System.Threading.Tasks;
using PartnerSandbox.Engine.Authentication;
using PartnerSandbox.Engine.Connections;
using Xunit;

namespace PartnerSandbox.Engine.Tests;

/// <summary>A sign-in host that does not answer as Entra ID does is said to be one, not shown as a raw exception.</summary>
public class SignInAnswerTests
{
    private static SecureString Secret()
    {
        var secret = new SecureString();
        foreach (var c in "not-a-real-secret")
        {
            secret.AppendChar(c);
        }

        return secret;
    }

    [Theory]
    [InlineData(HttpStatusCode.OK)]
    [InlineData(HttpStatusCode.InternalServerError)]
    public async Task A_sign_in_host_that_answers_html_is_a_sign_in_failure_that_says_so(HttpStatusCode status)
    {
        var transport = new ScriptedTransport();
        for (var i = 0; i < 8; i++)
        {
            transport.Then(status, null, r => r.Content = new System.Net.Http.StringContent("<html><body>Proxy sign-in</body></html>", System.Text.Encoding.UTF8, "text/html"));
        }

        var settings = ConnectionSettingsResolver.Resolve("contoso.onmicrosoft.com", null, new Uri("https://127.0.0.1:5999"), null, false);
        using var provider = SignInRequest.AppOnly("11111111-2222-3333-4444-555555555555", AppCredential.FromSecret(Secret())).CreateProvider(settings, transport);

        var error = await Assert.ThrowsAsync<PartnerCenterException>(() => provider.GetTokenAsync(false, CancellationToken.None));

        Assert.Equal(PartnerCenterFailure.UnreadableSignInAnswer, error.Failure);
        Assert.Null(error.ServiceCode);
        Assert.Contains("(HTTP " + (int)status + "), but not with Entra ID's JSON", error.Message, StringComparison.Ordinal);
    }
}
