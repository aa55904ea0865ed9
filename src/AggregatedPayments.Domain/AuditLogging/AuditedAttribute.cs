namespace AggregatedPayments.AuditLogging;

/// <summary>Marks a configuration entity: each saved change to it is written into the audit log of the request that made it.</summary>
[AttributeUsage(AttributeTargets.Class, Inherited = true)]
public sealed class AuditedAttribute : Attribute;
