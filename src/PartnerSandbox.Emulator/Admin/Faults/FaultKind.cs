using System;
using System.Linq;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using PartnerSandbox.Emulator.Api;

namespace PartnerSandbox.Emulator.Admin.Faults;

/// <summary>The fault kinds of <c>POST /_emulator/faults</c>, each one <see cref="IFaultEffect"/>.</summary>
internal enum FaultKind
{
    /// <summary>Answer with an HTTP error status instead of processing the request.</summary>
    Status,

    /// <summary>Abort the connection instead of processing the request.</summary>
    Drop,

    /// <summary>Hold the request, then process it normally unless the client has given up by then.</summary>
    Delay,

    /// <summary>Process the request normally, then abort the connection instead of sending the answer.</summary>
    ApplyThenDrop,

    /// <summary>Process the request normally, then hold the answer before sending it.</summary>
    ApplyThenDelay,

    /// <summary>Answer with whatever status, headers and body the test gave, instead of processing the request.</summary>
    Answer,

    /// <summary>Send the status and headers at once, then the body one small chunk at a time, instead of processing the request.</summary>
    Trickle,
}

/// <summary>Which requests a fault rule may hit.</summary>
internal enum FaultScope
{
    /// <summary>The Partner Center API under <c>/v1</c>.</summary>
    Api,

    /// <summary>The sign-in routes: every path outside <c>/v1</c> and the admin API (token, discovery, device code...).</summary>
    Identity,
}

/// <summary>The names the admin API uses for kinds and scopes, and which scope a request is in.</summary>
internal static class FaultNames
{
    public static string Of<T>(T value)
        where T : struct, Enum => JsonNamingPolicy.CamelCase.ConvertName(value.ToString());

    /// <summary>The names of all values, quoted, for error messages: <c>'status', 'drop' or 'delay'</c>.</summary>
    public static string All<T>()
        where T : struct, Enum
    {
        var names = Enum.GetValues<T>().Select(value => $"'{Of(value)}'").ToArray();
        return $"{string.Join(", ", names[..^1])} or {names[^1]}";
    }

    /// <summary>Case-insensitive; a number is not a name.</summary>
    public static bool TryParse<T>(string? text, out T value)
        where T : struct, Enum => Enum.TryParse(text, ignoreCase: true, out value) && Enum.IsDefined(value) && !int.TryParse(text, out _);

    /// <returns>The scope of a request; null for the admin API, which is never faulted.</returns>
    public static FaultScope? ScopeOf(PathString path) =>
        path.StartsWithSegments(AdminEndpoints.PathPrefix) ? null
        : path.StartsWithSegments(PartnerCenterApi.PathPrefix) ? FaultScope.Api
        : FaultScope.Identity;
}
