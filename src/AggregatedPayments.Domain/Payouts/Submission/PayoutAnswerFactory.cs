using AggregatedPayments.Channels;
using AggregatedPayments.Dictionaries;

namespace AggregatedPayments.Payouts;

/// <summary>Turns what a provider said (a send's result, a query's finding) into the one input that moves an attempt.</summary>
public sealed class PayoutAnswerFactory(ChannelAnswerClassifier classifier, IDictionaryLookup dictionaries)
{
    /// <summary>Accepted → its state; Rejected (final and never accepted by the dictionary) → Failed; anything else → Unknown.</summary>
    public async Task<PayoutAnswer> FromSubmitAsync(string provider, SubmitResult result, CancellationToken cancellationToken) =>
        await classifier.ClassifyAsync(provider, result, cancellationToken) switch
        {
            SubmitClassification.Accepted accepted => new PayoutAnswer(
                PayoutAnswer.FromChannel(accepted.State), $"{provider} accepted the payout ({accepted.State})", accepted.ProviderReference, Error: accepted.Failure),
            SubmitClassification.Rejected rejected => new PayoutAnswer(
                PayoutState.Failed, $"{provider} refused the payout: {Describe(rejected.Error)}", Error: rejected.Error),
            SubmitClassification.Unknown unknown => new PayoutAnswer(
                PayoutState.Unknown, $"{provider}: {unknown.Reason}{(unknown.Error is { } e ? " " + Describe(e) : "")}", Error: unknown.Error),
            var other => throw new ArgumentOutOfRangeException(nameof(result), other, "A classification the engine does not know.")
        };

    public async Task<PayoutAnswer> FromQueryAsync(string provider, QueryResult.Found found, CancellationToken cancellationToken)
    {
        Money? fee = null;
        if (found.Fee is { Minor: > 0 } channelFee)
        {
            fee = Money.FromChannelAmount(channelFee, await dictionaries.GetCurrencyExponentAsync(channelFee.Currency, cancellationToken));
        }

        var reason = found.Failure is { } failure
            ? $"{provider} query: {found.State}, {Describe(failure)}"
            : $"{provider} query: {found.State}";
        return new PayoutAnswer(PayoutAnswer.FromChannel(found.State), reason, found.ProviderReference, fee, found.Failure);
    }

    private static string Describe(ProviderError error) =>
        error.SubCode is null ? $"{error.Code} {error.Message}" : $"{error.Code}/{error.SubCode} {error.Message}";
}
