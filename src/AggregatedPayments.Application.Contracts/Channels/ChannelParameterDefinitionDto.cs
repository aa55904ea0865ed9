namespace AggregatedPayments.Channels;

/// <summary>
/// One field of a provider's parameter form, as the adapter declares it. <see cref="Type"/> is Text,
/// Secret, Url, Pem, Number, Bool or Select; <see cref="SuppliedBy"/> is Platform or Merchant.
/// </summary>
public sealed record ChannelParameterDefinitionDto(
    string Name,
    string Label,
    string Type,
    bool Required,
    string SuppliedBy,
    bool IsSecret,
    IReadOnlyList<string> Options);
