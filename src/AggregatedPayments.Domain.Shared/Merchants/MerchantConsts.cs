namespace AggregatedPayments.Merchants;

public static class MerchantConsts
{
    public const int MaxCodeLength = 32;
    public const int MaxNameLength = 128;
    public const int MaxLegalNameLength = 256;
    public const int MaxContactLength = 64;
    public const int MaxPhoneLength = 32;
    public const int MaxEmailLength = 256;
    public const int MaxAddressLength = 512;
    public const int MaxLicenceNumberLength = 64;
    public const int MaxTimeZoneLength = 64;

    /// <summary>Letters, digits, '-' and '_': the code is typed at every sign-in.</summary>
    public const string CodePattern = "^[A-Za-z0-9_-]{2,32}$";
}
