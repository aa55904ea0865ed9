using AggregatedPayments.Entities;
using AggregatedPayments.MultiTenancy;

namespace AggregatedPayments.Payouts;

/// <summary>
/// A provider batch (ARCHITECTURE.md, "Batches"): one merchant channel account and currency, a key from
/// the adapter's FormatKey, and the exact request stored (encrypted) before it leaves. It is frozen at
/// creation — the items are given to the constructor and nothing adds or removes one — so a resend is
/// the same batch byte for byte. If it is Unknown, every item is. Changed under its version, so two
/// runs racing on it cannot both count a NotFound (and both resend).
/// </summary>
public sealed class PayoutBatch : AggregateRoot, IMultiTenant
{
    private readonly List<PayoutBatchItem> _items = [];

    private PayoutBatch()
    {
    }

    internal PayoutBatch(Guid id, Guid tenantId, Guid merchantChannelId, string currency, string batchKey, string requestCiphertext, string contentType,
        IReadOnlyList<PayoutAttempt> attempts, DateTime utcNow)
        : base(id)
    {
        if (attempts.Count == 0 || attempts.Any(a => a.MerchantChannelId != merchantChannelId || a.Currency != currency))
        {
            throw new ArgumentException("A batch holds at least one attempt, all of its merchant channel and currency.", nameof(attempts));
        }

        TenantId = tenantId;
        MerchantChannelId = merchantChannelId;
        Currency = currency;
        BatchKey = batchKey;
        RequestCiphertext = requestCiphertext;
        ContentType = contentType;
        State = PayoutBatchState.Sending;
        FirstSentTime = utcNow;
        _items.AddRange(attempts.Select(a => new PayoutBatchItem(a)));
    }

    public Guid? TenantId { get; private set; }

    public Guid MerchantChannelId { get; private set; }

    public string Currency { get; private set; } = null!;

    /// <summary>The provider's batch key (sender_batch_id, out_batch_no); unique per merchant channel.</summary>
    public string BatchKey { get; private set; } = null!;

    /// <summary>The serialized batch request (base64), encrypted under <see cref="PayoutBatchManager.RequestPurpose"/>.</summary>
    public string RequestCiphertext { get; private set; } = null!;

    public string ContentType { get; private set; } = null!;

    public PayoutBatchState State { get; private set; }

    /// <summary>UTC; when the batch was frozen and recorded as leaving: the provider's idempotency window counts from here.</summary>
    public DateTime FirstSentTime { get; private set; }

    public DateTime? LastQueryTime { get; private set; }

    /// <summary>Batch queries that answered NotFound: the first may lead to the one resend, the second to manual review.</summary>
    public int NotFoundCount { get; private set; }

    public IReadOnlyCollection<PayoutBatchItem> Items => _items;

    /// <summary>What a send (or the resend) got back: an answer item by item, or none to trust.</summary>
    internal void RecordAnswer(bool trustworthy)
    {
        if (State != PayoutBatchState.Unresolved)
        {
            State = trustworthy ? PayoutBatchState.Answered : PayoutBatchState.Unknown;
        }
    }

    internal void RecordQueried(DateTime utcNow) => LastQueryTime = utcNow;

    internal void RecordNotFound(DateTime utcNow)
    {
        LastQueryTime = utcNow;
        NotFoundCount++;
    }

    internal void MarkUnresolved() => State = PayoutBatchState.Unresolved;
}
