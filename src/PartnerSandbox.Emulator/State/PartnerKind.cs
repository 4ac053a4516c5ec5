namespace PartnerSandbox.Emulator.State;

/// <summary>What kind of Partner Center account a partner tenant is; the cancellation rules differ.</summary>
public enum PartnerKind
{
    Sandbox,
    Production,
}
