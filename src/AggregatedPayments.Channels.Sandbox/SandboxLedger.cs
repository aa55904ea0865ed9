using System.Security.Cryptography;
using System.Text;

namespace AggregatedPayments.Channels.Sandbox;

/// <summary>
/// One merchant's sandbox account: balances per currency, payouts by key, and an append-only log
/// of every payout actually made. One lock guards it all, so a key is checked and paid in one step
/// and concurrent resends of one key pay once. Processing ends lazily: every call first completes
/// the payouts whose time (by the caller's clock) has come.
/// </summary>
public sealed class SandboxLedger
{
    private readonly Lock _lock = new();
    private readonly Dictionary<string, SandboxBalance> _balances = new(StringComparer.Ordinal);
    private readonly Dictionary<string, SandboxPayout> _payouts = new(StringComparer.Ordinal);
    private readonly List<string> _processing = [];
    private readonly List<SandboxPayout> _paymentLog = [];
    private readonly Dictionary<string, SandboxBatch> _batches = new(StringComparer.Ordinal);

    public SandboxLedger(string accountId)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(accountId);
        AccountId = accountId;
    }

    public string AccountId { get; }

    /// <summary>Every payout the sandbox made, in order, as it was at acceptance: a key appears here once per payment.</summary>
    public IReadOnlyList<SandboxPayout> PaymentLog
    {
        get
        {
            lock (_lock)
            {
                return [.. _paymentLog];
            }
        }
    }

    /// <summary>Credits the account, as the merchant funding its provider account would (tests, demo, opening balance).</summary>
    public void TopUp(ChannelAmount amount)
    {
        ArgumentNullException.ThrowIfNull(amount);
        if (amount.Minor <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(amount), "A top-up is positive.");
        }

        lock (_lock)
        {
            var balance = BalanceOf(amount.Currency)
                ?? throw new ArgumentException($"The sandbox does not hold {amount.Currency}.", nameof(amount));
            if (balance.Exponent != amount.Exponent)
            {
                throw new ArgumentException($"{amount.Currency} has exponent {balance.Exponent}, not {amount.Exponent}.", nameof(amount));
            }

            balance.Available = checked(balance.Available + amount.Minor);
        }
    }

    public BalanceResult Balance(string currency, DateTime nowUtc)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(currency);
        lock (_lock)
        {
            Settle(nowUtc);
            return BalanceOf(currency) is { } balance
                ? new BalanceResult.Known(
                    new ChannelAmount(balance.Available, currency, balance.Exponent),
                    new ChannelAmount(balance.Frozen, currency, balance.Exponent))
                : new BalanceResult.Unknown($"The sandbox does not hold {currency}.");
        }
    }

    /// <summary>Takes a request as a provider would: an existing key is answered from what it did the first time, never paid again.</summary>
    public SubmitResult Submit(SandboxRequest request, byte[] body, SandboxRules rules, DateTime nowUtc)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(body);
        ArgumentNullException.ThrowIfNull(rules);

        lock (_lock)
        {
            Settle(nowUtc);
            return SubmitLocked(request, body, rules, nowUtc);
        }
    }

    /// <summary>
    /// Takes a batch as a provider would, in one step: an existing batch key is answered from what the batch
    /// did the first time (items as they stand now), or is a key clash when the bytes differ; a new batch
    /// submits each item under its own key by the same rules as a single payout.
    /// </summary>
    public BatchSubmitResult SubmitBatch(SandboxBatchRequest batch, byte[] body, SandboxRules rules, DateTime nowUtc)
    {
        ArgumentNullException.ThrowIfNull(batch);
        ArgumentNullException.ThrowIfNull(body);
        ArgumentNullException.ThrowIfNull(rules);

        lock (_lock)
        {
            Settle(nowUtc);
            if (_batches.TryGetValue(batch.BatchKey, out var existing))
            {
                return existing.Body.AsSpan().SequenceEqual(body)
                    ? new BatchSubmitResult.Accepted(AnswerOf(existing))
                    : new BatchSubmitResult.Unknown(
                        "The batch key was used before with other parameters.",
                        new ProviderError(SandboxErrorCodes.KeyReusedWithDifferentParameters, null, "The batch key was used before with other parameters."));
            }

            var answers = batch.Items.Select(item => new BatchItemResult(item.Key, SubmitLocked(item, SandboxRequestFormat.ItemBody(item), rules, nowUtc))).ToList();
            var stored = new SandboxBatch(batch.BatchKey, [.. body], batch, answers, nowUtc);
            _batches.Add(stored.Key, stored);
            return new BatchSubmitResult.Accepted(AnswerOf(stored));
        }
    }

    /// <summary>The batch under <paramref name="batchKey"/> with each item's first answer; null when it never arrived.</summary>
    public IReadOnlyList<BatchItemQueryResult>? FindBatch(string batchKey, DateTime nowUtc)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(batchKey);
        lock (_lock)
        {
            Settle(nowUtc);
            if (!_batches.TryGetValue(batchKey, out var batch))
            {
                return null;
            }

            // An item whose key clashed with another payout is not this batch's: its own query finds the other one.
            var items = new List<BatchItemQueryResult>();
            foreach (var (item, answer) in batch.Request.Items.Zip(batch.FirstAnswers))
            {
                switch (answer.Result)
                {
                    case SubmitResult.Accepted:
                        var payout = _payouts[item.Key];
                        items.Add(new BatchItemQueryResult(item.Key, new QueryResult.Found(payout.State, payout.Reference, payout.Amount, null, payout.Failure, payout.CompletedAtUtc)));
                        break;
                    case SubmitResult.Refused refused:
                        items.Add(new BatchItemQueryResult(item.Key, new QueryResult.Found(ChannelPayoutState.Failed, null, item.Amount, null, refused.Error, batch.ReceivedAtUtc)));
                        break;
                }
            }

            return items;
        }
    }

    public SandboxPayout? Find(string key, DateTime nowUtc)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(key);
        lock (_lock)
        {
            Settle(nowUtc);
            return _payouts.GetValueOrDefault(key);
        }
    }

    /// <summary>Payouts that succeeded within [startUtc, endUtc), in booking order: the movements a statement lists.</summary>
    public IReadOnlyList<SandboxPayout> Succeeded(DateTime startUtc, DateTime endUtc, DateTime nowUtc)
    {
        lock (_lock)
        {
            Settle(nowUtc);
            return
            [
                .. _payouts.Values
                    .Where(p => p.State == ChannelPayoutState.Succeeded && p.CompletedAtUtc >= startUtc && p.CompletedAtUtc < endUtc)
                    .OrderBy(p => p.CompletedAtUtc)
                    .ThenBy(p => p.Key, StringComparer.Ordinal)
            ];
        }
    }

    private SubmitResult SubmitLocked(SandboxRequest request, byte[] body, SandboxRules rules, DateTime nowUtc)
    {
        if (_payouts.TryGetValue(request.Key, out var existing))
        {
            return existing.RequestBody.AsSpan().SequenceEqual(body)
                ? new SubmitResult.Accepted(existing.Reference, existing.State, existing.Failure)
                : new SubmitResult.Unknown(
                    "The key was used before with other parameters.",
                    new ProviderError(SandboxErrorCodes.KeyReusedWithDifferentParameters, null, "The key was used before with other parameters."));
        }

        if (RefusalFor(request, rules) is { } refusal)
        {
            return new SubmitResult.Refused(refusal);
        }

        var balance = BalanceOf(request.Currency)!;
        balance.Available -= request.AmountMinor;
        balance.Frozen += request.AmountMinor;

        var payout = new SandboxPayout(
            request.Key, [.. body], request, ReferenceFor(request.Key), nowUtc, nowUtc + rules.ProcessingDelay,
            rules.FailureFor(request), ChannelPayoutState.Processing, null);
        _payouts.Add(payout.Key, payout);
        _processing.Add(payout.Key);
        _paymentLog.Add(payout);

        // A zero delay completes here, so the answer already carries the final state.
        Settle(nowUtc);
        var settled = _payouts[payout.Key];
        return new SubmitResult.Accepted(settled.Reference, settled.State, settled.Failure);
    }

    // Accepted items as they stand now (a resent batch reports progress, as a provider's would); refusals and clashes as first answered.
    private List<BatchItemResult> AnswerOf(SandboxBatch batch) =>
    [
        .. batch.FirstAnswers.Select(answer => answer.Result is SubmitResult.Accepted
            ? answer with { Result = new SubmitResult.Accepted(_payouts[answer.Key].Reference, _payouts[answer.Key].State, _payouts[answer.Key].Failure) }
            : answer)
    ];

    private ProviderError? RefusalFor(SandboxRequest request, SandboxRules rules)
    {
        if (BalanceOf(request.Currency) is not { } balance)
        {
            return new ProviderError(SandboxErrorCodes.CurrencyNotSupported, null, $"The sandbox does not pay in {request.Currency}.");
        }

        if (request.AmountMinor <= 0 || request.Exponent != balance.Exponent)
        {
            return new ProviderError(SandboxErrorCodes.InvalidAmount, null, "The amount is zero or its exponent is not the currency's.");
        }

        if (rules.RefusalFor(request) is { } refusal)
        {
            return refusal;
        }

        return balance.Available < request.AmountMinor
            ? new ProviderError(SandboxErrorCodes.InsufficientBalance, null, "The available balance is lower than the amount.")
            : null;
    }

    /// <summary>The account's balance in a sandbox currency, opened at zero on first use; null for any other currency.</summary>
    private SandboxBalance? BalanceOf(string currency)
    {
        if (_balances.TryGetValue(currency, out var balance))
        {
            return balance;
        }

        if (!SandboxCurrencies.TryGetExponent(currency, out var exponent))
        {
            return null;
        }

        balance = new SandboxBalance(exponent);
        _balances.Add(currency, balance);
        return balance;
    }

    /// <summary>Ends the processing of every payout due by <paramref name="nowUtc"/>: the hold is paid out, or returned on failure.</summary>
    private void Settle(DateTime nowUtc)
    {
        for (var i = _processing.Count - 1; i >= 0; i--)
        {
            var payout = _payouts[_processing[i]];
            if (payout.CompletesAtUtc > nowUtc)
            {
                continue;
            }

            var completed = payout.Complete();
            var balance = _balances[payout.Request.Currency];
            balance.Frozen -= payout.Request.AmountMinor;
            if (completed.State == ChannelPayoutState.Failed)
            {
                balance.Available += payout.Request.AmountMinor;
            }

            _payouts[payout.Key] = completed;
            _processing.RemoveAt(i);
        }
    }

    /// <summary>The provider's own id for a payout: derived from account and key, so reruns give the same references.</summary>
    private string ReferenceFor(string key) =>
        "SBX" + Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes($"{AccountId}:{key}")), 0, 10);
}
