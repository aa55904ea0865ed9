namespace AggregatedPayments.Hosting;

/// <summary>A merchant a test created for itself, with its admin signed in.</summary>
public sealed record TestMerchant(Guid Id, string Code, string AdminPassword, HttpClient Admin);
