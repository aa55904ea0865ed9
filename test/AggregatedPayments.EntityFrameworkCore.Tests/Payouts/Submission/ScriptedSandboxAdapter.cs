using System.Collections.Concurrent;
using AggregatedPayments.Channels;
using AggregatedPayments.Channels.Sandbox;

namespace AggregatedPayments.Payouts;

/// <summary>
/// The in-process sandbox behind a scripted network: each send takes the next fault from
/// <see cref="Faults"/> (none left: a clean send), a batch send as much as a single one. The sandbox's own
/// ledger stays the truth of what was paid.
/// </summary>
internal sealed class ScriptedSandboxAdapter(SandboxChannelAdapter sandbox) : IPayoutChannelAdapter, IChannelBatchPayout, IChannelBalance, IChannelNotification
{
    private int _sends;
    private int _batchSends;

    public SandboxChannelAdapter Sandbox { get; } = sandbox;

    public ConcurrentQueue<SubmitFault> Faults { get; } = new();

    /// <summary>Sends and resends that left the platform, whatever became of them.</summary>
    public int Sends => Volatile.Read(ref _sends);

    /// <summary>Batch sends and resends that left the platform, whatever became of them.</summary>
    public int BatchSends => Volatile.Read(ref _batchSends);

    public string Provider => Sandbox.Provider;

    public ChannelCapabilities Capabilities => Sandbox.Capabilities;

    public IReadOnlyList<ChannelParameterDefinition> Parameters => Sandbox.Parameters;

    public string FormatKey(Guid attemptId) => Sandbox.FormatKey(attemptId);

    public StoredRequest PrepareSubmit(PayoutInstruction instruction, ChannelContext context) => Sandbox.PrepareSubmit(instruction, context);

    public async Task<SubmitResult> SubmitAsync(StoredRequest request, ChannelContext context, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _sends);
        if (!Faults.TryDequeue(out var fault))
        {
            return await Sandbox.SubmitAsync(request, context, cancellationToken);
        }

        if (fault == SubmitFault.LoseRequest)
        {
            return new SubmitResult.Unknown("Timed out before any answer.");
        }

        await Sandbox.SubmitAsync(request, context, cancellationToken);
        return fault == SubmitFault.LoseAnswer
            ? new SubmitResult.Unknown("The connection dropped before the answer.")
            : new SubmitResult.Refused(new ProviderError("SYSTEM_BUSY_NOT_IN_DICTIONARY", null, "Try later."));
    }

    public StoredRequest PrepareBatch(string batchKey, IReadOnlyList<PayoutInstruction> items, ChannelContext context) =>
        Sandbox.PrepareBatch(batchKey, items, context);

    public async Task<BatchSubmitResult> SubmitBatchAsync(StoredRequest request, ChannelContext context, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _batchSends);
        if (!Faults.TryDequeue(out var fault))
        {
            return await Sandbox.SubmitBatchAsync(request, context, cancellationToken);
        }

        switch (fault)
        {
            case SubmitFault.LoseRequest:
                return new BatchSubmitResult.Unknown("Timed out before any answer.");
            case SubmitFault.ClashBatchKey:
                // Someone else's batch took the key first: the same items and amounts, other bytes.
                await Sandbox.SubmitBatchAsync(OtherBytesUnderTheSameKey(request, context), context, cancellationToken);
                return await Sandbox.SubmitBatchAsync(request, context, cancellationToken);
            default:
                await Sandbox.SubmitBatchAsync(request, context, cancellationToken);
                return new BatchSubmitResult.Unknown("The connection dropped before the answer.");
        }
    }

    public Task<BatchQueryResult> QueryBatchAsync(string batchKey, ChannelContext context, CancellationToken cancellationToken) =>
        Sandbox.QueryBatchAsync(batchKey, context, cancellationToken);

    public Task<QueryResult> QueryAsync(string key, ChannelAmount requestedAmount, ChannelContext context, CancellationToken cancellationToken) =>
        Sandbox.QueryAsync(key, requestedAmount, context, cancellationToken);

    public Task<BalanceResult> QueryBalanceAsync(string currency, ChannelContext context, CancellationToken cancellationToken) =>
        Sandbox.QueryBalanceAsync(currency, context, cancellationToken);

    public NotificationResult VerifyAndParse(NotificationRequest request, ChannelContext context) => Sandbox.VerifyAndParse(request, context);

    private StoredRequest OtherBytesUnderTheSameKey(StoredRequest request, ChannelContext context)
    {
        var batch = SandboxRequestFormat.TryParseBatch(request.Body) ?? throw new InvalidOperationException("Not a sandbox batch.");
        var items = batch.Items.Select(i => new PayoutInstruction(i.Key, i.Amount, new Payee(i.AccountNumber, i.AccountName, i.AccountType, i.BankCode), i.Title + " (other)")).ToList();
        return Sandbox.PrepareBatch(request.Key, items, context);
    }
}
