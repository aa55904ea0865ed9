using AggregatedPayments.Merchants.Policies;

namespace AggregatedPayments.Payroll;

/// <summary>What one intake checks its items against, read once when it starts: the merchant's policy.</summary>
public sealed record PayrollValidationRules(Guid TenantId, MerchantPayoutPolicy Policy);
