using System;
using System.Diagnostics.CodeAnalysis;
using PartnerSandbox.Emulator.State;

namespace PartnerSandbox.Emulator.Api;

/// <summary>A partner only ever sees its own customers; this is where that is decided.</summary>
internal static class CustomerAccess
{
    public static bool TryFind(
        EmulatorState state,
        Partner partner,
        string customerId,
        [NotNullWhen(true)] out Customer? customer,
        [NotNullWhen(false)] out ApiError? error)
    {
        customer = null;
        error = null;
        if (!Guid.TryParse(customerId, out var id))
        {
            error = ApiErrors.InvalidCustomerId(customerId);
        }
        else if (partner.FindCustomer(id) is { } own)
        {
            customer = own;
        }
        else
        {
            // Someone else's customer exists but is not yours; anything else does not exist.
            error = state.FindCustomerOwner(id) is null ? ApiErrors.CustomerNotFound(customerId) : ApiErrors.NoRelationshipWithCustomer(customerId);
        }

        return customer is not null;
    }
}
