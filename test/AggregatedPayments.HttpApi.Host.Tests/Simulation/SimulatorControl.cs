using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.Time.Testing;

namespace AggregatedPayments.Simulation;

/// <summary>
/// The simulator's test API (<c>/_sim</c>) as the host tests use it: fault and callback knobs, the
/// payout log, the bank's verdicts on card transfers, the callbacks it owes, and its clock kept in
/// step with the host's fake one.
/// </summary>
public sealed class SimulatorControl(RunningSimulator simulator)
{
    public const string GatewayPath = "/alipay/gateway.do";

    public RunningSimulator Simulator => simulator;

    private HttpClient Admin => simulator.Admin;

    /// <summary>
    /// Knobs of the Alipay gateway. A timed-out request hangs <paramref name="hangMs"/> of real time and then
    /// loses its connection: the host's own deadline runs on its fake clock, which stands still while jobs run.
    /// </summary>
    public Task SetGatewayFaultsAsync(int lostAnswerPercent = 0, int timeoutPercent = 0, int successAfterTimeoutPercent = 0, int hangMs = 25, int seed = 1) =>
        PostAsync("/_sim/faults", new { path = GatewayPath, lostAnswerPercent, timeoutPercent, successAfterTimeoutPercent, timeoutHangMs = hangMs, seed });

    public Task SetCallbackKnobsAsync(int duplicatePercent, int latePercent, int outOfOrderPercent, int seed = 1) =>
        PostAsync("/_sim/callbacks/settings", new { channel = "alipay", duplicatePercent, latePercent, outOfOrderPercent, seed });

    public async Task<List<SimulatorPayout>> PayoutsAsync() =>
        (await Admin.GetFromJsonAsync<List<SimulatorPayout>>("/_sim/payouts"))!;

    /// <summary>Takes the callbacks due now (which ends the simulator's delivery round).</summary>
    public async Task<List<SimulatorCallback>> TakeCallbacksAsync() =>
        (await Admin.GetFromJsonAsync<List<SimulatorCallback>>("/_sim/callbacks"))!;

    /// <summary>The bank's verdict on a card transfer; the status the simulator now holds, or null when it refused the change.</summary>
    public async Task<string?> SettleAsync(string outBizNo, string status)
    {
        using var response = await Admin.PostAsJsonAsync("/_sim/alipay/settle", new { outBizNo, status });
        if (response.StatusCode == HttpStatusCode.BadRequest)
        {
            return null;
        }

        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("status").GetString();
    }

    public async Task<string> AlipayPublicKeyAsync() =>
        (await Admin.GetFromJsonAsync<JsonElement>("/_sim/alipay-public-key")).GetProperty("publicKey").GetString()!;

    /// <summary>
    /// Brings both clocks to the later of the two. The simulator's runs on real time plus an offset, the
    /// host's stands still between advances; a provider stamps its messages with its own time, and the
    /// adapter refuses messages outside its freshness window.
    /// </summary>
    public async Task SyncClockAsync(FakeTimeProvider platformClock)
    {
        var simulatorNow = (await Admin.GetFromJsonAsync<JsonElement>("/_sim/clock")).GetProperty("utcNow").GetDateTimeOffset();
        var target = platformClock.GetUtcNow() > simulatorNow ? platformClock.GetUtcNow() : simulatorNow;
        if (target > platformClock.GetUtcNow())
        {
            platformClock.SetUtcNow(target);
        }

        var behind = (int)Math.Ceiling((target - simulatorNow).TotalSeconds);
        if (behind > 0)
        {
            await PostAsync("/_sim/clock/advance", new { seconds = behind });
        }
    }

    private async Task PostAsync(string path, object body)
    {
        using var response = await Admin.PostAsJsonAsync(path, body);
        response.EnsureSuccessStatusCode();
    }
}
