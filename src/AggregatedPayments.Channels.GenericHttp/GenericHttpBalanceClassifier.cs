namespace AggregatedPayments.Channels.GenericHttp;

/// <summary>A balance is known only from a verified 2xx whose mapped available amount parses in the configured format.</summary>
public static class GenericHttpBalanceClassifier
{
    public static BalanceResult Classify(GenericHttpAnswer answer, string currency, int exponent)
    {
        if (answer.Document is not { } document)
        {
            return new BalanceResult.Unknown(answer.Failure!);
        }

        if (!answer.IsSuccess)
        {
            return new BalanceResult.Unknown($"HTTP {answer.StatusCode}: {document.Error?.Code ?? "no error code"}.");
        }

        if (document.Text(GenericHttpFields.Currency) is { } answered && answered != currency)
        {
            return new BalanceResult.Unknown($"The answer is about {answered}, not {currency}.");
        }

        return document.Amount(GenericHttpFields.Available, currency, exponent) is { } available
            ? new BalanceResult.Known(available, document.Amount(GenericHttpFields.Frozen, currency, exponent))
            : new BalanceResult.Unknown("The answer has no available amount in the configured format.");
    }
}
