namespace AggregatedPayments.ChannelSimulator.Alipay;

/// <summary>
/// How the bill files disagree with what was paid, as posted to <c>/_sim/alipay/statement-drift</c>.
/// Each movement draws one roll, cut into bands: dropped, amount changed by one fen, or (a
/// transfer's debit) listed twice; <see cref="ExtraLines"/> debits that match no transfer are added.
/// </summary>
public sealed record AlipayDriftSettings
{
    public int DropPercent { get; init; }

    public int AmountChangePercent { get; init; }

    public int ExtraLines { get; init; }

    public int DuplicateSuccessPercent { get; init; }

    public int Seed { get; init; }

    public static readonly AlipayDriftSettings None = new();

    public static string? Validate(AlipayDriftSettings settings)
    {
        int[] percents = [settings.DropPercent, settings.AmountChangePercent, settings.DuplicateSuccessPercent];
        if (percents.Any(p => p is < 0 or > 100) || percents.Sum() > 100)
        {
            return "Each percentage must be 0..100 and together at most 100.";
        }

        return settings.ExtraLines is < 0 or > 1000 ? "extraLines must be 0..1000." : null;
    }
}
