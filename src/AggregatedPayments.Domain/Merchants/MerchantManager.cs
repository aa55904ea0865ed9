using System.Text.RegularExpressions;
using AggregatedPayments.Data;
using AggregatedPayments.Exceptions;

namespace AggregatedPayments.Merchants;

/// <summary>Rules that need more than one merchant: unique codes, valid time zones.</summary>
public sealed partial class MerchantManager(IRepository<Merchant> merchants, IAsyncQueryExecuter executer, IDataFilter dataFilter)
{
    public async Task<Merchant> CreateAsync(string code, string name, string timeZone, CancellationToken cancellationToken)
    {
        if (!CodeRegex().IsMatch(code ?? ""))
        {
            throw new InvalidInputException(nameof(Merchant.Code), "The code is 2 to 32 letters, digits, '-' or '_'.");
        }

        EnsureValidTimeZone(timeZone);
        await EnsureCodeIsFreeAsync(code!, cancellationToken);
        var merchant = new Merchant(Guid.NewGuid(), code!, name, timeZone);
        await merchants.InsertAsync(merchant, cancellationToken);
        return merchant;
    }

    public void ChangeTimeZone(Merchant merchant, string timeZone)
    {
        EnsureValidTimeZone(timeZone);
        merchant.SetTimeZone(timeZone);
    }

    public static void EnsureValidTimeZone(string timeZone)
    {
        if (string.IsNullOrWhiteSpace(timeZone) || !TimeZoneInfo.TryFindSystemTimeZoneById(timeZone, out _))
        {
            throw new BusinessException(ErrorCodes.InvalidTimeZone).WithData("timeZone", timeZone);
        }
    }

    private async Task EnsureCodeIsFreeAsync(string code, CancellationToken cancellationToken)
    {
        // A deleted merchant keeps its code: sign-ins and audit rows name it.
        using (dataFilter.DisableSoftDeleteFilter())
        {
            if (await executer.AnyAsync(merchants.QueryNoTracking().Where(m => m.Code == code), cancellationToken))
            {
                throw new ConflictException(ErrorCodes.MerchantCodeAlreadyExists).WithData("code", code);
            }
        }
    }

    [GeneratedRegex(MerchantConsts.CodePattern)]
    private static partial Regex CodeRegex();
}
