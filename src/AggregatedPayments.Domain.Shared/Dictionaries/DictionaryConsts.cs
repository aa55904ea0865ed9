namespace AggregatedPayments.Dictionaries;

public static class DictionaryConsts
{
    public const int MaxCodeLength = 64;
    public const int MaxItemCodeLength = 64;
    public const int MaxNameLength = 128;
    public const int MaxDescriptionLength = 512;

    /// <summary>The extra data is a small JSON object, not a document store.</summary>
    public const int MaxExtraLength = 2048;

    /// <summary>A dictionary code starts with a letter: it appears in URLs and in code constants.</summary>
    public const string CodePattern = "^[A-Za-z][A-Za-z0-9_.-]{1,63}$";

    /// <summary>Item codes may start with a digit (bank numbers, numeric channel codes).</summary>
    public const string ItemCodePattern = "^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$";

    /// <summary>ISO 4217 alphabetic codes are three capital letters.</summary>
    public const string CurrencyCodePattern = "^[A-Z]{3}$";

    /// <summary>ISO 4217 uses at most four decimals (CLF, UYW).</summary>
    public const int MaxMinorUnits = 4;
}
