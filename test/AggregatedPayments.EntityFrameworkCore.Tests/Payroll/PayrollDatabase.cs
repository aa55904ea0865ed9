using AggregatedPayments.Data;
using AggregatedPayments.Merchants;
using AggregatedPayments.Merchants.Policies;
using AggregatedPayments.MultiTenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace AggregatedPayments.Payroll;

/// <summary>A seeded database with one merchant, and the intake's steps each in its own scope inside the merchant's tenant.</summary>
internal sealed class PayrollDatabase : IAsyncDisposable
{
    private PayrollDatabase(TestDatabase database, Guid tenantId)
    {
        Database = database;
        TenantId = tenantId;
    }

    public TestDatabase Database { get; }

    public Guid TenantId { get; }

    public static async Task<PayrollDatabase> CreateAsync(MerchantPayoutPolicy? policy = null)
    {
        var database = await TestDatabase.CreateAsync();
        await using var scope = database.CreateScope();
        await scope.ServiceProvider.GetRequiredService<DataSeeder>().SeedAsync(CancellationToken.None);
        var merchant = await scope.ServiceProvider.GetRequiredService<MerchantManager>().CreateAsync("PAYROLL", "Payroll Ltd", "Asia/Shanghai", default);
        merchant.SetPayoutPolicy(policy ?? MerchantPayoutPolicy.Empty);
        await scope.ServiceProvider.GetRequiredService<IUnitOfWork>().SaveChangesAsync();
        return new PayrollDatabase(database, merchant.Id);
    }

    public async Task<T> InTenantAsync<T>(Func<IServiceProvider, Task<T>> action)
    {
        await using var scope = Database.CreateScope();
        using var tenant = scope.ServiceProvider.GetRequiredService<ICurrentTenant>().Change(TenantId);
        return await action(scope.ServiceProvider);
    }

    public Task<PayrollIntake> StartAsync(PayrollItemSource source = PayrollItemSource.Api, bool cancelRequested = false) =>
        InTenantAsync(async services =>
        {
            var intake = PayrollIntake.Start(TenantId, source, "clerk", Database.Clock.GetUtcNow().UtcDateTime);
            if (cancelRequested)
            {
                intake.RequestCancel();
            }

            await services.GetRequiredService<IRepository<PayrollIntake>>().InsertAsync(intake);
            await services.GetRequiredService<IUnitOfWork>().SaveChangesAsync();
            return intake;
        });

    /// <summary>Runs a whole intake of <paramref name="items"/> and gives back the intake as stored, with every outcome.</summary>
    public async Task<(PayrollIntake Intake, List<PayrollItemOutcome> Outcomes)> TakeInAsync(IAsyncEnumerable<PayrollItemInput> items, PayrollIntake? intake = null)
    {
        intake ??= await StartAsync();
        var outcomes = new List<PayrollItemOutcome>();
        await InTenantAsync(services => services.GetRequiredService<PayrollIntakeWriter>().RunAsync(intake, items, o => { lock (outcomes) { outcomes.Add(o); } }, CancellationToken.None));
        return (await ReadAsync<PayrollIntake>(q => q.SingleAsync(i => i.Id == intake.Id)), outcomes);
    }

    public Task<(PayrollIntake Intake, List<PayrollItemOutcome> Outcomes)> TakeInAsync(params PayrollItemInput[] items) =>
        TakeInAsync(TestPayrollItems.Stream(items));

    public Task<T> ReadAsync<T>(Func<IQueryable<T>, Task<T>> read)
        where T : class =>
        InTenantAsync(services => read(services.GetRequiredService<EntityFrameworkCore.AggregatedPaymentsDbContext>().Set<T>().AsNoTracking()));

    public Task<List<T>> ListAsync<T>()
        where T : class =>
        InTenantAsync(services => services.GetRequiredService<EntityFrameworkCore.AggregatedPaymentsDbContext>().Set<T>().AsNoTracking().ToListAsync());

    public ValueTask DisposeAsync() => Database.DisposeAsync();
}
