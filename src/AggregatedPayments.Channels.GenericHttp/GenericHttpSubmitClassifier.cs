namespace AggregatedPayments.Channels.GenericHttp;

/// <summary>
/// Turns a payout answer into a <see cref="SubmitResult"/>. Accepted needs a verified 2xx whose status
/// maps to a state; Refused needs a verified answer carrying an error code and no mapped state (a 4xx
/// or a 2xx); anything else — an unmapped status without a code, another key, another amount — is
/// Unknown, resolved by a query and never by a new key. So is every "key already used" answer: an
/// HTTP 409 or a code configured as a key clash, because the earlier request under the key may have paid.
/// </summary>
public static class GenericHttpSubmitClassifier
{
    public static SubmitResult Classify(GenericHttpAnswer answer, GenericHttpSentPayout sent, IReadOnlySet<string> duplicateKeyCodes)
    {
        if (answer.Document is not { } document)
        {
            return new SubmitResult.Unknown(answer.Failure!);
        }

        if (document.Text(GenericHttpFields.Key) is { } key && key != sent.Key)
        {
            return new SubmitResult.Unknown("The answer names another key.");
        }

        if (document.AmountMatches(GenericHttpFields.Amount, sent.Minor, sent.Exponent) == false)
        {
            return new SubmitResult.Unknown("The answered amount differs from the amount sent.");
        }

        if (answer.StatusCode == 409 || (document.Error is { } clash && duplicateKeyCodes.Contains(clash.Code)))
        {
            return new SubmitResult.Unknown("The provider says the key was used before; only a query tells what it paid.", document.Error);
        }

        var status = document.Status;
        if (answer.IsSuccess && status.State is { } state)
        {
            return new SubmitResult.Accepted(
                document.Text(GenericHttpFields.ProviderReference), state, state == ChannelPayoutState.Failed ? document.Error : null);
        }

        // The error dictionary, not the adapter, decides whether the provider's code is final.
        if (status.State is null && document.Error is { } error && answer.StatusCode is >= 200 and < 500)
        {
            return new SubmitResult.Refused(error);
        }

        return new SubmitResult.Unknown($"HTTP {answer.StatusCode} with no mapped status and no error code.", document.Error);
    }
}
