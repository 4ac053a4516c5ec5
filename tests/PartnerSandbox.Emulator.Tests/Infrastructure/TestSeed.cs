using System;
using System.IO;

namespace PartnerSandbox.Emulator.Tests.Infrastructure;

/// <summary>The ids of tests/seeds/test.json (its "_about" field says the same in prose).</summary>
internal static class TestSeed
{
    public static readonly string Path = System.IO.Path.Combine(AppContext.BaseDirectory, "seeds", "test.json");

    public static readonly string DemoPath = System.IO.Path.Combine(AppContext.BaseDirectory, "seeds", "demo.json");

    public static readonly Guid SandboxTenant = Guid.Parse("11111111-1111-1111-1111-111111111111");
    public static readonly Guid SandboxClient = Guid.Parse("aaaaaaaa-0000-0000-0000-000000000001");
    public const string SandboxSecret = "sandbox-secret-1";

    public static readonly Guid ProductionTenant = Guid.Parse("22222222-2222-2222-2222-222222222222");
    public static readonly Guid ProductionClient = Guid.Parse("aaaaaaaa-0000-0000-0000-000000000002");
    public const string ProductionSecret = "production-secret-2";

    /// <summary>Contoso: six cancellable recent orders.</summary>
    public const string Contoso = "c1000000-0000-0000-0000-000000000001";

    /// <summary>Tailspin: the orders every rule refuses.</summary>
    public const string Tailspin = "c1000000-0000-0000-0000-000000000002";

    /// <summary>Wingtip: one perpetual software order with a fixed 2019 creation date.</summary>
    public const string Wingtip = "c1000000-0000-0000-0000-000000000003";

    /// <summary>Litware: the production partner's customer.</summary>
    public const string Litware = "c2000000-0000-0000-0000-000000000001";

    public static string ReadAllText() => File.ReadAllText(Path);
}
