namespace AggregatedPayments.Channels.GenericHttp;

/// <summary>The channel parameters of one call, parsed and checked; a missing or malformed one is a configuration error.</summary>
public sealed record GenericHttpSettings(
    GenericHttpFieldMapping Fields,
    GenericHttpStatusMapping Statuses,
    string AmountFormat,
    int AmountExponent,
    string CanonicalTemplate,
    string NotificationTemplate,
    string SignatureHeader,
    string TimestampHeader,
    string MerchantIdHeader,
    TimeSpan NotificationWindow,
    IReadOnlySet<string> DuplicateKeyCodes,
    string? StatementLinesPath,
    string MerchantId,
    GenericHttpSigner Signer)
{
    public static GenericHttpSettings From(ChannelContext context)
    {
        var p = context.Parameters;
        var amountFormat = p.Get(GenericHttpParameterNames.AmountFormat);
        GenericHttpAmountFormat.Validate(amountFormat);
        var exponent = p.GetInt(GenericHttpParameterNames.AmountExponent, 2);
        if (exponent is < 0 or > 4)
        {
            throw new ChannelConfigurationException("The amount exponent must be between 0 and 4.");
        }

        var window = p.GetInt(GenericHttpParameterNames.NotificationWindowSeconds, 300);
        if (window <= 0)
        {
            throw new ChannelConfigurationException("The notification window must be a positive number of seconds.");
        }

        var duplicateCodes = (p.GetOrNull(GenericHttpParameterNames.DuplicateKeyCodes) ?? string.Empty)
            .Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .ToHashSet(StringComparer.Ordinal);

        return new GenericHttpSettings(
            GenericHttpFieldMapping.Parse(p.Get(GenericHttpParameterNames.FieldMapping)),
            GenericHttpStatusMapping.Parse(p.Get(GenericHttpParameterNames.StatusMapping)),
            amountFormat,
            exponent,
            p.GetOrNull(GenericHttpParameterNames.CanonicalTemplate) ?? GenericHttpCanonicalString.DefaultTemplate,
            p.GetOrNull(GenericHttpParameterNames.NotificationTemplate) ?? GenericHttpCanonicalString.NotificationTemplate,
            p.GetOrNull(GenericHttpParameterNames.SignatureHeader) ?? "X-Signature",
            p.GetOrNull(GenericHttpParameterNames.TimestampHeader) ?? "X-Timestamp",
            p.GetOrNull(GenericHttpParameterNames.MerchantIdHeader) ?? "X-Merchant-Id",
            TimeSpan.FromSeconds(window),
            duplicateCodes,
            p.GetOrNull(GenericHttpParameterNames.StatementLinesPath),
            p.Get(GenericHttpParameterNames.MerchantId),
            new GenericHttpSigner(p.Get(GenericHttpParameterNames.Secret)));
    }
}
