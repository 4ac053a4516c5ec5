using System;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace PartnerSandbox.Emulator.Api.Contracts;

/// <summary>
/// Writes dates the way the service does, in UTC with exactly seven fractional digits
/// (<c>2019-02-21T17:56:21.1335741Z</c>); System.Text.Json would write an offset and trim zeros.
/// </summary>
internal sealed class UtcDateTimeConverter : JsonConverter<DateTimeOffset>
{
    private const string Format = "yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'";

    public override DateTimeOffset Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        DateTimeOffset.Parse(reader.GetString() ?? string.Empty, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind);

    public override void Write(Utf8JsonWriter writer, DateTimeOffset value, JsonSerializerOptions options) =>
        writer.WriteStringValue(value.UtcDateTime.ToString(Format, CultureInfo.InvariantCulture));
}
