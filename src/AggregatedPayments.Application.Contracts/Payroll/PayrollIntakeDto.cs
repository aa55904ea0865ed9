namespace AggregatedPayments.Payroll;

public sealed record PayrollIntakeDto(
    Guid Id,
    PayrollItemSource Source,
    Guid? DataSourceId,
    string? FileName,
    PayrollIntakeStatus Status,
    string RequestedBy,
    DateTime CreationTime,
    DateTime? EndTime,
    long ReadCount,
    long CreatedCount,
    long UnchangedCount,
    long ReplacedCount,
    long InvalidCount,
    long ConflictCount,
    bool CancelRequested,
    string? Failure,
    int Version);
