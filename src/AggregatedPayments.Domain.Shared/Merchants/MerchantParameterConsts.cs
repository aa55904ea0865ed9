namespace AggregatedPayments.Merchants;

public static class MerchantParameterConsts
{
    public const int MaxNotifyUrlLength = 512;

    public const int MaxAllowedIpRanges = 20;

    /// <summary>"2001:db8:85a3:0000:0000:8a2e:0370:7334/128" and a little room.</summary>
    public const int MaxIpRangeLength = 64;

    /// <summary>Keeps the stored policy well inside its JSON column.</summary>
    public const int MaxCurrencies = 30;
}
