using System.Net.Http.Json;
using AggregatedPayments.Data;
using AggregatedPayments.Encryption;
using AggregatedPayments.Hosting;
using AggregatedPayments.Identity;
using Shouldly;
using Xunit;

namespace AggregatedPayments.FaultInjection;

/// <summary>
/// The host as its own process, killed for real at a fault point and started again over the same
/// database: what the money core's crash tests build on.
/// </summary>
public sealed class ProcessCrashTests : IAsyncLifetime
{
    private const string AdminPassword = "CrashTest123!";

    private readonly TestDatabaseSettings.Instance _database = TestDatabaseSettings.NewInstance();

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync() => _database.DropAsync();

    [Fact]
    public async Task Should_die_at_the_fault_point_and_finish_its_work_on_the_next_start()
    {
        await using (var crashing = HostProcess.Start(Configuration(), faultAt: FaultPointNames.AfterMigration))
        {
            (await crashing.WaitForExitAsync()).ShouldNotBe(0, crashing.Output);
            crashing.Output.ShouldContain(FaultPointNames.AfterMigration);
        }

        await using var restarted = HostProcess.Start(Configuration());
        (await restarted.WaitUntilReadyAsync()).ShouldBeTrue(restarted.Output);

        // The seed the crash cut off ran on the second start: the administrator can sign in.
        using var http = new HttpClient { BaseAddress = restarted.BaseAddress };
        var login = await http.PostAsJsonAsync("api/account/login", new { userName = IdentityConsts.AdminUserName, password = AdminPassword });
        login.IsSuccessStatusCode.ShouldBeTrue(await login.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Should_refuse_to_start_with_a_fault_point_outside_the_testing_environment()
    {
        await using var host = HostProcess.Start(Configuration(), environment: "Development", faultAt: FaultPointNames.AfterMigration);

        (await host.WaitForExitAsync()).ShouldNotBe(0);
        host.Output.ShouldContain("only in the Testing environment");
    }

    private Dictionary<string, string?> Configuration() => new(_database.Configuration)
    {
        ["Database:MigrateOnStartup"] = "true",
        ["Jwt:SigningKey"] = AggregatedPaymentsWebFactory.JwtSigningKey,
        [EncryptionOptions.KeyEncryptionKeyPath] = EncryptionKeyValidator.TestKey,
        ["Seed:AdminPassword"] = AdminPassword,
        ["BackgroundJobs:IsWorkerEnabled"] = "false"
    };
}
