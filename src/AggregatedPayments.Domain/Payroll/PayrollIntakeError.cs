using AggregatedPayments.Entities;
using AggregatedPayments.MultiTenancy;

namespace AggregatedPayments.Payroll;

/// <summary>One refused line of an intake, with its line and reasons: the rows of its downloadable error report.</summary>
public sealed class PayrollIntakeError : Entity<Guid>, IMultiTenant
{
    private PayrollIntakeError()
    {
    }

    internal PayrollIntakeError(Guid id, Guid tenantId, Guid intakeId, long line, string? merchantReference, IReadOnlyList<string> codes)
    {
        Id = id;
        TenantId = tenantId;
        IntakeId = intakeId;
        Line = line;
        MerchantReference = merchantReference is null ? null : Truncate(merchantReference, PayrollConsts.MaxRawTextLength);
        Codes = Truncate(string.Join(',', codes), PayrollConsts.MaxErrorCodesLength);
    }

    public Guid? TenantId { get; private set; }

    public Guid IntakeId { get; private set; }

    /// <summary>The line in the file (the header is line 1), or the item's place in the pull or request.</summary>
    public long Line { get; private set; }

    /// <summary>As given, when there was one (it may itself be what is wrong).</summary>
    public string? MerchantReference { get; private set; }

    /// <summary><see cref="PayrollErrorCodes"/>, comma-separated; the report turns them into text in the reader's language.</summary>
    public string Codes { get; private set; } = null!;

    public IReadOnlyList<string> CodeList => Codes.Split(',', StringSplitOptions.RemoveEmptyEntries);

    private static string Truncate(string value, int length) => value.Length <= length ? value : value[..length];
}
