using AggregatedPayments.EntityFrameworkCore;
using AggregatedPayments.Payouts;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Shouldly;
using Xunit;

namespace AggregatedPayments.Ledger;

/// <summary>The checker the chaos scenarios rely on must see a broken ledger, or its silence proves nothing.</summary>
public sealed class LedgerInvariantsTests : IAsyncLifetime
{
    private PayoutDatabase _db = null!;
    private Guid _orderId;

    public async Task InitializeAsync()
    {
        _db = await PayoutDatabase.CreateAsync();
        await _db.FundAsync(10_00);
        _orderId = await _db.CreateOrderAsync("INV-1", 4_00);
        await _db.StartAttemptAsync(_orderId);
    }

    public async Task DisposeAsync() => await _db.DisposeAsync();

    [Fact]
    public async Task Should_find_nothing_wrong_in_a_healthy_ledger()
    {
        (await LedgerInvariants.FindViolationsAsync(_db.Database.Services)).ShouldBeEmpty();
    }

    [Fact]
    public async Task Should_report_a_balance_moved_without_a_posting()
    {
        await Corrupt(db => db.Set<LedgerBalance>().ExecuteUpdateAsync(s => s.SetProperty(b => b.Held, b => b.Held + 1)));

        var violations = await LedgerInvariants.FindViolationsAsync(_db.Database.Services);

        violations.ShouldContain(v => v.Contains("sum to 1, not zero"));
        violations.ShouldContain(v => v.Contains("Held holds 401 but its postings give 400"));
        violations.ShouldContain(v => v.Contains("holds 401 but its open attempts come to 400"));
    }

    [Fact]
    public async Task Should_report_an_attempt_whose_postings_do_not_match_its_state()
    {
        await Corrupt(db => db.Set<PayoutAttempt>().ExecuteUpdateAsync(s => s.SetProperty(a => a.State, PayoutState.Succeeded)));

        (await LedgerInvariants.FindViolationsAsync(_db.Database.Services)).ShouldContain(v => v.Contains("is Succeeded but posted Hold"));
    }

    [Fact]
    public async Task Should_report_a_recorded_move_out_of_a_final_state()
    {
        await Corrupt(db => db.Set<PayoutStateChange>().Where(h => h.To == PayoutState.Submitting)
            .ExecuteUpdateAsync(s => s.SetProperty(h => h.From, PayoutState.Failed).SetProperty(h => h.To, PayoutState.Succeeded)));

        (await LedgerInvariants.FindViolationsAsync(_db.Database.Services)).ShouldContain(v => v.Contains("moved Failed → Succeeded"));
    }

    private async Task Corrupt(Func<AggregatedPaymentsDbContext, Task<int>> change) =>
        (await _db.InTenantAsync(services => change(services.GetRequiredService<AggregatedPaymentsDbContext>()))).ShouldBeGreaterThan(0);
}
