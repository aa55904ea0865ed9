namespace AggregatedPayments.AuditLogging;

/// <summary>The audit log records that this property changed, never its value (for secrets whose name does not say so).</summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Field)]
public sealed class RedactedAttribute : Attribute;
