using System;
using System.Threading;

namespace PartnerSandbox.Emulator.State;

/// <summary>
/// One device-code sign-in: pending until a user approves or denies it (admin API, or automatically),
/// then redeemed once for tokens. It expires at <see cref="ExpiresAt"/> by the virtual clock.
/// </summary>
internal sealed class DeviceAuthorization(Guid tenantId, Guid clientId, string resource, string userCode, DateTimeOffset issuedAt, DateTimeOffset expiresAt)
{
    private readonly Lock gate = new();
    private DeviceAuthorizationStatus status = DeviceAuthorizationStatus.Pending;
    private UserSignIn? signIn;

    public Guid TenantId { get; } = tenantId;

    public Guid ClientId { get; } = clientId;

    /// <summary>The resource whose scope the client asked for; the tokens are for it.</summary>
    public string Resource { get; } = resource;

    public string UserCode { get; } = userCode;

    public DateTimeOffset IssuedAt { get; } = issuedAt;

    public DateTimeOffset ExpiresAt { get; } = expiresAt;

    /// <returns>False when the sign-in is no longer pending (decided, redeemed or expired).</returns>
    public bool TryApprove(PartnerUser user, bool mfa, DateTimeOffset now) =>
        TryDecide(DeviceAuthorizationStatus.Approved, new UserSignIn(TenantId, ClientId, user, mfa), now);

    public bool TryDeny(DateTimeOffset now) => TryDecide(DeviceAuthorizationStatus.Denied, null, now);

    /// <summary>What a poll of the token endpoint finds; an approved sign-in is handed out once.</summary>
    public (DeviceAuthorizationStatus Status, UserSignIn? SignIn) Poll(DateTimeOffset now)
    {
        lock (gate)
        {
            if ((status is DeviceAuthorizationStatus.Pending or DeviceAuthorizationStatus.Approved) && now > ExpiresAt)
            {
                return (DeviceAuthorizationStatus.Expired, null);
            }

            var seen = (status, signIn);
            if (status == DeviceAuthorizationStatus.Approved)
            {
                status = DeviceAuthorizationStatus.Redeemed;
            }

            return seen;
        }
    }

    private bool TryDecide(DeviceAuthorizationStatus decision, UserSignIn? signIn, DateTimeOffset now)
    {
        lock (gate)
        {
            if (status != DeviceAuthorizationStatus.Pending || now > ExpiresAt)
            {
                return false;
            }

            status = decision;
            this.signIn = signIn;
            return true;
        }
    }
}

internal enum DeviceAuthorizationStatus
{
    Pending,
    Approved,
    Denied,
    Redeemed,
    Expired,
}
