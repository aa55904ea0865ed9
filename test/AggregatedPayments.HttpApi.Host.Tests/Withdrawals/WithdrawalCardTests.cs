using AggregatedPayments.Hosting;
using AggregatedPayments.Http;
using AggregatedPayments.Payouts;
using Shouldly;
using Xunit;

namespace AggregatedPayments.Withdrawals;

/// <summary>Registering and changing a withdrawal card takes two users (ARCHITECTURE.md, "Approvals").</summary>
[Collection(HostCollection.Name)]
public sealed class WithdrawalCardTests(AggregatedPaymentsWebFactory factory) : WithdrawalTestBase(factory)
{
    [Fact]
    public async Task Should_keep_a_card_pending_until_a_second_user_confirms_it_and_refuse_the_requester()
    {
        var m = await CreateWithdrawingMerchantAsync();
        var confirmer = await ConfirmerAsync(m);

        var requested = await Cards(m).RequestAsync(Card(m));
        var bySelf = await Should.ThrowAsync<RemoteServiceException>(() => Cards(m).ConfirmAsync(requested.Id, new DecideWithdrawalCardDto()));
        var noCardYet = await Should.ThrowAsync<RemoteServiceException>(() => Withdrawals(m).CreateAsync(Withdraw(m, "WD-EARLY", 100)));
        var confirmed = await confirmer.ConfirmAsync(requested.Id, new DecideWithdrawalCardDto { Reason = "checked" });

        (requested.Status, requested.Card.MaskedAccountNumber, requested.Card.BankCode).ShouldBe((WithdrawalCardStatus.Pending, "************2222", "ICBC"));
        requested.Card.BankName.ShouldNotBeNullOrEmpty();
        bySelf.Code.ShouldBe(WithdrawalsErrorCodes.ConfirmerIsRequester);
        noCardYet.Code.ShouldBe(WithdrawalsErrorCodes.NoActiveCard);
        (confirmed.Status, confirmed.DecidedBy, confirmed.DecisionReason).ShouldBe((WithdrawalCardStatus.Active, ConfirmerName, "checked"));
    }

    [Fact]
    public async Task Should_supersede_the_active_card_when_a_change_is_confirmed_and_keep_it_when_a_change_is_rejected()
    {
        var m = await CreateWithdrawingMerchantAsync();
        var first = await RegisterCardAsync(m);
        var confirmer = new WithdrawalCardClientProxy(await LoginAsync(m.Merchant.Code, ConfirmerName, DefaultPassword));

        // The clock stands still in tests: each request a second later, so newest-first has one answer.
        Factory.Clock.Advance(TimeSpan.FromSeconds(1));
        var rejectedChange = await Cards(m).RequestAsync(Card(m, "6222 0288 3333 4444"));
        var noReason = await Should.ThrowAsync<RemoteServiceException>(() => confirmer.RejectAsync(rejectedChange.Id, new DecideWithdrawalCardDto()));
        var rejected = await confirmer.RejectAsync(rejectedChange.Id, new DecideWithdrawalCardDto { Reason = "not our account" });
        Factory.Clock.Advance(TimeSpan.FromSeconds(1));
        var change = await Cards(m).RequestAsync(Card(m, "6222 0288 5555 6666"));
        var secondOpen = await Should.ThrowAsync<RemoteServiceException>(() => Cards(m).RequestAsync(Card(m, "6222 0288 7777 8888")));
        await confirmer.ConfirmAsync(change.Id, new DecideWithdrawalCardDto());
        var cards = (await Cards(m).GetListAsync(new GetWithdrawalCardListInput { MerchantChannelId = m.MerchantChannelId })).Items;

        noReason.Code.ShouldBe(WithdrawalsErrorCodes.ReasonRequired);
        (rejected.Status, rejected.DecisionReason).ShouldBe((WithdrawalCardStatus.Rejected, "not our account"));
        secondOpen.Code.ShouldBe(WithdrawalsErrorCodes.CardRequestPending);
        cards.Select(c => (c.Card.MaskedAccountNumber[^4..], c.Status)).ShouldBe(
            [("6666", WithdrawalCardStatus.Active), ("4444", WithdrawalCardStatus.Rejected), ("2222", WithdrawalCardStatus.Superseded)]);
        cards.Single(c => c.Id == first.Id).SupersededTime.ShouldNotBeNull();
    }
}
