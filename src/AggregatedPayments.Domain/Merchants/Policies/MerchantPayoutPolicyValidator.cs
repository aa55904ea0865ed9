using AggregatedPayments.Dictionaries;
using AggregatedPayments.Exceptions;
using AggregatedPayments.Interception;
using AggregatedPayments.OutboundCalls;

namespace AggregatedPayments.Merchants.Policies;

/// <summary>
/// The rules a payout policy must meet before it is stored, whoever sets it: a notify address the
/// outbound-call guard accepts, valid and few IP ranges, known currencies with positive limits and
/// approval thresholds within them. Returns the policy in its canonical form.
/// </summary>
public sealed class MerchantPayoutPolicyValidator(
    IDictionaryLookup dictionaries,
    OutboundAddressValidator addressValidator,
    OutboundAddressPolicy addressPolicy)
{
    public async Task<MerchantPayoutPolicy> ValidateAsync(MerchantPayoutPolicy policy, CancellationToken cancellationToken)
    {
        var notifyUrl = ValidateNotifyUrl(policy.NotifyUrl);
        var ranges = ValidateIpRanges(policy.AllowedIpRanges);
        var currencies = await ValidateCurrenciesAsync(policy.Currencies, cancellationToken);
        return new MerchantPayoutPolicy(notifyUrl, ranges, currencies);
    }

    private string? ValidateNotifyUrl(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        if (text.Length > MerchantParameterConsts.MaxNotifyUrlLength || !OutboundUrl.TryParse(text, out var parsed))
        {
            throw new BusinessException(OutboundCallsErrorCodes.InvalidAddress);
        }

        // Notifications carry payout results: in clear text only to a target an administrator named.
        if (parsed.Scheme != Uri.UriSchemeHttps && !addressPolicy.IsListed(OutboundUrl.HostOf(parsed)))
        {
            throw new BusinessException(MerchantsErrorCodes.NotifyUrlNotHttps);
        }

        return addressValidator.ValidateUrl(text).ToString();
    }

    private static List<string> ValidateIpRanges(IReadOnlyList<string>? texts)
    {
        var ranges = new List<string>();
        foreach (var text in texts ?? [])
        {
            if (text is null || text.Length > MerchantParameterConsts.MaxIpRangeLength || !IpRange.TryParse(text, out var range))
            {
                throw new BusinessException(MerchantsErrorCodes.InvalidIpRange).WithData("range", text);
            }

            var canonical = range.ToString();
            if (!ranges.Contains(canonical, StringComparer.Ordinal))
            {
                ranges.Add(canonical);
            }
        }

        if (ranges.Count > MerchantParameterConsts.MaxAllowedIpRanges)
        {
            throw new BusinessException(MerchantsErrorCodes.TooManyIpRanges).WithData("max", MerchantParameterConsts.MaxAllowedIpRanges);
        }

        return ranges;
    }

    private async Task<List<MerchantCurrencyLimit>> ValidateCurrenciesAsync(IReadOnlyList<MerchantCurrencyLimit>? limits, CancellationToken cancellationToken)
    {
        var result = new List<MerchantCurrencyLimit>();
        foreach (var limit in limits ?? [])
        {
            var currency = limit.Currency?.Trim() ?? "";
            if (currency.Length == 0 || await dictionaries.FindCurrencyAsync(currency, cancellationToken) is null)
            {
                throw new BusinessException(MerchantsErrorCodes.UnknownCurrency).WithData("currency", currency);
            }

            if (result.Any(c => c.Currency == currency))
            {
                throw new BusinessException(MerchantsErrorCodes.DuplicateCurrency).WithData("currency", currency);
            }

            var checkedLimit = limit with { Currency = currency };
            ValidateAmounts(checkedLimit);
            result.Add(checkedLimit);
        }

        if (result.Count > MerchantParameterConsts.MaxCurrencies)
        {
            throw new InvalidInputException(nameof(MerchantPayoutPolicy.Currencies), $"At most {MerchantParameterConsts.MaxCurrencies} currencies.");
        }

        return result;
    }

    private static void ValidateAmounts(MerchantCurrencyLimit limit)
    {
        foreach (var (name, amount) in new[]
                 {
                     (nameof(limit.SingleMaxMinor), limit.SingleMaxMinor),
                     (nameof(limit.DailyMaxMinor), limit.DailyMaxMinor),
                     (nameof(limit.ApprovalSingleMinor), limit.ApprovalSingleMinor),
                     (nameof(limit.ApprovalDailyMinor), limit.ApprovalDailyMinor)
                 })
        {
            if (amount is <= 0)
            {
                throw new BusinessException(MerchantsErrorCodes.AmountNotPositive).WithData("currency", limit.Currency).WithData("field", name);
            }
        }

        if (Below(limit.DailyMaxMinor, limit.SingleMaxMinor) || Below(limit.ApprovalDailyMinor, limit.ApprovalSingleMinor))
        {
            throw new BusinessException(MerchantsErrorCodes.DailyBelowSingle).WithData("currency", limit.Currency);
        }

        if (Below(limit.SingleMaxMinor, limit.ApprovalSingleMinor) || Below(limit.DailyMaxMinor, limit.ApprovalDailyMinor))
        {
            throw new BusinessException(MerchantsErrorCodes.ApprovalAboveLimit).WithData("currency", limit.Currency);
        }
    }

    private static bool Below(long? value, long? other) => value is { } v && other is { } o && v < o;
}
