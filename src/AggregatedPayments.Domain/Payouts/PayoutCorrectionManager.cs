using AggregatedPayments.Channels;
using AggregatedPayments.Exceptions;

namespace AggregatedPayments.Payouts;

/// <summary>
/// Builds a correction from what a clerk changed: the payee (fields left out keep their value, the
/// account number included) and line amounts; every line's content hash follows what it now pays, and
/// any approval of the order is voided (ARCHITECTURE.md, "Corrections").
/// </summary>
public sealed class PayoutCorrectionManager(PayeeAccountFactory payees, PayoutApprovalManager approvals, TimeProvider clock)
{
    public async Task CorrectAsync(PayoutOrder order, PayeeCorrection? payee, IReadOnlyDictionary<int, long> lineAmounts, string reason, string actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(order);
        ArgumentNullException.ThrowIfNull(lineAmounts);
        if (order.Kind == PayoutKind.Withdrawal && payee is not null)
        {
            throw new BusinessException(Withdrawals.WithdrawalsErrorCodes.PayeeNotCorrectable).WithData("orderId", order.Id);
        }

        var current = order.Payee;
        var details = PayeeAccountFactory.Normalize(new PayeeDetails(
            payee?.AccountNumber ?? await payees.DecryptAccountNumberAsync(current, cancellationToken),
            payee?.AccountName ?? current.AccountName,
            payee?.AccountType ?? current.AccountType,
            Keep(payee?.BankCode, current.BankCode),
            Keep(payee?.BankName, current.BankName),
            Keep(payee?.BranchName, current.BranchName)));

        var lines = new Dictionary<PayoutLine, (Money, string)>();
        foreach (var (lineNumber, minor) in lineAmounts)
        {
            _ = order.Lines.FirstOrDefault(l => l.LineNumber == lineNumber)
                ?? throw new BusinessException(PayoutsErrorCodes.UnknownLine).WithData("lineNumber", lineNumber);
            if (minor <= 0)
            {
                throw new BusinessException(PayoutsErrorCodes.InvalidAmount).WithData("amount", minor);
            }
        }

        var samePayee = payees.IsSameAccountNumber(current.AccountNumberIndex, details)
                        && details.AccountName == current.AccountName && details.AccountType == current.AccountType
                        && details.BankCode == current.BankCode && details.BankName == current.BankName && details.BranchName == current.BranchName;
        var changedAmounts = order.Lines.Where(l => lineAmounts.TryGetValue(l.LineNumber, out var minor) && minor != l.AmountMinor).ToList();
        if (samePayee && changedAmounts.Count == 0)
        {
            throw new BusinessException(PayoutsErrorCodes.NothingToCorrect);
        }

        foreach (var line in order.Lines)
        {
            var amount = new Money(lineAmounts.GetValueOrDefault(line.LineNumber, line.AmountMinor), line.Currency);
            lines[line] = (amount, PayoutLineContent.Hash(MerchantReference.Parse(line.MerchantReference), amount, line.Purpose, line.Remark, details));
        }

        var account = samePayee ? current : await payees.CreateAsync(details, cancellationToken);
        order.Correct(account, lines, reason, actor, clock.GetUtcNow().UtcDateTime);
        await approvals.VoidOpenAsync(order.Id, $"Corrected: {reason}", actor, cancellationToken);
    }

    // An empty text clears an optional field; null keeps it.
    private static string? Keep(string? corrected, string? current) => corrected is null ? current : corrected;
}
