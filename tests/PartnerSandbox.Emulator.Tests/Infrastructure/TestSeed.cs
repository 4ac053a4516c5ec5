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

    /// <summary>Fourth Coffee: the subscriptions (new commerce, a bare Azure plan, seat-based SaaS, software); an indirect reseller's customer.</summary>
    public const string FourthCoffee = "c1000000-0000-0000-0000-000000000004";

    /// <summary>Fourth Coffee's subscriptions, numbered as in the seed's "_about".</summary>
    public const string NceRecentSubscription = "5b000000-0000-0000-0000-000000000001";
    public const string NceOldSubscription = "5b000000-0000-0000-0000-000000000002";
    public const string BareAzurePlanSubscription = "5b000000-0000-0000-0000-000000000003";
    public const string SeatBasedSaasSubscription = "5b000000-0000-0000-0000-000000000004";
    public const string SoftwareSubscription8Days = "5b000000-0000-0000-0000-000000000005";

    public const string FourthCoffeeReseller = "4e000000-0000-0000-0000-000000000001";
    public const string FourthCoffeeIndirectProvider = "4c000000-0000-0000-0000-000000000001";

    /// <summary>Tailspin's Azure plan's one Azure subscription.</summary>
    public const string TailspinAzureEntitlement = "a2000000-0000-0000-0000-000000000001";

    /// <summary>Litware: the production partner's customer.</summary>
    public const string Litware = "c2000000-0000-0000-0000-000000000001";

    public static string ReadAllText() => File.ReadAllText(Path);
}
