namespace AggregatedPayments.Channels;

public enum PayeeAccountType
{
    BankCard,

    /// <summary>A login id at the provider (an Alipay account's phone or e-mail).</summary>
    ProviderLogin,

    /// <summary>A provider's own user id (Alipay 2088…, a WeChat openid).</summary>
    ProviderUserId
}
