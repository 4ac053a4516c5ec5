using System;
using System.IO;
using System.Text.Json;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using PartnerSandbox.Emulator.Api;
using PartnerSandbox.Emulator.Api.Contracts;
using PartnerSandbox.Emulator.Knobs;
using PartnerSandbox.Emulator.State;

namespace PartnerSandbox.Emulator.Admin;

/// <summary>The admin API's knobs (<c>/_emulator/knobs</c>) and state saving (<c>/_emulator/state/save</c>).</summary>
internal static class KnobAdminEndpoints
{
    public static void Map(IEndpointRouteBuilder admin)
    {
        admin.MapGet("/knobs", (EmulatorKnobs knobs) => Results.Json(KnobsJson.From(knobs.Current), ApiJson.Options));
        admin.MapPost("/knobs", SetKnobsAsync);
        admin.MapPost("/state/save", SaveState);
    }

    /// <summary>Changes the knobs given and answers all of them; rate limits start counting afresh.</summary>
    private static async Task<IResult> SetKnobsAsync(HttpContext http, EmulatorKnobs knobs)
    {
        string? problem;
        try
        {
            using var body = await JsonDocument.ParseAsync(http.Request.Body, cancellationToken: http.RequestAborted).ConfigureAwait(false);
            if (KnobsJson.TryMerge(body.RootElement, knobs.Current, out var merged, out problem))
            {
                knobs.Set(merged);
                return Results.Json(KnobsJson.From(knobs.Current), ApiJson.Options);
            }
        }
        catch (JsonException)
        {
            problem = "the body is not valid JSON.";
        }

        return ApiErrors.InvalidInput($"knobs: {problem}").ToResult();
    }

    private static IResult SaveState(EmulatorState state)
    {
        if (state.StateFilePath is not { } path)
        {
            return ApiErrors.InvalidInput("the emulator was started without a state file (--state <file>).").ToResult();
        }

        try
        {
            state.SaveState();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return ApiErrors.StateNotSaved(path, e.Message).ToResult();
        }

        return Results.Json(new StateSavedJson(Path.GetFullPath(path)), ApiJson.Options);
    }
}

/// <summary>The answer of <c>POST /_emulator/state/save</c>.</summary>
internal sealed record StateSavedJson(string Path);
