using System.Diagnostics;
using AggregatedPayments.Data;
using AggregatedPayments.Encryption;
using AggregatedPayments.Hosting;
using AggregatedPayments.Payouts;
using AggregatedPayments.Payroll;

namespace AggregatedPayments.Benchmarks;

/// <summary>
/// One engine's run: the real host as its own process with its job worker and janitor on, over a fresh
/// database, driven through the HTTP API as a merchant's system would. Stages follow one another and each
/// is timed from the previous one's end: intake (upload), aggregate + submit, settle, notify.
/// </summary>
public static class PayrollBenchmark
{
    private const string AdminPassword = "Bench-Admin123!";
    private static readonly TimeSpan Poll = TimeSpan.FromMilliseconds(500);

    /// <summary>BENCH_SQL_LOG: a path prefix; the host's statements are logged and written to &lt;prefix&gt;.&lt;engine&gt;.log after the run.</summary>
    private static string? SqlLogPath => Environment.GetEnvironmentVariable("BENCH_SQL_LOG") is { Length: > 0 } path ? path : null;

    public static async Task<EngineResult> RunAsync(bool mySql, int lines, CancellationToken cancellationToken)
    {
        var engine = mySql ? "MariaDB" : "SQLite";
        Environment.SetEnvironmentVariable("AP_TEST_DB", mySql ? "mysql" : "sqlite");
        var database = TestDatabaseSettings.NewInstance();
        var notes = new List<string>();
        try
        {
            await using var receiver = await NotificationReceiver.StartAsync();
            await using var host = HostProcess.Start(HostConfiguration(database));
            if (!await host.WaitUntilReadyAsync())
            {
                throw new InvalidOperationException($"The host did not start:\n{host.Output}");
            }

            var merchant = await BenchmarkSetup.CreateMerchantAsync(host.BaseAddress, AdminPassword, receiver.Address, cancellationToken);
            var items = BenchmarkPayroll.Build(lines);
            var file = PayrollFiles.Xlsx(items);
            Log(engine, $"host ready (pid {host.ProcessId}); {lines} lines in a {file.Length / 1024.0 / 1024.0:F1} MiB XLSX, {BenchmarkPayroll.ExpectedOrders(lines)} payees");

            var stages = new List<StageFigure>();
            var total = Stopwatch.StartNew();
            var stage = Stopwatch.StartNew();
            var cpu = HostCpu.Used(host.ProcessId);
            TimeSpan CpuSince()
            {
                var now = HostCpu.Used(host.ProcessId);
                var used = now - cpu;
                cpu = now;
                return used;
            }

            var intake = await IntakeAsync(merchant, file, lines, engine, cancellationToken);
            stages.Add(new StageFigure("intake (upload)", stage.Elapsed, CpuSince(), intake.CreatedCount, lines,
                $"read {intake.ReadCount}, created {intake.CreatedCount}, invalid {intake.InvalidCount}, status {intake.Status}"));
            Log(engine, Summary(stages[^1]));

            stage.Restart();
            var submission = await SubmitAsync(merchant, lines, engine, cancellationToken);
            var orders = submission.OrderCount;
            stages.Add(new StageFigure("aggregate + submit", stage.Elapsed, CpuSince(), submission.SubmittedItemCount, lines,
                $"{submission.OrderCount} orders ({submission.PlannedOrderCount} planned), started {submission.StartedCount}, failed to start {submission.FailedToStartCount}, status {submission.Status}"));
            Log(engine, Summary(stages[^1]));

            stage.Restart();
            var final = await SettleAsync(merchant, orders, engine, cancellationToken);
            stages.Add(new StageFigure("settle", stage.Elapsed, CpuSince(), final.Succeeded + final.Failed, orders,
                $"{final.Succeeded} succeeded, {final.Failed} failed (orders)"));
            Log(engine, Summary(stages[^1]));

            stage.Restart();
            var notified = await ProgressWait.UntilAsync(() => Task.FromResult((long)receiver.OrderCount), orders, Poll,
                done => Log(engine, $"  notified {done}/{orders}"), cancellationToken);
            stages.Add(new StageFigure("notify", stage.Elapsed, CpuSince(), notified, orders,
                $"{receiver.EventCount} events about {receiver.OrderCount} orders in {receiver.Deliveries} deliveries"));
            Log(engine, Summary(stages[^1]));
            var endToEnd = total.Elapsed;

            var peak = PeakMemory.MiB(host.ProcessId);
            var raw = await RawInsertBaseline.MeasureAsync(mySql, database.Configuration["ConnectionStrings:Default"]!, cancellationToken);
            Log(engine, $"raw insert: {raw.Rows} rows at {raw.RowsPerSecond:F0} rows/s");
            if (SqlLogPath is { } sqlLog)
            {
                await File.WriteAllTextAsync($"{sqlLog}.{engine}.log", host.Output, cancellationToken);
            }

            if (host.HasExited)
            {
                notes.Add($"The host exited during the run (code {host.ExitCode}).");
            }

            return new EngineResult(engine, lines, orders, stages, endToEnd, peak, raw.RowsPerSecond, raw.Rows, notes);
        }
        finally
        {
            await database.DropAsync();
        }
    }

