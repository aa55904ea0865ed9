using System.Globalization;
using System.Runtime.CompilerServices;

namespace AggregatedPayments.Channels.Sandbox;

/// <summary>
/// The in-process sandbox provider (the embedded default's channel and the benchmark's). It
/// behaves like a real provider where the platform's safety depends on it — keys are honoured,
/// a resend with other bytes is a key clash, balances cannot go negative, statements and signed
/// callbacks exist — and its outcomes follow <see cref="SandboxRules"/>, deterministically. No
/// HTTP: the context's HttpClient and addresses are unused. A singleton can serve every merchant,
/// whose state is kept apart by the <c>accountId</c> parameter.
/// </summary>
public sealed class SandboxChannelAdapter(SandboxLedgers ledgers)
    : IPayoutChannelAdapter, IChannelBatchPayout, IChannelBalance, IChannelWithdrawal, IChannelStatement, IChannelNotification
{
    public const string ProviderName = "Sandbox";

    /// <summary>Items per batch: within what WeChat (1,000) and PayPal (15,000) take, and enough to exercise batching.</summary>
    public const int MaxBatchItems = 500;

    private static readonly ChannelCapabilities SandboxCapabilities = new(
        ChannelFunctions.Payout | ChannelFunctions.BatchPayout | ChannelFunctions.Query | ChannelFunctions.Balance | ChannelFunctions.Withdraw
            | ChannelFunctions.Statement | ChannelFunctions.Notification,
        IdempotencyWindow: TimeSpan.FromHours(24),
        QueryRetention: TimeSpan.FromDays(30),
        MaxBatchItems,
        SandboxCurrencies.Codes);

    public SandboxChannelAdapter()
        : this(new SandboxLedgers())
    {
    }

    /// <summary>The accounts behind this adapter, for tests and the demo to fund and inspect.</summary>
    public SandboxLedgers Ledgers { get; } = ledgers ?? throw new ArgumentNullException(nameof(ledgers));

    public string Provider => ProviderName;

    /// <remarks>
    /// The sandbox remembers every key for as long as the process lives; it declares a provider-like
    /// 24 hours so that the platform's resend-within-the-window rule is exercised as with a real one.
    /// </remarks>
    public ChannelCapabilities Capabilities => SandboxCapabilities;

    public IReadOnlyList<ChannelParameterDefinition> Parameters => SandboxParameterDefinitions.All;

    /// <summary>32 lowercase hex digits: within every provider's key alphabet and length.</summary>
    public string FormatKey(Guid attemptId) => attemptId.ToString("N");

    public StoredRequest PrepareSubmit(PayoutInstruction instruction, ChannelContext context) =>
        SandboxRequestFormat.Prepare(instruction, withdrawal: false);

    public StoredRequest PrepareWithdrawal(PayoutInstruction instruction, ChannelContext context) =>
        SandboxRequestFormat.Prepare(instruction, withdrawal: true);

    public Task<SubmitResult> SubmitAsync(StoredRequest request, ChannelContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(context);
        cancellationToken.ThrowIfCancellationRequested();

        var rules = SandboxRules.From(context.Parameters);
        var ledger = LedgerFor(context);
        var body = SandboxRequestFormat.TryParse(request.Body);
        if (body is null)
        {
            return Task.FromResult<SubmitResult>(new SubmitResult.Refused(
                new ProviderError(SandboxErrorCodes.InvalidRequest, null, "The body is not a sandbox request.")));
        }

        // The platform stores the key beside the body; if they disagree, the stored request is corrupt and must not be sent.
        if (!string.Equals(body.Key, request.Key, StringComparison.Ordinal))
        {
            throw new ArgumentException("The stored key and the key inside the stored body differ.", nameof(request));
        }

        return Task.FromResult(ledger.Submit(body, request.Body, rules, UtcNow(context)));
    }

    public StoredRequest PrepareBatch(string batchKey, IReadOnlyList<PayoutInstruction> items, ChannelContext context) =>
        SandboxRequestFormat.PrepareBatch(batchKey, items, MaxBatchItems);

    public Task<BatchSubmitResult> SubmitBatchAsync(StoredRequest request, ChannelContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(context);
        cancellationToken.ThrowIfCancellationRequested();

        var rules = SandboxRules.From(context.Parameters);
        var ledger = LedgerFor(context);
        var batch = SandboxRequestFormat.TryParseBatch(request.Body);
        if (batch is null || batch.Items.Count > MaxBatchItems)
        {
            // Nothing in it can be named, so nothing can be refused item by item; the platform never sends such bytes.
            return Task.FromResult<BatchSubmitResult>(new BatchSubmitResult.Unknown("The body is not a sandbox batch.",
                new ProviderError(SandboxErrorCodes.InvalidRequest, null, "The body is not a sandbox batch.")));
        }

        if (!string.Equals(batch.BatchKey, request.Key, StringComparison.Ordinal))
        {
            throw new ArgumentException("The stored key and the batch key inside the stored body differ.", nameof(request));
        }

        return Task.FromResult(ledger.SubmitBatch(batch, request.Body, rules, UtcNow(context)));
    }

    public Task<BatchQueryResult> QueryBatchAsync(string batchKey, ChannelContext context, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(batchKey);
        ArgumentNullException.ThrowIfNull(context);
        cancellationToken.ThrowIfCancellationRequested();

        BatchQueryResult result = LedgerFor(context).FindBatch(batchKey, UtcNow(context)) is { } items
            ? new BatchQueryResult.Found(items)
            : new BatchQueryResult.NotFound();
        return Task.FromResult(result);
    }

    public Task<QueryResult> QueryAsync(string key, ChannelAmount requestedAmount, ChannelContext context, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(key);
        ArgumentNullException.ThrowIfNull(requestedAmount);
        ArgumentNullException.ThrowIfNull(context);
        cancellationToken.ThrowIfCancellationRequested();

        QueryResult result = LedgerFor(context).Find(key, UtcNow(context)) switch
        {
            null => new QueryResult.NotFound(),

            // A payout under our key for another amount is not ours to settle: leave it to a person.
            { } payout when payout.Amount != requestedAmount => new QueryResult.Unknown(
                $"The sandbox holds {payout.Amount.Minor} {payout.Amount.Currency} under the key; {requestedAmount.Minor} {requestedAmount.Currency} was requested."),
            { } payout => new QueryResult.Found(payout.State, payout.Reference, payout.Amount, null, payout.Failure, payout.CompletedAtUtc)
        };
        return Task.FromResult(result);
    }

    public Task<BalanceResult> QueryBalanceAsync(string currency, ChannelContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        cancellationToken.ThrowIfCancellationRequested();
        return Task.FromResult(LedgerFor(context).Balance(currency, UtcNow(context)));
    }

    /// <summary>Only what succeeded that day moves money, so only that is listed; the sandbox charges no fee.</summary>
    public async IAsyncEnumerable<StatementLine> DownloadStatementAsync(
        DateOnly day, ChannelContext context, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var (startUtc, endUtc) = SandboxChinaTime.DayBoundsUtc(day);
        foreach (var payout in LedgerFor(context).Succeeded(startUtc, endUtc, UtcNow(context)))
        {
            cancellationToken.ThrowIfCancellationRequested();
            yield return new StatementLine(payout.Key, payout.Reference, payout.Amount, payout.State, payout.CompletedAtUtc, null);
        }

        await Task.CompletedTask;
    }

    public NotificationResult VerifyAndParse(NotificationRequest request, ChannelContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return SandboxNotifications.Verify(request, context.Parameters.Get(SandboxParameterNames.NotifySecret), context.Clock.GetUtcNow());
    }

    /// <summary>The callback the sandbox would send now about a payout, signed with the merchant's secret; null for an unknown key.</summary>
    public NotificationRequest? CreateNotification(string key, ChannelContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var secret = context.Parameters.Get(SandboxParameterNames.NotifySecret);
        return LedgerFor(context).Find(key, UtcNow(context)) is { } payout
            ? SandboxNotifications.Create(payout, secret, context.Clock.GetUtcNow())
            : null;
    }

    private SandboxLedger LedgerFor(ChannelContext context) =>
        Ledgers.Open(context.Parameters.Get(SandboxParameterNames.AccountId), OpeningBalance(context.Parameters));

    private static long OpeningBalance(ChannelParameters parameters) =>
        parameters.GetOrNull(SandboxParameterNames.InitialBalance) switch
        {
            null => 0,
            { } text when long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var minor) => minor,
            _ => throw new ChannelConfigurationException($"'{SandboxParameterNames.InitialBalance}' is a whole, non-negative number of minor units.")
        };

    private static DateTime UtcNow(ChannelContext context) => context.Clock.GetUtcNow().UtcDateTime;
}
