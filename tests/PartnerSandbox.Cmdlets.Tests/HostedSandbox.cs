using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Management.Automation;
using System.Management.Automation.Runspaces;
using System.Net.Http;
using System.Net.Http.Json;
using System.Text.Json;
using System.Threading.Tasks;
using PartnerSandbox.Emulator;
using Xunit;

namespace PartnerSandbox.Cmdlets.Tests;

/// <summary>
/// An emulator (in-process, test mode, on a free port) seeded with one sandbox partner whose customer has
/// <see cref="OrderCount"/> cancellable orders, and a PowerShell runspace with the module imported and connected.
/// </summary>
public sealed class HostedSandbox : IAsyncLifetime, IDisposable
{
    public const int OrderCount = 40;
    public const string TenantId = "aaaaaaaa-0000-4000-8000-0000000000a1";
    public const string CustomerId = "cccccccc-0000-4000-8000-0000000000c1";
    private const string ClientId = "bbbbbbbb-0000-4000-8000-0000000000b1";
    private readonly string seedPath = Path.Combine(Path.GetTempPath(), "partnersandbox-hosted-" + Guid.NewGuid() + ".json");
    private EmulatorServer? server;
    private HttpClient? admin;

    public Runspace Runspace { get; private set; } = null!;

    /// <summary>The host of <see cref="Runspace"/>: what a cmdlet writes straight to it (after Ctrl+C) is kept.</summary>
    public RecordingHost Host { get; } = new();

    public EmulatorServer Server => server!;

    public async Task InitializeAsync()
    {
        var secret = "hosted-" + Guid.NewGuid();
        await File.WriteAllTextAsync(seedPath, JsonSerializer.Serialize(Seed(secret)));
        server = await EmulatorServer.StartAsync(new EmulatorOptions { SeedFiles = new[] { seedPath }, TestMode = true });
        admin = server.CreateClient();

        var state = InitialSessionState.CreateDefault2();
        state.ImportPSModule(typeof(Commands.StopPCSandboxOrderCommand).Assembly.Location);
        Runspace = RunspaceFactory.CreateRunspace(Host, state);
        Runspace.Open();
        Invoke(
            "Connect-PCSandbox -Endpoint $args[0] -TenantId $args[1] -ClientId $args[2] -ClientSecret (ConvertTo-SecureString $args[3] -AsPlainText -Force) -SkipCertificateCheck -IntegrationSandbox | Out-Null",
            server.BaseUri, TenantId, ClientId, secret);
    }

    public async Task DisposeAsync()
    {
        Dispose();
        if (server is not null)
        {
            await server.DisposeAsync();
        }

        File.Delete(seedPath);
    }

    public void Dispose()
    {
        Runspace?.Dispose();
        admin?.Dispose();
    }

    public IReadOnlyList<PSObject> Invoke(string script, params object[] arguments)
    {
        using var shell = PowerShell.Create(Runspace);
        shell.AddScript(script);
        foreach (var argument in arguments)
        {
            shell.AddArgument(argument);
        }

        var output = shell.Invoke();
        Assert.False(shell.HadErrors, string.Join(Environment.NewLine, shell.Streams.Error.Select(e => e.ToString())));
        return output;
    }

    public async Task AdminAsync(HttpMethod method, string path, object? body = null)
    {
        using var request = new HttpRequestMessage(method, "_emulator/" + path) { Content = body is null ? null : JsonContent.Create(body) };
        using var response = await admin!.SendAsync(request);
        response.EnsureSuccessStatusCode();
    }

    public async Task<List<JsonElement>> RequestLogAsync(string method) =>
        (await admin!.GetFromJsonAsync<List<JsonElement>>("_emulator/requests"))!
            .Where(r => r.GetProperty("method").GetString() == method)
            .ToList();

    public static string OrderId(int number) => "hosted-" + number.ToString("d3", System.Globalization.CultureInfo.InvariantCulture);

    private static object Seed(string secret) => new
    {
        partners = new[]
        {
            new
            {
                tenantId = TenantId,
                kind = "sandbox",
                applications = new[] { new { clientId = ClientId, clientSecret = secret } },
                customers = new[]
                {
                    new
                    {
                        id = CustomerId,
                        companyName = "Hosted Customer",
                        domain = "hosted.onmicrosoft.com",
                        orders = Enumerable.Range(1, OrderCount).Select(n => new
                        {
                            id = OrderId(n),
                            productType = "perpetualSoftware",
                            ageDays = 1 + (n % 30),
                            lineItems = new[] { new { offerId = "DG7GMGF0D7FV:0002:DG7GMGF0D3SK", friendlyName = "Windows Server 2022 Standard", quantity = 1 } },
                        }).ToArray(),
                    },
                },
            },
        },
    };
}
