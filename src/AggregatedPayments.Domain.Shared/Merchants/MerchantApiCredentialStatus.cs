namespace AggregatedPayments.Merchants;

public enum MerchantApiCredentialStatus
{
    /// <summary>Current: no expiry set.</summary>
    Active = 0,

    /// <summary>Replaced by a rotation, still accepted until its expiry.</summary>
    Expiring = 1,

    Expired = 2,

    Revoked = 3
}
