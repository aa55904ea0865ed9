namespace AggregatedPayments.Payouts;

/// <summary>Keeps created orders in a list, for testing decisions without a database; transitions are not its business.</summary>
internal sealed class InMemoryPayoutOrderStore : IPayoutOrderStore
{
    public List<PayoutOrder> Orders { get; } = [];

    public Task<IReadOnlyList<ExistingPayoutLine>> FindLinesAsync(IReadOnlyCollection<string> merchantReferences, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<ExistingPayoutLine>>(Orders
            .SelectMany(o => o.Lines.Where(l => merchantReferences.Contains(l.MerchantReference))
                .Select(l => new ExistingPayoutLine(o.Id, l.MerchantReference, l.ContentHash, o.Payee.AccountNumberIndex, o.Lines.Count)))
            .ToList());

    public Task<bool> TryInsertAsync(PayoutOrder order, CancellationToken cancellationToken)
    {
        Orders.Add(order);
        return Task.FromResult(true);
    }

    public Task<PayoutOrder?> FindAsync(Guid orderId, CancellationToken cancellationToken) =>
        Task.FromResult(Orders.FirstOrDefault(o => o.Id == orderId));

    public Task<PayoutAttempt?> FindAttemptAsync(Guid merchantChannelId, string channelKey, CancellationToken cancellationToken) =>
        throw new NotSupportedException("Attempt lookups are tested against the database.");

    public Task<bool> TryApplyAsync(PayoutTransition transition, CancellationToken cancellationToken) =>
        throw new NotSupportedException("Transitions are tested against the database.");

    public Task RecordIgnoredAsync(PayoutStateChange change, CancellationToken cancellationToken) =>
        throw new NotSupportedException("Transitions are tested against the database.");
}
