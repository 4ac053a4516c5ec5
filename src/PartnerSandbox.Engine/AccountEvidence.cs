using System.Threading;

namespace PartnerSandbox.Engine;

/// <summary>
/// What the service's answers have shown about the signed-in partner account. Partner Center has no call that says
/// whether an account is an integration sandbox; but it refuses some changes with a code it gives only to primary
/// (production) accounts. Once one such answer came, the connection is known to be primary, before the answer is
/// handed back, so that no work running beside it sends another change.
/// </summary>
public sealed class AccountEvidence
{
    private int shownPrimary;

    /// <summary>True once the service answered as it answers only primary accounts.</summary>
    public bool ShownPrimary => Volatile.Read(ref shownPrimary) == 1;

    internal void Observe(PartnerCenterException refusal)
    {
        if (refusal.HasCode(ErrorSource.PartnerCenter, SandboxRules.PrimaryAccountCode))
        {
            Volatile.Write(ref shownPrimary, 1);
        }
    }
}
