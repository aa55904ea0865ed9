using AggregatedPayments.Dictionaries;

namespace AggregatedPayments.Channels;

/// <summary>
/// ARCHITECTURE.md's rule for a provider's answer: Rejected only when the error dictionary marks the
/// provider's code final and never-accepted. Everything else — timeouts, 5xx, rate limits, unmapped
/// codes, unverifiable signatures, "key already used" — is Unknown and is resolved by a query, never
/// by a new key. Entries are looked up by the adapter's provider name and its most specific code.
/// </summary>
public sealed class ChannelAnswerClassifier(IErrorDictionaryLookup errors)
{
    public async Task<SubmitClassification> ClassifyAsync(string provider, SubmitResult result, CancellationToken cancellationToken)
    {
        switch (result)
        {
            case SubmitResult.Accepted accepted:
                return new SubmitClassification.Accepted(accepted.ProviderReference, accepted.State, accepted.Failure);
            case SubmitResult.Unknown unknown:
                return new SubmitClassification.Unknown(unknown.Reason, unknown.Error, null);
            case SubmitResult.Refused refused:
                var entry = await errors.FindAsync(provider, refused.Error.SubCode ?? refused.Error.Code, cancellationToken)
                            ?? (refused.Error.SubCode is null ? null : await errors.FindAsync(provider, refused.Error.Code, cancellationToken));
                if (entry is null)
                {
                    return new SubmitClassification.Unknown("The provider's code is not in the error dictionary.", refused.Error, null);
                }

                return entry.Flags is { IsFinal: true, IsNeverAccepted: true }
                    ? new SubmitClassification.Rejected(refused.Error, entry)
                    : new SubmitClassification.Unknown("The provider's code does not prove the payout was never taken.", refused.Error, entry);
            default:
                throw new ArgumentOutOfRangeException(nameof(result), result, "An answer of a kind the classifier does not know.");
        }
    }
}
