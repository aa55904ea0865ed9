using AggregatedPayments.Data;
using AggregatedPayments.EntityFrameworkCore;
using AggregatedPayments.Ledger;
using AggregatedPayments.MultiTenancy;
using AggregatedPayments.Users;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace AggregatedPayments.Payouts;

/// <summary>
/// The application layer on a seeded test database, with a merchant, a signed-in clerk of it and a
/// stand-in submitter; each call runs in its own scope inside the merchant, as separate requests do.
/// </summary>
public sealed class PayoutApplicationDatabase : IAsyncDisposable
{
    private PayoutApplicationDatabase(TestDatabase database, SubmitterChannel channel)
    {
        Database = database;
        MerchantChannelId = channel.Id;
    }

    public TestDatabase Database { get; }

    public Guid TenantId { get; } = Guid.NewGuid();

    public Guid MerchantChannelId { get; }

    public LedgerAccountKey Key => new(TenantId, MerchantChannelId, "CNY");

    public static async Task<PayoutApplicationDatabase> CreateAsync()
    {
        var channel = new SubmitterChannel(Guid.NewGuid());
        var database = await TestDatabase.CreateWithApplicationAsync(services =>
        {
            services.AddSingleton(channel);
            services.AddScoped<IPayoutSubmitter, RecordingPayoutSubmitter>();
        });
        await using (var scope = database.CreateScope())
        {
            await scope.ServiceProvider.GetRequiredService<DataSeeder>().SeedAsync(CancellationToken.None);
        }

        var payouts = new PayoutApplicationDatabase(database, channel);
        payouts.SignIn("clerk");
        return payouts;
    }

    public static CreatePayoutDto Plain(string reference, long minor = 100_00, string accountNumber = "6222 0212 3456 7890") => new()
    {
        MerchantReference = reference,
        AmountMinor = minor,
        Currency = "CNY",
        Payee = Payee(accountNumber),
        Purpose = "Salary"
    };

    public static PayeeInput Payee(string accountNumber = "6222 0212 3456 7890", string name = "张三") =>
        new() { AccountNumber = accountNumber, AccountName = name, AccountType = "BankCard", BankCode = "ICBC", BankName = "工商银行" };

    public void SignIn(string userName, Guid? userId = null) =>
        Database.Services.GetRequiredService<TestPrincipalAccessor>().SignIn(userId ?? Guid.NewGuid(), TenantId, userName);

    public Task<T> PayoutsAsync<T>(Func<IPayoutAppService, Task<T>> call, Guid? tenantId = null) =>
        InTenantAsync(services => call(services.GetRequiredService<IPayoutAppService>()), tenantId);

    public Task<T> LedgerAsync<T>(Func<ILedgerAppService, Task<T>> call) =>
        InTenantAsync(services => call(services.GetRequiredService<ILedgerAppService>()));

    public async Task<T> InTenantAsync<T>(Func<IServiceProvider, Task<T>> action, Guid? tenantId = null)
    {
        await using var scope = Database.CreateScope();
        using var tenant = scope.ServiceProvider.GetRequiredService<ICurrentTenant>().Change(tenantId ?? TenantId);
        return await action(scope.ServiceProvider);
    }

    /// <summary>Sets Available as a balance sync from the provider would.</summary>
    public Task FundAsync(long availableMinor) =>
        InTransactionAsync(services => services.GetRequiredService<LedgerService>()
            .SyncBalanceAsync(Key, new Money(availableMinor, "CNY"), Guid.NewGuid(), CancellationToken.None));

    /// <summary>What the engine does when the provider answers about the order's current attempt.</summary>
    public Task AnswerAsync(Guid orderId, PayoutAnswer answer) =>
        InOrderAsync(orderId, (transitions, order) => transitions.ApplyAnswerAsync(order, order.CurrentAttemptId!.Value, answer, "job:query", CancellationToken.None));

    public Task FlagForReviewAsync(Guid orderId, string reason) =>
        InOrderAsync(orderId, (transitions, order) => transitions.FlagForManualReviewAsync(order, reason, "job:janitor", CancellationToken.None));

    public Task<LedgerBalance> BalanceAsync() =>
        InTenantAsync(async services => (await services.GetRequiredService<ILedgerStore>().FindBalanceAsync(Key, CancellationToken.None))!);

    public Task<int> CountAsync<T>()
        where T : class =>
        InTenantAsync(services => services.GetRequiredService<AggregatedPaymentsDbContext>().Set<T>().IgnoreQueryFilters().CountAsync());

    public ValueTask DisposeAsync() => Database.DisposeAsync();

    private Task InOrderAsync(Guid orderId, Func<PayoutTransitionManager, PayoutOrder, Task> action) =>
        InTransactionAsync(async services =>
        {
            var order = await services.GetRequiredService<IPayoutOrderStore>().FindAsync(orderId, CancellationToken.None);
            await action(services.GetRequiredService<PayoutTransitionManager>(), order!);
            return true;
        });

    private Task<T> InTransactionAsync<T>(Func<IServiceProvider, Task<T>> action) =>
        InTenantAsync(async services =>
        {
            await using var transaction = await services.GetRequiredService<IUnitOfWork>().BeginTransactionAsync();
            var result = await action(services);
            await transaction.CommitAsync();
            return result;
        });
}
