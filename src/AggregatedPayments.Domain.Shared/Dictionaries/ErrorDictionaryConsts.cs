namespace AggregatedPayments.Dictionaries;

public static class ErrorDictionaryConsts
{
    public const int MaxCodeLength = 128;
    public const int MaxChannelCodeLength = 64;

    /// <summary>As long as <see cref="MaxCodeLength"/>: a platform entry stores its own code in this column.</summary>
    public const int MaxChannelErrorCodeLength = MaxCodeLength;

    public const int MaxMessageLength = 512;

    /// <summary>Platform codes read like the platform's error codes: "AP:Payouts:InsufficientBalance".</summary>
    public const string CodePattern = "^[A-Za-z0-9][A-Za-z0-9:_.-]{0,127}$";

    /// <summary>Channel codes are chosen by the platform administrator when defining a channel.</summary>
    public const string ChannelCodePattern = "^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$";
}
