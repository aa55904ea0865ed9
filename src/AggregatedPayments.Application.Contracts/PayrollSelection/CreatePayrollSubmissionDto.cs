using System.ComponentModel.DataAnnotations;

namespace AggregatedPayments.Payroll;

/// <summary>What to submit and how: previewed and submitted alike.</summary>
public sealed class CreatePayrollSubmissionDto
{
    [Required]
    public PayrollSelectionDto? Selection { get; set; }

    /// <summary>The merchant channel every order goes through; none lets routing choose per order.</summary>
    public Guid? MerchantChannelId { get; set; }

    /// <summary>Merge items to the same payee into one order; left out, the merchant's automatic-aggregation setting decides.</summary>
    public bool? Aggregate { get; set; }
}
