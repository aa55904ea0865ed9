using AggregatedPayments.Exceptions;

namespace AggregatedPayments.Payouts;

/// <summary>What a payout request must satisfy before anything is stored.</summary>
internal static class PayoutRequestRules
{
    /// <summary>
    /// The one payee of the request, normalised: an aggregated order pays its lines' sum in one
    /// transfer, so every line must name the same account, account name and bank.
    /// </summary>
    public static PayeeDetails SinglePayee(IReadOnlyList<PayoutLineRequest> lines)
    {
        ArgumentNullException.ThrowIfNull(lines);
        if (lines.Count == 0)
        {
            throw new BusinessException(PayoutsErrorCodes.NoLines);
        }

        if (lines.Count > PayoutConsts.MaxLinesPerOrder)
        {
            throw new BusinessException(PayoutsErrorCodes.TooManyLines).WithData("max", PayoutConsts.MaxLinesPerOrder);
        }

        var payees = lines.Select(l => PayeeAccountFactory.Normalize(l.Payee)).Distinct().ToList();
        if (payees.Count != 1)
        {
            throw new BusinessException(PayoutsErrorCodes.AggregatedPayeeMismatch);
        }

        var currency = lines[0].Amount.Currency;
        foreach (var line in lines)
        {
            line.Amount.EnsureCurrency(currency);
        }

        var duplicate = lines.GroupBy(l => l.MerchantReference?.Trim()).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new BusinessException(PayoutsErrorCodes.DuplicateReferenceInRequest).WithData("reference", duplicate.Key);
        }

        return payees[0];
    }

    public static PayoutLineDraft Draft(PayoutLineRequest line, PayeeDetails payee)
    {
        var reference = MerchantReference.Parse(line.MerchantReference);
        if (line.Amount.IsZero)
        {
            throw new BusinessException(PayoutsErrorCodes.InvalidAmount).WithData("amount", 0);
        }

        var purpose = Optional(line.Purpose, PayoutConsts.MaxPurposeLength, nameof(line.Purpose));
        var remark = Optional(line.Remark, PayoutConsts.MaxRemarkLength, nameof(line.Remark));
        return new PayoutLineDraft(reference, line.Amount, purpose, remark, PayoutLineContent.Hash(reference, line.Amount, purpose, remark, payee));
    }

    private static string? Optional(string? value, int maxLength, string member)
    {
        var trimmed = value?.Trim();
        if (string.IsNullOrEmpty(trimmed))
        {
            return null;
        }

        return trimmed.Length <= maxLength
            ? trimmed
            : throw new InvalidInputException(member, $"At most {maxLength} characters.");
    }
}
