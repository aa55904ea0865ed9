using AggregatedPayments.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace AggregatedPayments.Payroll.DataSources;

internal sealed class EfPayrollDataSourceStore(AggregatedPaymentsDbContext db) : IPayrollDataSourceStore
{
    public async Task<bool> TryMarkPullAsync(Guid dataSourceId, Guid? expectedLastIntakeId, Guid intakeId, DateTime utcNow, CancellationToken cancellationToken)
    {
        // The tenant filter applies to set-based updates too: another merchant's source is never matched.
        var marked = await db.Set<PayrollDataSource>()
            .Where(s => s.Id == dataSourceId && s.LastPullIntakeId == expectedLastIntakeId)
            .ExecuteUpdateAsync(u => u.SetProperty(s => s.LastPullIntakeId, intakeId).SetProperty(s => s.LastPullTime, utcNow), cancellationToken);
        return marked == 1;
    }
}
