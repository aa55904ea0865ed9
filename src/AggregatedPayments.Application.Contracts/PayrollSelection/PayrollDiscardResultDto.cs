namespace AggregatedPayments.Payroll;

public sealed record PayrollDiscardResultDto(Guid DiscardId, string Reason, int DiscardedCount, IReadOnlyList<PayrollSkippedDto> Skipped);
