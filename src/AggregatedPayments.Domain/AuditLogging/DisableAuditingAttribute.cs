namespace AggregatedPayments.AuditLogging;

/// <summary>On an entity: its changes are not audited even if it is marked <see cref="AuditedAttribute"/>. On a property: its value is redacted.</summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Property | AttributeTargets.Field, Inherited = true)]
public sealed class DisableAuditingAttribute : Attribute;
