using AggregatedPayments.AuditLogging;
using AggregatedPayments.Entities;
using AggregatedPayments.MultiTenancy;

namespace AggregatedPayments.Settings;

/// <summary>
/// A value set for one setting at one level. Written only through <see cref="SettingManager"/>, which
/// checks the definition and encrypts values of encrypted settings.
/// </summary>
[Audited]
public sealed class SettingValue : AggregateRoot, IMultiTenant
{
    private SettingValue()
    {
    }

    internal SettingValue(SettingOwner owner, string name, string value)
        : base(Guid.NewGuid())
    {
        TenantId = owner.TenantId;
        Level = owner.Level;
        ProviderKey = owner.ProviderKey;
        Name = name;
        Value = value;
    }

    public Guid? TenantId { get; private set; }

    public string Name { get; private set; } = null!;

    public SettingLevels Level { get; private set; }

    /// <summary>The tenant id or user id the value belongs to; <see cref="Guid.Empty"/> for the platform.</summary>
    public Guid ProviderKey { get; private set; }

    /// <summary>The value, or its ciphertext when the setting is encrypted.</summary>
    /// <remarks>Redacted in the audit log: a row cannot tell there whether it holds a secret's ciphertext.</remarks>
    [Redacted]
    public string Value { get; private set; } = null!;

    internal void ChangeValue(string value) => Value = value;
}
