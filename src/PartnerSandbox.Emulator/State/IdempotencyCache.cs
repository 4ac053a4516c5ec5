using System;
using System.Collections.Generic;

namespace PartnerSandbox.Emulator.State;

/// <summary>
/// One call as the idempotency store knows it: who made it, which call it was (method and path) and the
/// client's <c>MS-RequestId</c>. The request id alone is not the key: a request id seen on a different
/// call is not a retry (contract section 8), so the same id on another order's PATCH is a new request.
/// </summary>
internal readonly record struct IdempotencyKey(Guid PartnerTenantId, string Method, string Path, string RequestId);

/// <summary>
/// The first answer given to each call (<see cref="IdempotencyKey"/>) of a state-changing request, so
/// that a client retrying after a lost response gets the same answer and nothing happens twice.
/// Only used under <see cref="EmulatorState.Gate"/>.
/// </summary>
internal sealed class IdempotencyCache
{
    private readonly Dictionary<IdempotencyKey, RecordedAnswer> answers = [];

    public bool TryGet(IdempotencyKey key, out RecordedAnswer answer) => answers.TryGetValue(key, out answer!);

    public void Remember(IdempotencyKey key, RecordedAnswer answer) => answers[key] = answer;

    public void Clear() => answers.Clear();
}

/// <summary>An HTTP status and the (immutable) JSON body that went with it; no body for 204.</summary>
internal sealed record RecordedAnswer(int StatusCode, object? Body);
