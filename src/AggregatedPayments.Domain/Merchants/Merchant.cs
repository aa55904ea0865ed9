using AggregatedPayments.AuditLogging;
using AggregatedPayments.Entities;
using AggregatedPayments.Exceptions;
using AggregatedPayments.Merchants.Policies;

namespace AggregatedPayments.Merchants;

/// <summary>
/// A merchant is a tenant: its id is the TenantId that every row it owns carries. The merchant row
/// itself belongs to the platform.
/// </summary>
[Audited]
public sealed class Merchant : SoftDeleteAggregateRoot
{
    private Merchant()
    {
    }

    internal Merchant(Guid id, string code, string name, string timeZone)
        : base(id)
    {
        Code = code;
        SetName(name);
        TimeZone = timeZone;
        Status = MerchantStatus.Active;
    }

    public Guid TenantId => Id;

    /// <summary>Typed at sign-in; unique, compared byte for byte.</summary>
    public string Code { get; private set; } = null!;

    public string Name { get; private set; } = null!;

    public MerchantProfile Profile { get; private set; } = MerchantProfile.Empty;

    /// <summary>Notify address, API address ranges, currencies and limits; checked by whoever sets it.</summary>
    public MerchantPayoutPolicy PayoutPolicy { get; private set; } = MerchantPayoutPolicy.Empty;

    /// <summary>IANA time zone: daily limits and daily figures follow it.</summary>
    public string TimeZone { get; private set; } = null!;

    public MerchantStatus Status { get; private set; }

    public bool IsActive => Status == MerchantStatus.Active;

    public void SetName(string name)
    {
        if (string.IsNullOrWhiteSpace(name) || name.Length > MerchantConsts.MaxNameLength)
        {
            throw new InvalidInputException(nameof(Name), $"The name is required and at most {MerchantConsts.MaxNameLength} characters long.");
        }

        Name = name.Trim();
    }

    public void SetProfile(MerchantProfile profile) => Profile = profile;

    public void SetPayoutPolicy(MerchantPayoutPolicy policy) => PayoutPolicy = policy ?? MerchantPayoutPolicy.Empty;

    internal void SetTimeZone(string timeZone) => TimeZone = timeZone;

    public void Suspend() => Status = MerchantStatus.Suspended;

    public void Activate() => Status = MerchantStatus.Active;
}
