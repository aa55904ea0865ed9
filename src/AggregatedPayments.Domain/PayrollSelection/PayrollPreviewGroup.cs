namespace AggregatedPayments.Payroll;

/// <summary>One planned order of a preview and where it would go (or why no channel would take it).</summary>
public sealed record PayrollPreviewGroup(PayrollPlannedGroup Group, Guid? MerchantChannelId, string? RefusalCode);
