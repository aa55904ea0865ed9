namespace AggregatedPayments.Payouts;

internal static class PayoutText
{
    /// <summary>
    /// Cuts provider text and reasons to their column: refusing to record an answer or a history row
    /// because a message was long would lose it altogether.
    /// </summary>
    public static string? Limit(string? value, int maxLength) => value is null || value.Length <= maxLength ? value : value[..maxLength];
}
