namespace AggregatedPayments.Payroll;

/// <summary>The intake's set-based persistence: one look-up and one write per batch, no change tracking.</summary>
public interface IPayrollStore
{
    /// <summary>Which of <paramref name="references"/> are taken in the current merchant, by items or by payout lines.</summary>
    Task<IReadOnlyList<ExistingPayrollReference>> FindReferencesAsync(IReadOnlyCollection<string> references, CancellationToken cancellationToken);

    /// <summary>
    /// Writes the batch in its own transaction. False, with nothing written, when a reference was taken
    /// meanwhile by another intake (a unique-index clash): the caller looks again and classifies anew.
    /// </summary>
    Task<bool> TryWriteBatchAsync(PayrollBatchWrite batch, CancellationToken cancellationToken);

    Task<bool> IsCancelRequestedAsync(Guid intakeId, CancellationToken cancellationToken);

    /// <summary>Ends a running intake; an intake already ended stays as it is.</summary>
    Task FinishAsync(Guid intakeId, PayrollIntakeStatus status, string? failure, DateTime endTime, CancellationToken cancellationToken);
}
