namespace AggregatedPayments.Channels;

public static class ChannelConsts
{
    public const int MaxCodeLength = 32;
    public const int MaxNameLength = 128;
    public const int MaxProviderLength = 32;
    public const int MaxAddressLength = 512;
    public const int MaxParameterNameLength = 64;

    /// <summary>Private keys in PEM and encrypted envelopes are long; 8 KiB holds a 4096-bit key with room.</summary>
    public const int MaxParameterValueLength = 8192;

    public const string CodePattern = "^[A-Za-z0-9_-]{2,32}$";
}
