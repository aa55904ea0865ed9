using AggregatedPayments.Data;
using AggregatedPayments.MultiTenancy;

namespace AggregatedPayments.EntityFrameworkCore;

/// <summary>What the DbContext needs besides its options, in one parameter so that derived contexts stay short.</summary>
public sealed record DbContextDependencies(ICurrentTenant CurrentTenant, IDataFilter DataFilter, TimeProvider Clock);
