namespace AggregatedPayments.Benchmarks;

/// <summary>The merchant a run pays from: its admin signed in, and its open, funded sandbox merchant channel.</summary>
public sealed record BenchmarkMerchant(HttpClient Admin, Guid MerchantChannelId);
