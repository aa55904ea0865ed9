namespace AggregatedPayments.Payroll;

/// <summary>What one chunk of a submission did, added to the submission's counts in the chunk's own transaction.</summary>
public sealed class PayrollChunkResult
{
    public int SubmittedItems { get; set; }

    public int Orders { get; set; }

    public int Started { get; set; }

    /// <summary>Orders the approval gate held instead of starting them.</summary>
    public int AwaitingApproval { get; set; }

    public PayrollSkipCounts Skipped { get; } = new();

    public List<PayrollSubmissionFailure> Failures { get; } = [];
}
