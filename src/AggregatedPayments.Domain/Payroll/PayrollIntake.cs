using AggregatedPayments.Entities;
using AggregatedPayments.Exceptions;
using AggregatedPayments.MultiTenancy;

namespace AggregatedPayments.Payroll;

/// <summary>
/// One run of taking in pending payouts — a file upload, a data-source pull, an API request — with who
/// started it, when, its counts while it runs, and how it ended. Its counters move by set-based updates
/// after each batch, so a clerk watching it sees progress; a cancel request is honoured between batches.
/// </summary>
public sealed class PayrollIntake : AggregateRoot, IMultiTenant
{
    private PayrollIntake()
    {
    }

    private PayrollIntake(Guid id, Guid tenantId, PayrollItemSource source, string requestedBy, DateTime now)
        : base(id)
    {
        TenantId = tenantId;
        Source = source;
        RequestedBy = requestedBy;
        Status = PayrollIntakeStatus.Running;
        CreationTime = now;
    }

    public Guid? TenantId { get; private set; }

    public PayrollItemSource Source { get; private set; }

    /// <summary>The data source pulled from, for a pull.</summary>
    public Guid? DataSourceId { get; private set; }

    public string? FileName { get; private set; }

    /// <summary>SHA-256 of an uploaded file: unique per merchant, so an identical file is refused.</summary>
    public string? FileSha256 { get; private set; }

    public string RequestedBy { get; private set; } = null!;

    public PayrollIntakeStatus Status { get; private set; }

    public DateTime? EndTime { get; private set; }

    /// <summary>Items read from the source so far, valid or not.</summary>
    public long ReadCount { get; private set; }

    public long CreatedCount { get; private set; }

    /// <summary>Repeats of a reference with the same content: nothing new was made for them.</summary>
    public long UnchangedCount { get; private set; }

    /// <summary>Invalid items of an earlier intake replaced by this one's content.</summary>
    public long ReplacedCount { get; private set; }

    public long InvalidCount { get; private set; }

    /// <summary>Repeats of a reference with different content, and repeats inside this intake.</summary>
    public long ConflictCount { get; private set; }

    public bool CancelRequested { get; private set; }

    public string? Failure { get; private set; }

    public bool IsRunning => Status == PayrollIntakeStatus.Running;

    public static PayrollIntake Start(Guid tenantId, PayrollItemSource source, string requestedBy, DateTime now) =>
        new(Guid.NewGuid(), tenantId, source, requestedBy, now);

    public static PayrollIntake StartUpload(Guid tenantId, string fileName, string sha256, string requestedBy, DateTime now)
    {
        var intake = new PayrollIntake(Guid.NewGuid(), tenantId, PayrollItemSource.Upload, requestedBy, now)
        {
            FileName = Truncate(fileName, PayrollConsts.MaxFileNameLength),
            FileSha256 = sha256
        };
        return intake;
    }

    public static PayrollIntake StartPull(Guid tenantId, PayrollItemSource source, Guid dataSourceId, string requestedBy, DateTime now)
    {
        if (source is not (PayrollItemSource.HttpPull or PayrollItemSource.DatabasePull))
        {
            throw new ArgumentOutOfRangeException(nameof(source), source, "A pull comes from a data source.");
        }

        return new PayrollIntake(Guid.NewGuid(), tenantId, source, requestedBy, now) { DataSourceId = dataSourceId };
    }

    /// <summary>Asks a running intake to stop after its current batch.</summary>
    public void RequestCancel()
    {
        if (!IsRunning)
        {
            throw new BusinessException(PayrollErrorCodes.IntakeNotRunning);
        }

        CancelRequested = true;
    }

    private static string Truncate(string value, int length) => value.Length <= length ? value : value[..length];
}