    /// <summary>The host as an operator would run it for this: worker and janitor on (the defaults), the notify endpoint on localhost allowed, logs at Warning.</summary>
    private static Dictionary<string, string?> HostConfiguration(TestDatabaseSettings.Instance database)
    {
        var configuration = new Dictionary<string, string?>(database.Configuration)
        {
            ["Database:MigrateOnStartup"] = "true",
            ["Jwt:SigningKey"] = AggregatedPaymentsWebFactory.JwtSigningKey,
            [EncryptionOptions.KeyEncryptionKeyPath] = EncryptionKeyValidator.TestKey,
            ["Seed:AdminPassword"] = AdminPassword,
            ["BackgroundJobs:IsWorkerEnabled"] = "true",
            ["PayoutSubmission:IsSweepEnabled"] = "true",
            ["OutboundCalls:AllowedTargets:0"] = "localhost",
            ["Logging:LogLevel:Default"] = "Warning"
        };
        if (SqlLogPath is not null)
        {
            // Every statement the host runs, with its duration: where the time goes (costs time itself: not for the figures).
            configuration["Logging:LogLevel:Microsoft.EntityFrameworkCore.Database.Command"] = "Information";
        }

        return configuration;
    }

    private static async Task<PayrollIntakeDto> IntakeAsync(BenchmarkMerchant merchant, byte[] file, int lines, string engine, CancellationToken cancellationToken)
    {
        await using var content = new MemoryStream(file, writable: false);
        var intake = await new PayrollUploadClientProxy(merchant.Admin).UploadAsync(new PayrollUploadFile("payroll-benchmark.xlsx", content), cancellationToken);
        var intakes = new PayrollIntakeClientProxy(merchant.Admin);
        await ProgressWait.UntilAsync(async () =>
        {
            intake = await intakes.GetAsync(intake.Id, cancellationToken);
            return intake.Status == PayrollIntakeStatus.Running ? intake.ReadCount : lines;
        }, lines, Poll, done => Log(engine, $"  intake read {done}/{lines}"), cancellationToken);
        return intake;
    }

    private static async Task<PayrollSubmissionDto> SubmitAsync(BenchmarkMerchant merchant, int lines, string engine, CancellationToken cancellationToken)
    {
        var submissions = new PayrollSubmissionClientProxy(merchant.Admin);
        var submission = await submissions.CreateAsync(new CreatePayrollSubmissionDto
        {
            Selection = new PayrollSelectionDto { AllPending = true },
            Aggregate = true,
            MerchantChannelId = merchant.MerchantChannelId
        }, cancellationToken);
        await ProgressWait.UntilAsync(async () =>
        {
            submission = await submissions.GetAsync(submission.Id, cancellationToken);
            return submission.Status == PayrollSubmissionStatus.Running ? submission.SubmittedItemCount : lines;
        }, lines, Poll, done => Log(engine, $"  submitted {done}/{lines} items"), cancellationToken);
        return submission;
    }

    private static async Task<(long Succeeded, long Failed)> SettleAsync(BenchmarkMerchant merchant, int orders, string engine, CancellationToken cancellationToken)
    {
        var payouts = new PayoutClientProxy(merchant.Admin);
        long succeeded = 0, failed = 0;
        await ProgressWait.UntilAsync(async () =>
        {
            succeeded = await CountAsync(payouts, PayoutState.Succeeded, cancellationToken);
            failed = await CountAsync(payouts, PayoutState.Failed, cancellationToken);
            return succeeded + failed;
        }, orders, TimeSpan.FromSeconds(1), done => Log(engine, $"  final {done}/{orders} orders"), cancellationToken);
        return (succeeded, failed);
    }

    private static async Task<long> CountAsync(PayoutClientProxy payouts, PayoutState state, CancellationToken cancellationToken) =>
        (await payouts.GetListAsync(new GetPayoutListInput { State = state, MaxResultCount = 1 }, cancellationToken)).TotalCount;

    private static string Summary(StageFigure s) =>
        $"{s.Name}: {s.Elapsed.TotalSeconds:F1} s (host CPU {s.HostCpu.TotalSeconds:F1} s), {s.Done}/{s.Total}; {s.Note}";

    private static void Log(string engine, string message) => Console.WriteLine($"[{DateTime.Now:HH:mm:ss}] {engine}: {message}");
}
