using System.Net;
using System.Net.Http;
using System.Text;
using System.Threading;
using System.Threading.Tasks;

namespace PartnerSandbox.Engine.Authentication;

/// <summary>
/// The in-memory token endpoint of <see cref="SignInWarmUp"/>: answers every request with a token of the shape Entra
/// ID issues for the client-credential grant, and counts what it was asked. It is never any connection's transport.
/// It answers after a yield, not at once, as a network does: every await on the way then suspends and resumes, so the
/// warm-up also readies that code (an answer at once would leave it for the first real sign-in).
/// </summary>
internal sealed class WarmUpTokenAnswer : HttpMessageHandler
{
    private const string TokenAnswer = "{\"token_type\":\"Bearer\",\"expires_in\":3599,\"ext_expires_in\":3599,\"access_token\":\"warm-up\"}";
    private int requests;

    public int Requests => requests;

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref requests);
        await Task.Yield();
        return new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent(TokenAnswer, Encoding.UTF8, "application/json") };
    }
}
