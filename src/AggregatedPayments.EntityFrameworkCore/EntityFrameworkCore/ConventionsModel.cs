using System.Linq.Expressions;
using System.Reflection;
using AggregatedPayments.Entities;
using AggregatedPayments.MultiTenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace AggregatedPayments.EntityFrameworkCore;

/// <summary>The model-wide rules: tenant and soft-delete filters, the version column, UTC times.</summary>
internal static class ConventionsModel
{
    private static readonly MethodInfo ConfigureFilterMethod =
        typeof(ConventionsModel).GetMethod(nameof(ConfigureFilter), BindingFlags.NonPublic | BindingFlags.Static)!;

    private static readonly ValueConverter<DateTime, DateTime> UtcConverter =
        new(v => v.Kind == DateTimeKind.Utc ? v : v.ToUniversalTime(), v => DateTime.SpecifyKind(v, DateTimeKind.Utc));

    private static readonly ValueConverter<DateTime?, DateTime?> NullableUtcConverter =
        new(v => v.HasValue ? (v.Value.Kind == DateTimeKind.Utc ? v : v.Value.ToUniversalTime()) : v,
            v => v.HasValue ? DateTime.SpecifyKind(v.Value, DateTimeKind.Utc) : v);

    public static void Apply(ModelBuilder builder, AggregatedPaymentsDbContext context)
    {
        foreach (var entityType in builder.Model.GetEntityTypes().Where(e => !e.IsOwned()).ToList())
        {
            var clrType = entityType.ClrType;
            if (typeof(IMultiTenant).IsAssignableFrom(clrType) || typeof(ISoftDelete).IsAssignableFrom(clrType))
            {
                ConfigureFilterMethod.MakeGenericMethod(clrType).Invoke(null, [builder, context]);
            }

            if (typeof(IHasVersion).IsAssignableFrom(clrType))
            {
                builder.Entity(clrType).Property(nameof(IHasVersion.Version)).IsConcurrencyToken();
            }

            if (typeof(IMultiTenant).IsAssignableFrom(clrType))
            {
                builder.Entity(clrType).HasIndex(nameof(IMultiTenant.TenantId));
            }
        }

        foreach (var property in builder.Model.GetEntityTypes().SelectMany(e => e.GetProperties()))
        {
            if (property.ClrType == typeof(DateTime))
            {
                property.SetValueConverter(UtcConverter);
            }
            else if (property.ClrType == typeof(DateTime?))
            {
                property.SetValueConverter(NullableUtcConverter);
            }
        }
    }

    // EF Core 9 allows one query filter per entity type, so tenant and soft delete are combined here.
    private static void ConfigureFilter<TEntity>(ModelBuilder builder, AggregatedPaymentsDbContext context)
        where TEntity : class
    {
        Expression<Func<TEntity, bool>>? filter = null;
        if (typeof(ISoftDelete).IsAssignableFrom(typeof(TEntity)))
        {
            filter = e => !context.IsSoftDeleteFilterEnabled || !EF.Property<bool>(e, nameof(ISoftDelete.IsDeleted));
        }

        if (typeof(IMultiTenant).IsAssignableFrom(typeof(TEntity)))
        {
            Expression<Func<TEntity, bool>> tenantFilter =
                e => !context.IsMultiTenantFilterEnabled || EF.Property<Guid?>(e, nameof(IMultiTenant.TenantId)) == context.CurrentTenantId;
            filter = filter is null ? tenantFilter : Combine(filter, tenantFilter);
        }

        builder.Entity<TEntity>().HasQueryFilter(filter);
    }

    private static Expression<Func<T, bool>> Combine<T>(Expression<Func<T, bool>> left, Expression<Func<T, bool>> right)
    {
        var parameter = left.Parameters[0];
        var rightBody = new ParameterReplacer(right.Parameters[0], parameter).Visit(right.Body);
        return Expression.Lambda<Func<T, bool>>(Expression.AndAlso(left.Body, rightBody), parameter);
    }

    private sealed class ParameterReplacer(ParameterExpression from, ParameterExpression to) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) => node == from ? to : base.VisitParameter(node);
    }
}
