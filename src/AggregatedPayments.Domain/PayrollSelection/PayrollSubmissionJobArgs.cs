using AggregatedPayments.BackgroundJobs;

namespace AggregatedPayments.Payroll;

/// <summary>Work through a submission's plan, chunk by chunk, from where it stands.</summary>
[BackgroundJobName("Payroll.Submission")]
public sealed record PayrollSubmissionJobArgs(Guid SubmissionId);
