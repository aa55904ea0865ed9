using AggregatedPayments.Channels;

namespace AggregatedPayments.Payouts;

/// <summary>What a submission or a query said about an attempt, already classified; the only input that moves it.</summary>
/// <param name="Fee">The provider's fee, when it reports one with a success.</param>
/// <param name="Error">The provider's raw code and sub-code, kept on the attempt when it failed.</param>
public sealed record PayoutAnswer(
    PayoutState State,
    string Reason,
    string? ProviderReference = null,
    Money? Fee = null,
    ProviderError? Error = null)
{
    public static PayoutState FromChannel(ChannelPayoutState state) => state switch
    {
        ChannelPayoutState.Processing => PayoutState.Processing,
        ChannelPayoutState.Succeeded => PayoutState.Succeeded,
        ChannelPayoutState.Failed => PayoutState.Failed,
        ChannelPayoutState.Cancelled => PayoutState.Cancelled,
        ChannelPayoutState.Returned => PayoutState.Returned,
        _ => throw new ArgumentOutOfRangeException(nameof(state), state, "A provider state the platform does not know.")
    };
}
