namespace AggregatedPayments.Dictionaries;

/// <summary>Names in a dictionary item's extra JSON object that the platform itself reads.</summary>
public static class DictionaryExtraKeys
{
    /// <summary>Currencies: the ISO 4217 numeric code, a three-digit string ("156").</summary>
    public const string NumericCode = "numericCode";

    /// <summary>Currencies: the ISO 4217 minor unit, the number of decimals of the minor unit (CNY 2, JPY 0, KWD 3).</summary>
    public const string MinorUnits = "minorUnits";

    /// <summary>Currencies: true for ISO 4217 fund codes (BOV, CLF, …), which are not paid out.</summary>
    public const string IsFund = "fund";

    /// <summary>Banks: the head office's SWIFT BIC (8 characters).</summary>
    public const string Swift = "swift";

    /// <summary>Banks: the three-digit CNAPS bank category code (行别代码) where the bank has its own.</summary>
    public const string Cnaps = "cnaps";

    /// <summary>Banks: the code Alipay's transfer and card APIs use for the bank (COMM, SPABANK, …).</summary>
    public const string AlipayCode = "alipay";

    /// <summary>Banks: the numeric bank code of WeChat Pay's pay-to-bank-card API (ICBC 1002, …).</summary>
    public const string WeChatPayCode = "wechatPay";

    /// <summary>ID types: who holds the document, "person" or "organization".</summary>
    public const string Holder = "holder";

    /// <summary>ID types: a regular expression the document number must match, where the format is fixed by a standard.</summary>
    public const string Pattern = "pattern";
}
