namespace AggregatedPayments.Channels;

/// <summary>
/// One parameter an adapter needs, declared by the adapter so that a channel can never be configured
/// with parameters its adapter does not understand; the portal renders it as a form field.
/// </summary>
public sealed record ChannelParameterDefinition(
    string Name,
    string LabelEn,
    string LabelZhHans,
    ChannelParameterType Type,
    bool Required,
    ParameterSupplier SuppliedBy,
    IReadOnlyList<string>? Options = null)
{
    /// <summary>Secrets and private keys are encrypted at rest and masked on the way out.</summary>
    public bool IsSecret => Type is ChannelParameterType.Secret or ChannelParameterType.Pem;
}
