using AggregatedPayments.Exceptions;
using AggregatedPayments.Payouts;
using Shouldly;
using Xunit;

namespace AggregatedPayments.Ledger;

public sealed class LedgerPostingShapeTests
{
    private static readonly LedgerAccountKey Key = new(Guid.NewGuid(), Guid.NewGuid(), "CNY");

    [Fact]
    public void Should_refuse_an_amount_in_another_currency_than_the_account()
    {
        Should.Throw<BusinessException>(() => Posting(LedgerAccount.Held, LedgerAccount.Available, new Money(1, "USD")))
            .Code.ShouldBe(LedgerErrorCodes.CurrencyMismatch);
    }

    [Fact]
    public void Should_move_only_a_positive_amount_between_two_accounts()
    {
        Should.Throw<ArgumentException>(() => Posting(LedgerAccount.Held, LedgerAccount.Available, new Money(0, "CNY")));
        Should.Throw<ArgumentException>(() => Posting(LedgerAccount.Held, LedgerAccount.Held, new Money(1, "CNY")));
        Posting(LedgerAccount.Held, LedgerAccount.Available, new Money(1, "CNY")).Key.ShouldBe(Key);
    }

    [Fact]
    public void Should_name_a_balance_column_for_every_account()
    {
        Enum.GetValues<LedgerAccount>().Select(LedgerBalance.PropertyOf).ShouldBe(Enum.GetNames<LedgerAccount>());
    }

    private static LedgerPosting Posting(LedgerAccount debit, LedgerAccount credit, Money amount) =>
        new(Guid.NewGuid(), Key, debit, credit, amount, Guid.NewGuid(), LedgerEventKind.Hold, DateTime.UtcNow);
}
