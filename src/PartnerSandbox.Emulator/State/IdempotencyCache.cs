using System;
using System.Collections.Generic;

namespace PartnerSandbox.Emulator.State;

/// <summary>
/// The first answer given to each (partner, MS-RequestId) of a state-changing request, so that a
/// client retrying after a lost response gets the same answer and nothing happens twice.
/// Only used under <see cref="EmulatorState.Gate"/>.
/// </summary>
internal sealed class IdempotencyCache
{
    private readonly Dictionary<(Guid PartnerTenantId, string RequestId), RecordedAnswer> _answers = [];

    public bool TryGet(Guid partnerTenantId, string requestId, out RecordedAnswer answer) =>
        _answers.TryGetValue((partnerTenantId, requestId), out answer!);

    public void Remember(Guid partnerTenantId, string requestId, RecordedAnswer answer) =>
        _answers[(partnerTenantId, requestId)] = answer;

    public void Clear() => _answers.Clear();
}

/// <summary>An HTTP status and the (immutable) JSON body that went with it; no body for 204.</summary>
internal sealed record RecordedAnswer(int StatusCode, object? Body);
