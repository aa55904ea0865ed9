using System.Text;
using AggregatedPayments.Channels;
using AggregatedPayments.Data;
using AggregatedPayments.EntityFrameworkCore;
using AggregatedPayments.Ledger;
using AggregatedPayments.MultiTenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MySqlConnector;

namespace AggregatedPayments.Payouts;

/// <summary>
/// A seeded test database with one merchant and one merchant channel, and the steps of a payout's
/// life, each in its own scope (as separate requests and jobs run them), inside the merchant's tenant.
/// </summary>
internal sealed class PayoutDatabase : IAsyncDisposable
{
    public static readonly PayeeDetails Zhang = new("6222 0212 3456 7890", "张三", PayeeAccountType.BankCard, "ICBC", "工商银行");

    // Racing tests start hundreds of tasks; across every test class at most this many hold a database
    // session at once, so that a MariaDB shared with other test runs (151 connections by default) keeps room.
    private static readonly SemaphoreSlim Sessions = new(24);

    private PayoutDatabase(TestDatabase database) => Database = database;

    public TestDatabase Database { get; }

    public Guid TenantId { get; } = Guid.NewGuid();

    public Guid MerchantChannelId { get; } = Guid.NewGuid();

    public LedgerAccountKey Key => new(TenantId, MerchantChannelId, "CNY");

    public static async Task<PayoutDatabase> CreateAsync()
    {
        var database = await TestDatabase.CreateAsync();
        await using (var scope = database.CreateScope())
        {
            await scope.ServiceProvider.GetRequiredService<DataSeeder>().SeedAsync(CancellationToken.None);
        }

        return new PayoutDatabase(database);
    }

    public static PayoutLineRequest Line(string reference, long minor, PayeeDetails? payee = null, string? purpose = "Salary") =>
        new(reference, new Money(minor, "CNY"), payee ?? Zhang, purpose);

    public async Task<T> InTenantAsync<T>(Func<IServiceProvider, Task<T>> action, Guid? tenantId = null)
    {
        await Sessions.WaitAsync();
        try
        {
            await using var scope = Database.CreateScope();
            using var tenant = scope.ServiceProvider.GetRequiredService<ICurrentTenant>().Change(tenantId ?? TenantId);
            return await action(scope.ServiceProvider);
        }
        finally
        {
            Sessions.Release();
        }
    }

    /// <summary>Commits only when <paramref name="action"/> returns; a throw rolls everything back.</summary>
    public Task<T> InTransactionAsync<T>(Func<IServiceProvider, Task<T>> action) =>
        InTenantAsync(async services =>
        {
            await using var transaction = await services.GetRequiredService<IUnitOfWork>().BeginTransactionAsync();
            var result = await action(services);
            await transaction.CommitAsync();
            return result;
        });

    public Task<PayoutCreation> CreateOrderAsync(params PayoutLineRequest[] lines) =>
        InTenantAsync(services => services.GetRequiredService<PayoutOrderManager>().CreateAsync(lines, "clerk", CancellationToken.None));

    public async Task<Guid> CreateOrderAsync(string reference, long minor) => (await CreateOrderAsync(Line(reference, minor))).OrderId;

    public Task<LedgerPostOutcome> FundAsync(long availableMinor) =>
        InTransactionAsync(services => services.GetRequiredService<LedgerService>()
            .SyncBalanceAsync(Key, new Money(availableMinor, "CNY"), Guid.NewGuid(), CancellationToken.None));

    public static StoredRequest Request(Guid attemptId) =>
        new("K" + attemptId.ToString("N"), "application/json", Encoding.UTF8.GetBytes($"{{\"out_biz_no\":\"K{attemptId:N}\"}}"));

    public Task<Guid> StartAttemptAsync(Guid orderId) =>
        InTransactionAsync(async services =>
        {
            var order = await LoadTrackedAsync(services, orderId);
            var attemptId = Guid.NewGuid();
            var attempt = await services.GetRequiredService<PayoutTransitionManager>()
                .StartAttemptAsync(order, attemptId, MerchantChannelId, Request(attemptId), "job:submission", CancellationToken.None);
            return attempt.Id;
        });

    public Task<PayoutAnswerOutcome> AnswerAsync(Guid orderId, Guid attemptId, PayoutAnswer answer) =>
        InTransactionAsync(async services => await services.GetRequiredService<PayoutTransitionManager>()
            .ApplyAnswerAsync(await LoadTrackedAsync(services, orderId), attemptId, answer, "job:query", CancellationToken.None));

    public Task<bool> InOrderAsync(Guid orderId, Func<PayoutTransitionManager, PayoutOrder, Task> action) =>
        InTransactionAsync(async services =>
        {
            await action(services.GetRequiredService<PayoutTransitionManager>(), await LoadTrackedAsync(services, orderId));
            return true;
        });

    public Task<PayoutOrder> LoadAsync(Guid orderId) => InTenantAsync(services => LoadTrackedAsync(services, orderId));

    public Task<LedgerBalance> BalanceAsync() =>
        InTenantAsync(async services => (await services.GetRequiredService<ILedgerStore>().FindBalanceAsync(Key, CancellationToken.None))!);

    /// <summary>Also closes this database's pooled connections, which would otherwise stay open idle for minutes.</summary>
    public async ValueTask DisposeAsync()
    {
        var connectionString = await InTenantAsync(services => Task.FromResult(services.GetRequiredService<AggregatedPaymentsDbContext>().Database.GetConnectionString()));
        await Database.DisposeAsync();
        if (TestDatabaseSettings.IsMySql)
        {
            await MySqlConnection.ClearPoolAsync(new MySqlConnection(connectionString));
        }
    }

    private static async Task<PayoutOrder> LoadTrackedAsync(IServiceProvider services, Guid orderId) =>
        await services.GetRequiredService<IPayoutOrderStore>().FindAsync(orderId, CancellationToken.None)
        ?? throw new InvalidOperationException($"Order {orderId} not found.");
}
