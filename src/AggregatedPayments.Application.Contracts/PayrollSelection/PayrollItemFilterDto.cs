using System.ComponentModel.DataAnnotations;

namespace AggregatedPayments.Payroll;

/// <summary>
/// The fields items are filtered by, in the list and in a selection alike. All optional; times are UTC and
/// <see cref="CreatedTo"/> is exclusive; amounts are minor units; the reference matches exactly, the payee name as a part.
/// </summary>
public class PayrollItemFilterDto
{
    public PayrollItemSource? Source { get; set; }

    public Guid? IntakeId { get; set; }

    public DateTime? CreatedFrom { get; set; }

    public DateTime? CreatedTo { get; set; }

    [Range(0, long.MaxValue)]
    public long? AmountMin { get; set; }

    [Range(0, long.MaxValue)]
    public long? AmountMax { get; set; }

    [StringLength(PayrollSelectionConsts.MaxFilterTextLength)]
    public string? BankCode { get; set; }

    public PayrollItemStatus? Status { get; set; }

    /// <summary>True for valid items only, false for invalid ones.</summary>
    public bool? IsValid { get; set; }

    [StringLength(PayrollSelectionConsts.MaxFilterTextLength)]
    public string? Reference { get; set; }

    [StringLength(PayrollSelectionConsts.MaxFilterTextLength)]
    public string? PayeeName { get; set; }
}
