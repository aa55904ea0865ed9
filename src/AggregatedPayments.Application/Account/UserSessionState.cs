namespace AggregatedPayments.Account;

/// <summary>What decides whether a user's token still counts, cached briefly per user.</summary>
internal sealed record UserSessionState(string? SecurityStamp, bool IsActive);
