using System;
using System.Collections.Generic;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using PartnerSandbox.Engine.Models;

namespace PartnerSandbox.Engine.Http;

/// <summary>
/// The 401 answers that a new token of the same sign-in would get again: a token for the retired graph.windows.net
/// audience (900420; only -AccessToken can bring one, every other mode asks for the Partner Center audience), and an
/// App+User token without MFA (900421, and the 10001 partners report), which renewing from the same sign-in does not
/// add. For these the answer goes back as it came, so the user reads the service's reason, not a renewal's failure.
/// </summary>
internal static class TokenRefusal
{
    /// <summary>More than any error body; a larger 401 body is not read here (the token is renewed as for any 401).</summary>
    private const long MaxBodyBytes = 64 * 1024;

    private static readonly HashSet<string> NotCuredByRenewal = new(StringComparer.OrdinalIgnoreCase) { "900420", "900421", "10001" };

    /// <summary>The service's code when renewing would not help, else null. The body stays readable for the request runner.</summary>
    public static async Task<string?> CodeNotCuredByRenewalAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        if (response.Content is null)
        {
            return null;
        }

        // The buffering takes no token on every platform: disposing the answer ends a read that hangs (the runner then
        // sees the cancellation, as for any attempt cut short).
        using var abort = cancellationToken.Register(response.Dispose);
        try
        {
            await response.Content.LoadIntoBufferAsync(MaxBodyBytes).ConfigureAwait(false);
            var code = ServiceErrorBody.TryParse(await response.Content.ReadAsStringAsync().ConfigureAwait(false))?.ServiceCode;
            return code is not null && NotCuredByRenewal.Contains(code) ? code : null;
        }
        catch (HttpRequestException) when (!cancellationToken.IsCancellationRequested)
        {
            // Too large, or the connection dropped while reading: renew and resend, as for any 401.
            return null;
        }
    }
}
