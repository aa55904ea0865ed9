namespace AggregatedPayments.Channels;

/// <summary>One item of an answered batch: <paramref name="Result"/> is what a single send under <paramref name="Key"/> would have said.</summary>
public sealed record BatchItemResult(string Key, SubmitResult Result);
