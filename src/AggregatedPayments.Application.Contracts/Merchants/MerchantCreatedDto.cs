namespace AggregatedPayments.Merchants;

/// <summary>The new merchant and its first API credential, whose secret this answer shows the only time.</summary>
public sealed record MerchantCreatedDto(MerchantDto Merchant, MerchantApiSecretDto ApiCredential);
