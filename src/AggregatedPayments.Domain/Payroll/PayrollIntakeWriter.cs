using AggregatedPayments.Exceptions;
using AggregatedPayments.Merchants.Policies;
using Microsoft.Extensions.Logging;

namespace AggregatedPayments.Payroll;

/// <summary>
/// Takes a stream of pending payouts into the merchant's items, whatever the source. Items are read one
/// batch at a time (a 100,000-line pull never sits in memory), checked, classified against the references
/// already taken — new, the same again (nothing new), a conflict, or the fix of an invalid item — and
/// written set-based, each batch in one transaction with its error rows and the intake's counts. A cancel
/// request is seen between batches; what was written stays, and the same source taken in again adds only
/// what is new.
/// </summary>
public sealed class PayrollIntakeWriter(
    PayrollItemValidator validator,
    IPayrollStore store,
    IMerchantPayoutPolicyReader policies,
    TimeProvider clock,
    ILogger<PayrollIntakeWriter> logger)
{
    private const int MaxWriteRounds = 5;

    /// <summary>Runs the intake to its end and records how it ended; <paramref name="observe"/> hears each line's outcome (the API answers with them).</summary>
    public async Task<PayrollIntakeStatus> RunAsync(
        PayrollIntake intake,
        IAsyncEnumerable<PayrollItemInput> items,
        Action<PayrollItemOutcome>? observe,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(intake);
        ArgumentNullException.ThrowIfNull(items);
        var tenantId = intake.TenantId ?? throw new InvalidOperationException("An intake belongs to a merchant.");
        var rules = new PayrollValidationRules(tenantId, await policies.GetAsync(tenantId, cancellationToken));
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var status = PayrollIntakeStatus.Completed;
        string? failure = null;
        try
        {
            var batch = new List<ValidatedPayrollItem>(PayrollConsts.WriteBatchSize);
            await foreach (var input in items.WithCancellation(cancellationToken))
            {
                batch.Add(await validator.ValidateAsync(input, rules, cancellationToken));
                if (batch.Count < PayrollConsts.WriteBatchSize)
                {
                    continue;
                }

                await WriteAsync(intake, batch, seen, observe, cancellationToken);
                batch.Clear();
                if (await store.IsCancelRequestedAsync(intake.Id, cancellationToken))
                {
                    status = PayrollIntakeStatus.Cancelled;
                    break;
                }
            }

            if (status == PayrollIntakeStatus.Completed && batch.Count > 0)
            {
                await WriteAsync(intake, batch, seen, observe, cancellationToken);
            }
        }
        catch (Exception exception) when (exception is BusinessException or PayrollSourceException)
        {
            status = PayrollIntakeStatus.Failed;
            failure = exception.Message;
            logger.LogWarning("Payroll intake {IntakeId} stopped: {Failure}", intake.Id, exception.Message);
        }
        catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            status = PayrollIntakeStatus.Failed;
            failure = "The intake stopped on an unexpected error; what was taken in before it stays.";
            logger.LogError(exception, "Payroll intake {IntakeId} failed", intake.Id);
        }
        finally
        {
            if (cancellationToken.IsCancellationRequested && status == PayrollIntakeStatus.Completed)
            {
                status = PayrollIntakeStatus.Failed;
                failure = "The intake was interrupted (the host stopped); take the source in again to finish it.";
            }

            // Recorded even when the caller's token is cancelled: an intake must never stay "running" forever.
            await store.FinishAsync(intake.Id, status, failure, clock.GetUtcNow().UtcDateTime, CancellationToken.None);
        }

        return status;
    }

    private async Task WriteAsync(PayrollIntake intake, List<ValidatedPayrollItem> batch, HashSet<string> seen, Action<PayrollItemOutcome>? observe, CancellationToken cancellationToken)
    {
        // A look may race another intake taking the same references: a clash rolls the batch back, and the next look sees the winner.
        for (var round = 0; round < MaxWriteRounds; round++)
        {
            var plan = await PlanAsync(intake, batch, seen, cancellationToken);
            if (await store.TryWriteBatchAsync(plan.Write, cancellationToken))
            {
                foreach (var item in batch.Where(i => i.HasReference))
                {
                    seen.Add(item.MerchantReference);
                }

                foreach (var outcome in plan.Outcomes)
                {
                    observe?.Invoke(outcome);
                }

                return;
            }
        }

        throw new ConflictException(Payouts.PayoutsErrorCodes.ReferenceInUse).WithData("reference", batch[0].MerchantReference);
    }

    private async Task<PayrollBatchPlan> PlanAsync(PayrollIntake intake, List<ValidatedPayrollItem> batch, HashSet<string> seen, CancellationToken cancellationToken)
    {
        var references = batch.Where(i => i.HasReference).Select(i => i.MerchantReference).Distinct(StringComparer.Ordinal).ToList();
        var existing = (await store.FindReferencesAsync(references, cancellationToken)).ToDictionary(e => e.Reference, StringComparer.Ordinal);
        var planner = new PayrollBatchPlanner(intake, existing, seen, clock.GetUtcNow().UtcDateTime);
        foreach (var item in batch)
        {
            planner.Classify(item);
        }

        return planner.Build();
    }
}
