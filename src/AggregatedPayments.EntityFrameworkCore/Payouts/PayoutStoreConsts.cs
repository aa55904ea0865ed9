namespace AggregatedPayments.Payouts;

internal static class PayoutStoreConsts
{
    /// <summary>Enums are stored by name, for operators reading the tables; the longest name fits with room.</summary>
    public const int EnumLength = 24;
}
