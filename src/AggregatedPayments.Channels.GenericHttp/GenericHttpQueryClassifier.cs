namespace AggregatedPayments.Channels.GenericHttp;

/// <summary>
/// Turns a query answer into a <see cref="QueryResult"/>. NotFound needs proof: a verified answer
/// whose status maps to NotFound, or a verified HTTP 404 (a signed body; an unsigned 404 from a proxy
/// proves nothing). A found payout's amount, when answered, must be the requested one.
/// </summary>
public static class GenericHttpQueryClassifier
{
    public static QueryResult Classify(GenericHttpAnswer answer, string key, ChannelAmount requested)
    {
        if (answer.Document is not { } document)
        {
            return new QueryResult.Unknown(answer.Failure!);
        }

        var status = document.Status;
        if (status.IsNotFound || (answer.StatusCode == 404 && status.State is null))
        {
            return new QueryResult.NotFound();
        }

        if (!answer.IsSuccess || status.State is not { } state)
        {
            return new QueryResult.Unknown($"HTTP {answer.StatusCode} with no mapped status.");
        }

        if (document.Text(GenericHttpFields.Key) is { } answeredKey && answeredKey != key)
        {
            return new QueryResult.Unknown("The answer names another key.");
        }

        if (document.AmountMatches(GenericHttpFields.Amount, requested.Minor, requested.Exponent) == false)
        {
            return new QueryResult.Unknown("The answered amount differs from the amount requested.");
        }

        return new QueryResult.Found(
            state,
            document.Text(GenericHttpFields.ProviderReference),
            document.Amount(GenericHttpFields.Amount, requested.Currency, requested.Exponent),
            Fee: null,
            state is ChannelPayoutState.Failed or ChannelPayoutState.Cancelled or ChannelPayoutState.Returned ? document.Error : null,
            CompletedAtUtc: null);
    }
}
