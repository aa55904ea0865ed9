using System.Net;
using System.Net.Http.Json;
using AggregatedPayments.Hosting;
using AggregatedPayments.Http;
using AggregatedPayments.Ledger;
using Shouldly;
using Xunit;

namespace AggregatedPayments.Payouts;

/// <summary>Who may see and move which payouts: merchants only their own, users only what they were granted.</summary>
[Collection(HostCollection.Name)]
public sealed class PayoutAccessTests(AggregatedPaymentsWebFactory factory) : PayoutHostTestBase(factory)
{
    [Fact]
    public async Task Should_answer_404_when_a_merchant_reads_or_moves_another_merchants_payout_and_change_nothing()
    {
        var a = await CreatePayoutMerchantAsync();
        var b = await CreatePayoutMerchantAsync();
        var order = (await a.Payouts.CreateAsync(Plain("A-1", 10_00))).Order;
        var before = await a.Payouts.GetAsync(order.Id);

        var attempts = new Func<PayoutClientProxy, Task>[]
        {
            p => p.GetAsync(order.Id),
            p => p.CancelAsync(order.Id, new CancelPayoutDto()),
            p => p.QueryNowAsync(order.Id),
            p => p.ReinitiateAsync(order.Id, new ReinitiatePayoutDto()),
            p => p.CorrectAsync(order.Id, new CorrectPayoutDto { Payee = new CorrectPayeeDto { AccountName = "taken over" } }),
            p => p.ResolveReviewAsync(order.Id, new ResolvePayoutReviewDto { Reason = "taken over" })
        };
        foreach (var attempt in attempts)
        {
            (await Should.ThrowAsync<RemoteServiceException>(() => attempt(b.Payouts))).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        }

        (await b.Payouts.GetListAsync(new GetPayoutListInput())).Items.ShouldBeEmpty();
        (await new LedgerClientProxy(b.Admin).GetPostingsAsync(new GetLedgerPostingListInput { OrderId = order.Id })).Items.ShouldBeEmpty();
        (await Should.ThrowAsync<RemoteServiceException>(() => new LedgerClientProxy(b.Admin).SyncAsync(a.MerchantChannelId)))
            .StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await a.Payouts.GetAsync(order.Id)).ShouldBeEquivalentTo(before);
    }

    [Fact]
    public async Task Should_let_a_merchant_not_pay_through_another_merchants_channel()
    {
        var a = await CreatePayoutMerchantAsync();
        var b = await CreatePayoutMerchantAsync();

        var refused = await Should.ThrowAsync<RemoteServiceException>(() => b.Payouts.CreateAsync(Plain("B-1", 10_00, a.MerchantChannelId)));

        refused.Code.ShouldBe(PayoutsErrorCodes.UnknownMerchantChannel);
        (await b.Payouts.GetListAsync(new GetPayoutListInput())).Items.ShouldBeEmpty();
    }

    [Fact]
    public async Task Should_enforce_each_payout_and_ledger_permission()
    {
        var m = await CreatePayoutMerchantAsync();
        var order = (await m.Payouts.CreateAsync(Plain("P-1", 10_00))).Order;
        await CreateUserWithPermissionsAsync(m.Admin, "viewer", PayoutPermissions.View);
        await CreateUserWithPermissionsAsync(m.Admin, "creator", PayoutPermissions.View, PayoutPermissions.Create);
        await CreateUserWithPermissionsAsync(m.Admin, "nobody");
        var viewer = new PayoutClientProxy(await LoginAsync(m.Merchant.Code, "viewer", DefaultPassword));
        var creator = new PayoutClientProxy(await LoginAsync(m.Merchant.Code, "creator", DefaultPassword));
        var nobody = await LoginAsync(m.Merchant.Code, "nobody", DefaultPassword);

        (await viewer.GetAsync(order.Id)).Order.Id.ShouldBe(order.Id);
        await ShouldBeForbiddenAsync(() => viewer.CreateAsync(Plain("P-2")));
        await ShouldBeForbiddenAsync(() => viewer.CancelAsync(order.Id, new CancelPayoutDto()));
        await ShouldBeForbiddenAsync(() => creator.CancelAsync(order.Id, new CancelPayoutDto()));
        await ShouldBeForbiddenAsync(() => creator.ResolveReviewAsync(order.Id, new ResolvePayoutReviewDto { Reason = "x" }));
        (await creator.CreateAsync(Plain("P-3"))).Created.ShouldBeTrue();
        await ShouldBeForbiddenAsync(() => new PayoutClientProxy(nobody).GetListAsync(new GetPayoutListInput()));
        await ShouldBeForbiddenAsync(() => new LedgerClientProxy(nobody).GetBalancesAsync());
        await ShouldBeForbiddenAsync(() => new LedgerClientProxy(nobody).SyncAsync(m.MerchantChannelId));
        (await m.Payouts.GetAsync(order.Id)).Order.State.ShouldBe(PayoutState.Submitting);
    }

    [Fact]
    public async Task Should_let_a_platform_user_see_a_merchants_payouts_only_acting_inside_it()
    {
        var m = await CreatePayoutMerchantAsync();
        var order = (await m.Payouts.CreateAsync(Plain("H-1", 10_00))).Order;
        var token = (await LoginTokensAsync(null, "admin", AggregatedPaymentsWebFactory.AdminPassword)).AccessToken;

        var inside = await new PayoutClientProxy(WithToken(token, m.Merchant.Code)).GetListAsync(new GetPayoutListInput());
        var outside = await Should.ThrowAsync<RemoteServiceException>(() => new PayoutClientProxy(WithToken(token)).GetListAsync(new GetPayoutListInput()));

        inside.Items.ShouldHaveSingleItem().Id.ShouldBe(order.Id);
        outside.Code.ShouldBe(PayoutsErrorCodes.ActInsideMerchant);
    }

    [Fact]
    public async Task Should_never_show_an_account_number_in_any_payout_or_ledger_answer()
    {
        var m = await CreatePayoutMerchantAsync();
        var order = (await m.Payouts.CreateAsync(Plain("MASK-1", 10_00))).Order;
        await RunJobsAsync();

        var answers = new List<string>();
        foreach (var url in new[] { "api/payouts", $"api/payouts/{order.Id}", "api/ledger/balances", "api/ledger/postings" })
        {
            answers.Add(await m.Admin.GetStringAsync(url));
        }

        using var created = await m.Admin.PostAsJsonAsync("api/payouts", Plain("MASK-1", 10_00));
        answers.Add(await created.Content.ReadAsStringAsync());
        answers.ShouldAllBe(a => !a.Contains("6222021234567890") && !a.Contains("6222 0212") && !a.Contains("3456"));
        answers.ShouldContain(a => a.Contains("************7890"));
    }

    public static TheoryData<string, CreatePayoutDto, string> BadInputs() => new()
    {
        { "reference", Plain("bad ref!"), PayoutsErrorCodes.InvalidMerchantReference },
        { "missing amount", new CreatePayoutDto { MerchantReference = "V-1", Currency = "CNY", Payee = Payee() }, Exceptions.ErrorCodes.ValidationFailed },
        { "currency not offered", new CreatePayoutDto { MerchantReference = "V-2", AmountMinor = 1_00, Currency = "XXQ", Payee = Payee() }, Dictionaries.DictionariesErrorCodes.UnknownCurrency },
        { "account type", new CreatePayoutDto { MerchantReference = "V-3", AmountMinor = 1_00, Currency = "CNY", Payee = new PayeeInput { AccountNumber = "1", AccountName = "a", AccountType = "Cash" } }, PayoutsErrorCodes.InvalidPayee },
        { "merchant channel", Plain("V-4", 1_00, Guid.NewGuid()), PayoutsErrorCodes.UnknownMerchantChannel }
    };

    [Theory]
    [MemberData(nameof(BadInputs))]
    public async Task Should_refuse_bad_input_with_a_clear_code_and_create_nothing(string what, CreatePayoutDto input, string code)
    {
        var m = await CreatePayoutMerchantAsync();

        var refused = await Should.ThrowAsync<RemoteServiceException>(() => m.Payouts.CreateAsync(input));

        refused.StatusCode.ShouldBe(HttpStatusCode.BadRequest, what);
        refused.Code.ShouldBe(code, what);
        refused.Error.Message.ShouldNotBeNullOrWhiteSpace();
        (await m.Payouts.GetListAsync(new GetPayoutListInput())).Items.ShouldBeEmpty();
        (await new LedgerClientProxy(m.Admin).GetBalancesAsync()).ShouldHaveSingleItem().Held.ShouldBe(0);
    }

    private static async Task ShouldBeForbiddenAsync(Func<Task> call) =>
        (await Should.ThrowAsync<RemoteServiceException>(call)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
}
