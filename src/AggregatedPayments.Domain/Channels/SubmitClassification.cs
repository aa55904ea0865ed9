using AggregatedPayments.Dictionaries;

namespace AggregatedPayments.Channels;

/// <summary>What the platform makes of one send: the only input to an attempt's next state.</summary>
public abstract record SubmitClassification
{
    private SubmitClassification()
    {
    }

    public sealed record Accepted(string? ProviderReference, ChannelPayoutState State, ProviderError? Failure = null) : SubmitClassification;

    /// <summary>Definitely refused and never taken: the hold can be released and a new key may follow.</summary>
    public sealed record Rejected(ProviderError Error, ErrorDictionaryEntryInfo Entry) : SubmitClassification;

    /// <summary>Anything less certain: the hold stays, the key stays, and only a query decides.</summary>
    public sealed record Unknown(string Reason, ProviderError? Error, ErrorDictionaryEntryInfo? Entry) : SubmitClassification;
}
