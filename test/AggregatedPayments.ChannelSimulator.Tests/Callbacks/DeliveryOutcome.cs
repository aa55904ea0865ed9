namespace AggregatedPayments.ChannelSimulator.Callbacks;

/// <summary>One item of <c>POST /_sim/callbacks/deliver</c>, read back as a test sees it.</summary>
public sealed record DeliveryOutcome(long Id, int StatusCode, string ResponseBody);
