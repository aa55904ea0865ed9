namespace AggregatedPayments.Channels;

/// <summary>One item of a found batch, as a query by its own key would report it.</summary>
public sealed record BatchItemQueryResult(string Key, QueryResult.Found Result);
