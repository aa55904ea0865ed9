namespace AggregatedPayments.Merchants;

/// <summary>A merchant system's key id and secret, as it keeps them after the platform showed them once.</summary>
public sealed record ApiKey(string KeyId, string Secret)
{
    public static ApiKey From(MerchantApiSecretDto shown) => new(shown.KeyId, shown.Secret);
}
