namespace AggregatedPayments.ChannelSimulator.GenericHttp;

/// <summary>Body of <c>POST /_sim/generic/settle</c>: which merchant's order_ref, and the outcome "ok", "rejected" or "returned".</summary>
public sealed record GenericSettleRequest(string Merchant, string Key, string Outcome);
