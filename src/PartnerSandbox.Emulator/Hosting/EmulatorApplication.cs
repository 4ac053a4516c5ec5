using System;
using System.Net;
using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using PartnerSandbox.Emulator.Admin;
using PartnerSandbox.Emulator.Admin.Faults;
using PartnerSandbox.Emulator.Api;
using PartnerSandbox.Emulator.Identity;
using PartnerSandbox.Emulator.Knobs;
using PartnerSandbox.Emulator.State;

namespace PartnerSandbox.Emulator.Hosting;

/// <summary>
/// Puts the emulator together: Kestrel on loopback over HTTPS (API, identity, admin), and on a second loopback port
/// over plain HTTP the managed-identity endpoint alone, as a runbook host serves it; its services and its request pipeline.
/// </summary>
internal static class EmulatorApplication
{
    public static WebApplication Build(EmulatorOptions options, X509Certificate2 certificate, EmulatorState state, VirtualClock clock)
    {
        // The empty builder reads no appsettings.json and no ASPNETCORE_* variables, so nothing
        // around the process (a test's working directory, a developer's environment) changes it.
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions { ApplicationName = typeof(EmulatorApplication).Assembly.GetName().Name });
        builder.WebHost.UseKestrelCore().UseKestrelHttpsConfiguration().ConfigureKestrel(kestrel =>
        {
            kestrel.Listen(IPAddress.Loopback, options.Port, listen => listen.UseHttps(certificate));
            kestrel.Listen(IPAddress.Loopback, options.IdentityPort);
        });
        builder.Services.AddRoutingCore();
        builder.Services.AddSingleton<IHostLifetime, EmbeddedHostLifetime>();
        if (options.LogToConsole)
        {
            // Warnings and errors only, and on stderr: stdout carries the start-up lines scripts parse.
            builder.Logging.AddConsole(console => console.LogToStandardErrorThreshold = LogLevel.Trace).SetMinimumLevel(LogLevel.Warning);
        }

        AddServices(builder.Services, options, state, clock, certificate);
        var app = builder.Build();
        UsePipeline(app, options.TestMode);
        return app;
    }

    private static void AddServices(IServiceCollection services, EmulatorOptions options, EmulatorState state, VirtualClock clock, X509Certificate2 certificate)
    {
        services.AddSingleton(state);
        services.AddSingleton<TimeProvider>(clock);
        services.AddSingleton<EmulatorOrigin>();
        IdentityServices.Add(services, options, clock, certificate);
        services.AddSingleton(new EmulatorKnobs(options.Knobs));
        services.AddSingleton<RateLimiter>();
        services.AddSingleton<FaultInjector>();
        services.AddSingleton<RequestLog>();
        services.AddSingleton<TestIssuers>();
    }

    /// <summary>
    /// Outermost first: the request log sees every answer (the managed-identity endpoint's too), faults on the
    /// sign-in routes come before their handlers, latency is added to every API request, API faults come before
    /// authentication so a fault that answers instead of processing never reaches a handler, only
    /// authenticated API requests reach the routes, and the rate limit (which needs the partner and
    /// the route) comes last, so a throttled request never reaches a handler either.
    /// </summary>
    private static void UsePipeline(WebApplication app, bool testMode)
    {
        if (testMode)
        {
            app.UseMiddleware<RequestLogMiddleware>();
            app.UseWhen(
                http => FaultNames.ScopeOf(http.Request.Path) == FaultScope.Identity,
                identity => identity.UseMiddleware<FaultInjectionMiddleware>(FaultScope.Identity));
        }

        // The plain-HTTP port is the runbook host's managed-identity endpoint and nothing else.
        app.MapWhen(http => !http.Request.IsHttps, ManagedIdentityEndpoint.Map);

        app.UseWhen(
            http => http.Request.Path.StartsWithSegments(PartnerCenterApi.PathPrefix),
            api =>
            {
                api.UseMiddleware<RequestCorrelationMiddleware>();
                api.UseMiddleware<LatencyMiddleware>();
                if (testMode)
                {
                    api.UseMiddleware<FaultInjectionMiddleware>(FaultScope.Api);
                }

                api.UseMiddleware<BearerAuthenticationMiddleware>();
                api.UseMiddleware<RateLimitMiddleware>();
            });

        IdentityEndpoints.Map(app);
        PartnerCenterApi.Map(app);
        if (testMode)
        {
            AdminEndpoints.Map(app);
        }
    }
}
