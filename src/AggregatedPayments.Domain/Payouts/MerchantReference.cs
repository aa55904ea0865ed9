using System.Text.RegularExpressions;
using AggregatedPayments.Exceptions;

namespace AggregatedPayments.Payouts;

/// <summary>
/// The merchant's own reference for a payout line, unique per merchant across pull, upload and API:
/// the first layer of idempotency. Trimmed, then held to an alphabet every provider and file format takes.
/// </summary>
public sealed partial record MerchantReference
{
    private MerchantReference(string value) => Value = value;

    public string Value { get; }

    public static MerchantReference Parse(string? value)
    {
        var trimmed = value?.Trim() ?? "";
        if (trimmed.Length is 0 or > PayoutConsts.MaxMerchantReferenceLength || !Alphabet().IsMatch(trimmed))
        {
            throw new BusinessException(PayoutsErrorCodes.InvalidMerchantReference).WithData("reference", value);
        }

        return new MerchantReference(trimmed);
    }

    public override string ToString() => Value;

    [GeneratedRegex(PayoutConsts.MerchantReferencePattern, RegexOptions.CultureInvariant)]
    private static partial Regex Alphabet();
}
