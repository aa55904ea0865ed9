using AggregatedPayments.Channels;
using AggregatedPayments.Entities;
using AggregatedPayments.MultiTenancy;

namespace AggregatedPayments.ChannelCallbacks;

/// <summary>
/// One callback a provider sent to a merchant channel's address, kept in that merchant's tenant. It is
/// a hint, never a fact: it leads to a query of the attempt found by this merchant channel and the key,
/// and only the query's answer moves money. An unverified one is kept too, because its key is still a
/// reason to ask the provider.
/// </summary>
public sealed class ChannelCallback : AggregateRoot, IMultiTenant
{
    private ChannelCallback()
    {
    }

    internal ChannelCallback(Guid id, Guid? tenantId, Guid merchantChannelId, string fingerprint, NotificationResult result, DateTime receivedAt)
        : base(id)
    {
        TenantId = tenantId;
        MerchantChannelId = merchantChannelId;
        Fingerprint = fingerprint;
        IsVerified = result.IsVerified;
        Key = Clip(result.Event?.Key ?? result.UnverifiedKey, ChannelCallbackConsts.MaxKeyLength);
        ProviderReference = Clip(result.Event?.ProviderReference, ChannelCallbackConsts.MaxProviderReferenceLength);
        ClaimedState = result.Event?.State;
        ClaimedAmountMinor = result.Event?.Amount?.Minor;
        ClaimedCurrency = result.Event?.Amount?.Currency;
        FailureCode = Clip(result.Event?.Failure is { } failure ? failure.SubCode ?? failure.Code : null, ChannelCallbackConsts.MaxFailureCodeLength);
        FirstReceivedAt = receivedAt;
        LastReceivedAt = receivedAt;
        TimesReceived = 1;
    }

    public Guid? TenantId { get; private set; }

    /// <summary>The merchant channel named by the address the callback came to: the only scope its key is looked up in.</summary>
    public Guid MerchantChannelId { get; private set; }

    /// <summary>SHA-256 of the raw body: a provider's retry of the same callback is recognised, not recorded twice.</summary>
    public string Fingerprint { get; private set; } = string.Empty;

    public bool IsVerified { get; private set; }

    /// <summary>Our key as the callback states it; for an unverified callback only a clue.</summary>
    public string? Key { get; private set; }

    public string? ProviderReference { get; private set; }

    public ChannelPayoutState? ClaimedState { get; private set; }

    public long? ClaimedAmountMinor { get; private set; }

    public string? ClaimedCurrency { get; private set; }

    public string? FailureCode { get; private set; }

    public DateTime FirstReceivedAt { get; private set; }

    public DateTime LastReceivedAt { get; private set; }

    public int TimesReceived { get; private set; }

    internal void ReceivedAgain(DateTime receivedAt)
    {
        TimesReceived++;
        LastReceivedAt = receivedAt;
    }

    private static string? Clip(string? value, int length) =>
        value is null || value.Length <= length ? value : value[..length];
}
