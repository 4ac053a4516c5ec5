using System.Collections.Generic;
using System.Threading.Tasks;

namespace PartnerSandbox.Emulator.Identity;

/// <summary>One OAuth grant of the token endpoint.</summary>
internal interface ITokenGrant
{
    /// <summary>The <c>grant_type</c> values it answers (MSAL's and the RFC's spellings may differ).</summary>
    IReadOnlyList<string> GrantTypes { get; }

    Task<TokenOutcome> GrantAsync(TokenRequest request);
}
