namespace AggregatedPayments.Merchants;

/// <summary>A credential just made: the only answer that ever carries its secret.</summary>
public sealed record MerchantApiSecretDto(string KeyId, string Secret, DateTime CreationTime)
{
    public override string ToString() => $"{nameof(MerchantApiSecretDto)} {{ KeyId = {KeyId} }}";
}
