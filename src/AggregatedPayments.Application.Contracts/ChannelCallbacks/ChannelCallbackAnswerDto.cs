namespace AggregatedPayments.ChannelCallbacks;

/// <summary>The exact answer the provider expects, so that it stops (or keeps) retrying.</summary>
public sealed record ChannelCallbackAnswerDto(int StatusCode, string ContentType, string Body);
