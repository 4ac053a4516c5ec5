using Xunit;

namespace PartnerSandbox.Engine.Tests;

public class ResourceIdsTests
{
    [Theory]
    [InlineData("0a3e5c7b-1d2f-4a68-9b4c-6e8f0a2c4d61")]
    [InlineData("0A3E5C7B-1D2F-4A68-9B4C-6E8F0A2C4D61")]
    public void A_customer_id_is_a_guid(string id) => Assert.Null(ResourceIds.WhyNotCustomerId(id));

    [Theory]
    [InlineData("..")]
    [InlineData(".")]
    [InlineData("")]
    [InlineData("0a3e5c7b-1d2f-4a68-9b4c-6e8f0a2c4d61/orders")]
    [InlineData("{0a3e5c7b-1d2f-4a68-9b4c-6e8f0a2c4d61}")]
    [InlineData(" 0a3e5c7b-1d2f-4a68-9b4c-6e8f0a2c4d61")]
    [InlineData("contoso")]
    public void Anything_else_is_not_a_customer_id(string id) => Assert.Contains("is not a customer id", ResourceIds.WhyNotCustomerId(id), System.StringComparison.Ordinal);

    [Theory]
    [InlineData("UKXASSO1dezh3HdxClHxSp5UEFXGbAnt1")]
    [InlineData("5cf72f146967")]
    [InlineData("0a3e5c7b-1d2f-4a68-9b4c-6e8f0a2c4d61")]
    [InlineData("a.b")]
    public void Opaque_order_ids_are_taken(string id) => Assert.Null(ResourceIds.WhyNotOrderId(id));

    [Theory]
    [InlineData(".")]
    [InlineData("..")]
    [InlineData("a/b")]
    [InlineData("a\\b")]
    [InlineData("a?b")]
    [InlineData("a#b")]
    [InlineData("a%2Fb")]
    [InlineData("a b")]
    [InlineData("a\tb")]
    [InlineData("a\u0001b")]
    public void Order_ids_that_would_leave_their_path_segment_are_refused(string id) => Assert.NotNull(ResourceIds.WhyNotOrderId(id));

    [Fact]
    public void The_refusal_shows_control_characters_readably() => Assert.Contains("a\\u0001b", ResourceIds.WhyNotOrderId("a\u0001b"), System.StringComparison.Ordinal);
}
