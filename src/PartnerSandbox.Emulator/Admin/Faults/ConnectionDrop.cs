using Microsoft.AspNetCore.Http;

namespace PartnerSandbox.Emulator.Admin.Faults;

/// <summary>Marks a request whose connection the emulator aborted on purpose, for the request log.</summary>
internal sealed class DroppedConnection
{
    public static readonly DroppedConnection Instance = new();
}

/// <summary>Aborts a request's connection without an answer.</summary>
internal static class ConnectionDrop
{
    /// <summary>
    /// The request is logged before the abort, because the client may ask for the log the moment it
    /// sees the drop.
    /// </summary>
    public static void Abort(HttpContext http)
    {
        http.Features.Set(DroppedConnection.Instance);
        http.Features.Get<RequestRecorder>()?.Record();
        http.Abort();
    }
}
