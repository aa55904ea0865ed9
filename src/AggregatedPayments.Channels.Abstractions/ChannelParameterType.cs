namespace AggregatedPayments.Channels;

/// <summary>How the portal renders a channel parameter and how it is validated and stored.</summary>
public enum ChannelParameterType
{
    Text,

    /// <summary>Stored encrypted, never returned in full.</summary>
    Secret,
    Url,

    /// <summary>A key or certificate in PEM (or bare base64 DER); stored encrypted when it is private.</summary>
    Pem,
    Number,
    Bool,
    Select
}
