using System.Text;
using AggregatedPayments.Data;
using AggregatedPayments.Hosting;
using AggregatedPayments.Http;
using AggregatedPayments.Ledger;
using AggregatedPayments.Notifications;
using AggregatedPayments.Payouts;
using Microsoft.Extensions.DependencyInjection;
using Shouldly;
using Xunit;

namespace AggregatedPayments.Withdrawals;

/// <summary>A withdrawal through the payout engine: prepared as one, held, sent, settled and notified like a payout.</summary>
[Collection(HostCollection.Name)]
public sealed class WithdrawalFlowTests(AggregatedPaymentsWebFactory factory) : WithdrawalTestBase(factory)
{
    [Fact]
    public async Task Should_withdraw_to_the_registered_card_moving_the_ledger_and_the_providers_balance()
    {
        var m = await CreateWithdrawingMerchantAsync(initialBalanceMinor: 1_000_00);
        await RegisterCardAsync(m);

        var creation = await Withdrawals(m).CreateAsync(Withdraw(m, "WD-1", 600_00));
        var held = await BalanceAsync(m);
        await RunJobsAsync();
        var detail = await Withdrawals(m).GetAsync(creation.Order.Id);
        var settled = await BalanceAsync(m);
        var provider = (await new LedgerClientProxy(m.Admin).SyncAsync(m.MerchantChannelId)).Results.Single(r => r.Currency == "CNY");
        var listed = await Withdrawals(m).GetListAsync(new GetWithdrawalListInput());
        var events = (await new MerchantNotificationClientProxy(m.Admin).GetListAsync(new GetMerchantNotificationListInput { OrderId = creation.Order.Id })).Items;

        (creation.Created, creation.Order.Kind, creation.Order.State).ShouldBe((true, PayoutKind.Withdrawal, PayoutState.Submitting));
        creation.Order.Payee.MaskedAccountNumber.ShouldBe("************2222");
        (held.Available, held.Held).ShouldBe((400_00L, 600_00L));
        detail.Order.State.ShouldBe(PayoutState.Succeeded);
        detail.Attempts.ShouldHaveSingleItem().MerchantChannelId.ShouldBe(m.MerchantChannelId);
        (settled.Available, settled.Held, settled.PaidOut).ShouldBe((400_00L, 0L, 600_00L));
        provider.ProviderAvailableMinor.ShouldBe(400_00L);
        listed.Items.ShouldHaveSingleItem().Id.ShouldBe(creation.Order.Id);
        events.ShouldHaveSingleItem().EventType.ShouldBe(MerchantNotificationEventTypes.WithdrawalSucceeded);
        (await StoredRequestTextAsync(detail.Attempts[0].Id)).ShouldContain("\"withdrawal\":true", Case.Insensitive);
        (await LedgerInvariants.FindViolationsAsync(Factory.Services)).ShouldBeEmpty();
    }

    [Fact]
    public async Task Should_refuse_a_withdrawal_beyond_available_and_change_nothing()
    {
        var m = await CreateWithdrawingMerchantAsync(initialBalanceMinor: 1_000_00);
        await RegisterCardAsync(m);
        var before = await BalanceAsync(m);

        var refused = await Should.ThrowAsync<RemoteServiceException>(() => Withdrawals(m).CreateAsync(Withdraw(m, "WD-TOO-MUCH", 1_000_01)));
        await RunJobsAsync();

        refused.Code.ShouldBe(LedgerErrorCodes.InsufficientAvailable);
        (await BalanceAsync(m)).ShouldBe(before);
        (await Withdrawals(m).GetListAsync(new GetWithdrawalListInput())).TotalCount.ShouldBe(0);
        (await m.Payouts.GetListAsync(new GetPayoutListInput())).TotalCount.ShouldBe(0);
        (await LedgerInvariants.FindViolationsAsync(Factory.Services)).ShouldBeEmpty();
    }

    [Fact]
    public async Task Should_refuse_a_withdrawal_on_a_channel_without_the_withdraw_function_before_anything_is_held()
    {
        var m = await CreatePayoutMerchantAsync(1_000_00);
        var before = await BalanceAsync(m);

        var refused = await Should.ThrowAsync<RemoteServiceException>(() => Withdrawals(m).CreateAsync(Withdraw(m, "WD-NO-FN", 100_00)));

        refused.Code.ShouldBe(WithdrawalsErrorCodes.WithdrawNotSupported);
        (await BalanceAsync(m)).ShouldBe(before);
        (await m.Payouts.GetListAsync(new GetPayoutListInput())).TotalCount.ShouldBe(0);
    }

    [Fact]
    public async Task Should_refuse_a_withdrawal_without_a_confirmed_card()
    {
        var m = await CreateWithdrawingMerchantAsync();
        await Cards(m).RequestAsync(Card(m));

        var refused = await Should.ThrowAsync<RemoteServiceException>(() => Withdrawals(m).CreateAsync(Withdraw(m, "WD-NO-CARD", 100_00)));

        refused.Code.ShouldBe(WithdrawalsErrorCodes.NoActiveCard);
        (await m.Payouts.GetListAsync(new GetPayoutListInput())).TotalCount.ShouldBe(0);
    }

    [Fact]
    public async Task Should_answer_a_repeated_withdrawal_with_the_same_order_and_refuse_to_correct_its_payee()
    {
        var m = await CreateWithdrawingMerchantAsync();
        await RegisterCardAsync(m);
        var first = await Withdrawals(m).CreateAsync(Withdraw(m, "WD-AGAIN", 500_00));
        await RunJobsAsync();

        var again = await Withdrawals(m).CreateAsync(Withdraw(m, "WD-AGAIN", 500_00));
        var correction = await Should.ThrowAsync<RemoteServiceException>(() => m.Payouts.CorrectAsync(first.Order.Id, new CorrectPayoutDto
        {
            Payee = new CorrectPayeeDto { AccountNumber = "6222 0299 0000 0001" },
            Reason = "elsewhere"
        }));

        (again.Created, again.Order.Id).ShouldBe((false, first.Order.Id));
        correction.Code.ShouldBe(WithdrawalsErrorCodes.PayeeNotCorrectable);
        (await BalanceAsync(m)).PaidOut.ShouldBe(500_00L);
    }

    private async Task<string> StoredRequestTextAsync(Guid attemptId)
    {
        await using var scope = Factory.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        using var allTenants = services.GetRequiredService<IDataFilter>().DisableMultiTenantFilter();
        var attempt = await services.GetRequiredService<IRepository<PayoutAttempt>>().GetAsync(attemptId);
        var request = await services.GetRequiredService<PayoutTransitionManager>().GetStoredRequestAsync(attempt, CancellationToken.None);
        return Encoding.UTF8.GetString(request.Body);
    }
}
