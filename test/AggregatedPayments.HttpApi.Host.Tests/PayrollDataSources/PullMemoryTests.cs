using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using AggregatedPayments.Account;
using AggregatedPayments.Data;
using AggregatedPayments.Encryption;
using AggregatedPayments.Hosting;
using AggregatedPayments.Identity;
using AggregatedPayments.Merchants;
using AggregatedPayments.Payroll;
using AggregatedPayments.Payroll.DataSources;
using Shouldly;
using Xunit;
using Xunit.Abstractions;

namespace AggregatedPayments.PayrollDataSources;

/// <summary>
/// The issue's bound, measured on the real host as its own process: a pull of 100,000 items through the API, run
/// by the host's own job worker against a source that makes its items as it writes them, keeps the host's peak
/// resident memory (VmHWM, the kernel's high-water mark, start-up included) under 400 MB.
/// </summary>
public sealed class PullMemoryTests(ITestOutputHelper output) : IAsyncLifetime
{
    private const int Items = 100_000;
    private const long MaxPeakBytes = 400L * 1024 * 1024;
    private const string AdminPassword = "PullMemory123!";

    private readonly TestDatabaseSettings.Instance _database = TestDatabaseSettings.NewInstance();

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync() => _database.DropAsync();

    [Fact]
    public async Task Should_pull_100000_items_through_the_api_with_the_host_under_400_MB()
    {
        await using var source = await PayrollSourceServer.StartAsync(Items);
        await using var host = HostProcess.Start(Configuration());
        (await host.WaitUntilReadyAsync()).ShouldBeTrue(host.Output);
        var admin = await LoginAsync(host, null, IdentityConsts.AdminUserName, AdminPassword);
        var code = "mem" + Guid.NewGuid().ToString("N")[..8];
        var merchant = await new MerchantClientProxy(admin).CreateAsync(new CreateMerchantDto { Code = code, Name = "Memory Ltd", AdminPassword = AdminPassword });
        source.Trust(merchant.ApiCredential.KeyId, merchant.ApiCredential.Secret);
        var clerk = await LoginAsync(host, code, IdentityConsts.AdminUserName, AdminPassword);
        var dataSource = await new PayrollDataSourceClientProxy(clerk).CreateAsync(new CreatePayrollDataSourceDto
        {
            Kind = PayrollDataSourceKind.Http,
            Name = "Payroll system",
            Http = new PayrollHttpSourceInputDto { Url = source.Url, PageSize = PayrollDataSourceConsts.MaxPageSize }
        });

        var cpuBefore = CpuTime(host.ProcessId);
        var clock = Stopwatch.StartNew();
        var started = await new PayrollDataSourceClientProxy(clerk).PullAsync(dataSource.Id);
        var intake = await WaitForEndAsync(host, new PayrollIntakeClientProxy(clerk), started.Id);
        clock.Stop();

        var peak = PeakResidentBytes(host.ProcessId);
        var cpu = CpuTime(host.ProcessId) - cpuBefore;
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{(TestDatabaseSettings.IsMySql ? "MariaDB" : "SQLite")}: {Items:N0} items in {clock.Elapsed.TotalSeconds:F1} s ({Items / clock.Elapsed.TotalSeconds:N0} items/s), "
            + $"{cpu.TotalSeconds:F1} s of the host's CPU ({Items / cpu.TotalSeconds:N0} items per CPU second); host peak resident memory (VmHWM) {peak / 1024.0 / 1024.0:F0} MB"));
        intake.Status.ShouldBe(PayrollIntakeStatus.Completed, intake.Failure);
        (intake.ReadCount, intake.CreatedCount).ShouldBe((Items, Items));
        source.BadSignatures.ShouldBe(0);
        peak.ShouldBeLessThan(MaxPeakBytes);
    }

    /// <summary>Polls the intake as a clerk's screen would, until the pull has ended.</summary>
    private static async Task<PayrollIntakeDto> WaitForEndAsync(HostProcess host, PayrollIntakeClientProxy intakes, Guid id)
    {
        var deadline = Stopwatch.StartNew();
        while (true)
        {
            var intake = await intakes.GetAsync(id);
            if (intake.Status != PayrollIntakeStatus.Running)
            {
                return intake;
            }

            // About a minute on a quiet machine; the limit leaves room for a machine shared with other builds.
            if (deadline.Elapsed > TimeSpan.FromMinutes(15) || host.HasExited)
            {
                throw new TimeoutException($"The pull read {intake.ReadCount} items and is still running. Host output:\n{host.Output}");
            }

            await Task.Delay(TimeSpan.FromMilliseconds(500));
        }
    }

    /// <summary>VmHWM of /proc/&lt;pid&gt;/status: the most resident memory the process has had at any moment.</summary>
    private static long PeakResidentBytes(int processId)
    {
        var line = File.ReadLines($"/proc/{processId}/status").Single(l => l.StartsWith("VmHWM:", StringComparison.Ordinal));
        var kilobytes = long.Parse(line["VmHWM:".Length..].Trim().Split(' ')[0], CultureInfo.InvariantCulture);
        return kilobytes * 1024;
    }

    /// <summary>User and system time the process has used, from /proc/&lt;pid&gt;/stat (in clock ticks of 1/100 s).</summary>
    private static TimeSpan CpuTime(int processId)
    {
        // The command name, in parentheses, may hold spaces: the fields are counted from its closing parenthesis.
        var stat = File.ReadAllText($"/proc/{processId}/stat");
        var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        var ticks = long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture);
        return TimeSpan.FromSeconds(ticks / 100.0);
    }

    private static async Task<HttpClient> LoginAsync(HostProcess host, string? tenantCode, string userName, string password)
    {
        var token = await new AccountClientProxy(new HttpClient { BaseAddress = host.BaseAddress })
            .LoginAsync(new LoginDto { TenantCode = tenantCode, UserName = userName, Password = password });
        var client = new HttpClient { BaseAddress = host.BaseAddress };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token.AccessToken);
        return client;
    }

    private Dictionary<string, string?> Configuration() => new(_database.Configuration)
    {
        ["Database:MigrateOnStartup"] = "true",
        ["Jwt:SigningKey"] = AggregatedPaymentsWebFactory.JwtSigningKey,
        [EncryptionOptions.KeyEncryptionKeyPath] = EncryptionKeyValidator.TestKey,
        ["Seed:AdminPassword"] = AdminPassword,
        ["OutboundCalls:AllowedTargets:0"] = "localhost",
        ["BackgroundJobs:IsWorkerEnabled"] = "true",
        ["BackgroundJobs:PollInterval"] = "00:00:00.200",

        // The job must not be cut off at its lease on a machine busy with other work; a quiet one needs a fraction.
        ["BackgroundJobs:LeaseDuration"] = "00:20:00",
        ["PayoutSubmission:IsSweepEnabled"] = "false",
        ["Logging:LogLevel:Default"] = "Warning"
    };
}
