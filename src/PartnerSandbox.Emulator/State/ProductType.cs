namespace PartnerSandbox.Emulator.State;

/// <summary>
/// What an order bought. Emulator-internal: the real Order JSON does not carry it, the service
/// knows it from the offer, and the cancellation rules depend on it.
/// </summary>
public enum ProductType
{
    ReservedInstance,
    PerpetualSoftware,
    SoftwareSubscription,
    Saas,
    SaasSeatBased,
    AzurePlan,
    NewCommerce,
}
