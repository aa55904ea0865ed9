namespace AggregatedPayments.Channels.Alipay;

/// <summary>
/// The merchant's transfer number (<c>out_biz_no</c>): at most 64 characters; we use letters and
/// digits only, which every Alipay product accepts.
/// </summary>
public static class AlipayOutBizNo
{
    public const int MaxLength = 64;

    /// <summary>The attempt id as 32 lower-case hex digits: deterministic, unique, and valid everywhere.</summary>
    public static string Format(Guid attemptId)
    {
        if (attemptId == Guid.Empty)
        {
            throw new ArgumentException("An attempt id is never empty.", nameof(attemptId));
        }

        return attemptId.ToString("N");
    }

    public static bool IsValid(string? key) =>
        key is { Length: > 0 and <= MaxLength } && key.All(char.IsAsciiLetterOrDigit);
}
