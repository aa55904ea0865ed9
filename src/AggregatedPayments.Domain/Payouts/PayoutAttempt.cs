using AggregatedPayments.Channels;
using AggregatedPayments.Entities;
using AggregatedPayments.MultiTenancy;

namespace AggregatedPayments.Payouts;

/// <summary>
/// One submission of an order to one merchant channel, under its own provider key. The request is
/// stored (encrypted) before it leaves, and every resend sends those bytes again. Changed only through
/// its order, and persisted by guarded updates (<see cref="IPayoutOrderStore.TryApplyAsync"/>).
/// </summary>
public sealed class PayoutAttempt : Entity<Guid>, IMultiTenant, IHasCreationTime
{
    private PayoutAttempt()
    {
    }

    internal PayoutAttempt(Guid id, Guid tenantId, Guid orderId, Guid merchantChannelId, string channelKey, string requestCiphertext, string contentType, Money amount, DateTime creationTime)
        : this(id, tenantId, orderId, merchantChannelId, channelKey, requestCiphertext, contentType, amount, creationTime, PayoutAttemptPlan.Unplanned)
    {
    }

    internal PayoutAttempt(Guid id, Guid tenantId, Guid orderId, Guid merchantChannelId, string channelKey, string requestCiphertext, string contentType, Money amount, DateTime creationTime, PayoutAttemptPlan plan)
    {
        Routing = plan.Routing;
        PendingJobId = plan.PendingJobId;
        NextCheckTime = plan.NextCheckTime;
        Id = id;
        TenantId = tenantId;
        OrderId = orderId;
        MerchantChannelId = merchantChannelId;
        ChannelKey = channelKey;
        RequestCiphertext = requestCiphertext;
        ContentType = contentType;
        AmountMinor = amount.Minor;
        Currency = amount.Currency;
        State = PayoutState.Submitting;
        CreationTime = creationTime;
    }

    public Guid? TenantId { get; private set; }

    public Guid OrderId { get; private set; }

    public Guid MerchantChannelId { get; private set; }

    /// <summary>The provider's idempotency key, from the adapter's FormatKey; unique per merchant channel.</summary>
    public string ChannelKey { get; private set; } = null!;

    /// <summary>The serialized request body (base64), encrypted under <see cref="PayoutTransitionManager.RequestPurpose"/>.</summary>
    public string RequestCiphertext { get; private set; } = null!;

    public string ContentType { get; private set; } = null!;

    public long AmountMinor { get; private set; }

    public string Currency { get; private set; } = null!;

    public Money Amount => new(AmountMinor, Currency);

    public PayoutState State { get; private set; }

    public string? ProviderReference { get; private set; }

    /// <summary>UTC; when the request first left. Null means it never did, so cancelling is still safe.</summary>
    public DateTime? FirstSentTime { get; private set; }

    public DateTime? LastQueryTime { get; private set; }

    /// <summary>In the attempt's currency and minor units, as the provider reported it (no rounding of ours).</summary>
    public long? FeeMinor { get; private set; }

    public Money? Fee => FeeMinor is { } fee ? new Money(fee, Currency) : null;

    public string? ProviderErrorCode { get; private set; }

    public string? ProviderErrorSubCode { get; private set; }

    public DateTime CreationTime { get; private set; }

    public PayoutRouting Routing { get; private set; }

    /// <summary>
    /// UTC; when the engine next looks at this open attempt (its send, or the next query of the schedule).
    /// Null once nothing more is planned. The janitor's sweep revives an attempt overdue here whose
    /// <see cref="PendingJobId"/> no longer names a live job.
    /// </summary>
    public DateTime? NextCheckTime { get; private set; }

    /// <summary>The job (send or scheduled query) that will act at <see cref="NextCheckTime"/>.</summary>
    public Guid? PendingJobId { get; private set; }

    /// <summary>Scheduled queries made so far: the index of the next slot of the channel's schedule.</summary>
    public int QueryCount { get; private set; }

    /// <summary>Queries that answered NotFound: the first may lead to a resend within the window, the second to manual review.</summary>
    public int NotFoundCount { get; private set; }

    internal void MoveTo(PayoutState state, PayoutAnswer answer)
    {
        State = state;
        ProviderReference ??= PayoutText.Limit(answer.ProviderReference, PayoutConsts.MaxProviderReferenceLength);
        if (state == PayoutState.Succeeded && answer.Fee is { } fee)
        {
            FeeMinor = fee.EnsureCurrency(Currency).Minor;
        }

        if (answer.Error is { } error)
        {
            ProviderErrorCode = PayoutText.Limit(error.Code, PayoutConsts.MaxProviderErrorCodeLength);
            ProviderErrorSubCode = PayoutText.Limit(error.SubCode, PayoutConsts.MaxProviderErrorSubCodeLength);
        }
    }

    internal void Cancel() => State = PayoutState.Cancelled;

    internal void RecordSent(DateTime utcNow) => FirstSentTime ??= utcNow;

    internal void RecordQueried(DateTime utcNow) => LastQueryTime = utcNow;

    internal void Plan(DateTime? nextCheckTime, Guid? pendingJobId, int queryCount)
    {
        NextCheckTime = nextCheckTime;
        PendingJobId = pendingJobId;
        QueryCount = queryCount;
    }

    internal void RecordNotFound(DateTime utcNow)
    {
        LastQueryTime = utcNow;
        NotFoundCount++;
    }
}
