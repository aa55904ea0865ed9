using AggregatedPayments.Channels;
using AggregatedPayments.Dtos;
using AggregatedPayments.Hosting;
using AggregatedPayments.Ledger;
using AggregatedPayments.Payouts;
using AggregatedPayments.Settings;
using Shouldly;

namespace AggregatedPayments.Payroll;

/// <summary>
/// A merchant with a funded sandbox channel whose pending payouts come in through <c>POST api/payroll/items</c>, and the
/// clerk's steps on them through the client proxies. Amounts ending in 13 are refused by the sandbox's bank.
/// </summary>
public abstract class PayrollSelectionTestBase(AggregatedPaymentsWebFactory factory) : PayoutHostTestBase(factory)
{
    /// <summary>A merchant whose sandbox channel holds <paramref name="balance"/>; <paramref name="singleLimitMinor"/> caps one payout on its opening.</summary>
    protected async Task<PayoutMerchant> CreatePayrollMerchantAsync(long balance = 1_000_000_00, long? singleLimitMinor = null)
    {
        var merchant = await CreatePayoutMerchantAsync(balance);
        if (singleLimitMinor is { } limit)
        {
            var openings = new MerchantChannelClientProxy(await HostAdminAsync());
            var opened = await openings.GetAsync(merchant.Merchant.Id, merchant.MerchantChannelId);
            await openings.UpdateAsync(merchant.Merchant.Id, opened.Id, new UpdateMerchantChannelDto
            {
                Functions = [.. opened.Functions],
                Priority = opened.Priority,
                Weight = opened.Weight,
                SingleLimitMinor = limit,
                DailyLimitMinor = opened.DailyLimitMinor,
                IsOpen = true,
                Version = opened.Version
            });
        }

        return merchant;
    }

    /// <summary>A valid ICBC card payout in CNY to payee number <paramref name="payee"/> (its own card and name).</summary>
    protected static PayrollItemInputDto Item(string reference, long amountMinor, int payee, string bankCode = "ICBC") => new()
    {
        MerchantReference = reference,
        PayeeName = $"Payee {payee}",
        AccountNumber = TestCardNumbers.Valid(payee),
        BankCode = bankCode,
        AmountMinor = amountMinor,
        Currency = "CNY",
        Purpose = "Salary"
    };

    /// <summary>The same payout with a card number whose check digit is wrong: stored, but invalid.</summary>
    protected static PayrollItemInputDto InvalidItem(string reference, long amountMinor, int payee)
    {
        var item = Item(reference, amountMinor, payee);
        item.AccountNumber = TestCardNumbers.WrongCheckDigit(payee);
        return item;
    }

    /// <summary>Takes the items in as one intake; answers each item's id (invalid ones included), in the order given.</summary>
    protected static async Task<IReadOnlyList<Guid>> AddItemsAsync(PayoutMerchant m, params PayrollItemInputDto[] items)
    {
        var result = await new PayrollIntakeClientProxy(m.Admin).CreateItemsAsync(new CreatePayrollItemsDto { Items = [.. items] });
        result.Items.ShouldAllBe(i => i.ItemId != null);
        return result.Items.Select(i => i.ItemId!.Value).ToList();
    }

    protected static PayrollItemClientProxy Items(PayoutMerchant m) => new(m.Admin);

    protected static PayrollSubmissionClientProxy Submissions(PayoutMerchant m) => new(m.Admin);

    protected static CreatePayrollSubmissionDto ByIds(IEnumerable<Guid> ids, bool? aggregate = true, Guid? merchantChannelId = null) => new()
    {
        Selection = new PayrollSelectionDto { ItemIds = [.. ids] },
        Aggregate = aggregate,
        MerchantChannelId = merchantChannelId
    };

    protected static async Task TurnAutoAggregationAsync(PayoutMerchant m, bool on) =>
        await new SettingsClientProxy(m.Admin).UpdateTenantAsync(new UpdateSettingsDto
        {
            Settings = [new UpdateSettingDto { Name = PayrollSelectionSettingNames.AutoAggregate, Value = on ? "true" : "false" }]
        });

    /// <summary>Every item of the merchant matching the filter, all pages read.</summary>
    protected static async Task<List<PayrollItemDto>> AllItemsAsync(PayoutMerchant m, Action<GetPayrollItemListInput>? filter = null)
    {
        var input = new GetPayrollItemListInput { MaxResultCount = GetPayrollItemListInput.MaxPageSize };
        filter?.Invoke(input);
        var all = new List<PayrollItemDto>();
        do
        {
            var page = await Items(m).GetListAsync(input);
            all.AddRange(page.Items);
            input.Cursor = page.NextCursor;
        }
        while (input.Cursor is not null);

        return all;
    }

    /// <summary>Every payout order of the merchant, all pages read.</summary>
    protected static async Task<List<PayoutOrderDto>> AllOrdersAsync(PayoutMerchant m)
    {
        var input = new GetPayoutListInput { MaxResultCount = GetPayoutListInput.MaxPageSize };
        var all = new List<PayoutOrderDto>();
        do
        {
            var page = await m.Payouts.GetListAsync(input);
            all.AddRange(page.Items);
            input.Cursor = page.NextCursor;
        }
        while (input.Cursor is not null);

        return all;
    }

    protected async Task LedgerInvariantsHoldAsync()
    {
        var violations = await LedgerInvariants.FindViolationsAsync(Factory.Services);
        violations.ShouldBeEmpty(string.Join(Environment.NewLine, violations));
    }
}
