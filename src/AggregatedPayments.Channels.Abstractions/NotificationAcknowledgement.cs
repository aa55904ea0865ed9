namespace AggregatedPayments.Channels;

/// <summary>The exact answer the provider expects (Alipay: the text "success"; others: a 2xx).</summary>
public sealed record NotificationAcknowledgement(int StatusCode, string ContentType, string Body);
