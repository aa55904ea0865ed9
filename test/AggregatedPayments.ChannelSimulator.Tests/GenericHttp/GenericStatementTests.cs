using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Shouldly;
using Xunit;

namespace AggregatedPayments.ChannelSimulator.GenericHttp;

public sealed class GenericStatementTests : IDisposable
{
    private readonly GenericSimulatorFactory factory = new();
    private readonly GenericTestClient client;

    public GenericStatementTests()
    {
        client = new GenericTestClient(factory.CreateClient());
    }

    public void Dispose() => factory.Dispose();

    [Fact]
    public async Task Should_list_the_days_payouts_and_returns_as_signed_json_lines()
    {
        await client.CallAsync("/generic/payout", GenericTestClient.PayoutBody("K1", "1.10"));
        await client.CallAsync("/generic/payout", GenericTestClient.PayoutBody("K2", "2.20"));
        await client.SettleAsync("K2", "returned");

        var statement = await StatementAsync();

        statement.Status.ShouldBe(HttpStatusCode.OK);
        statement.Verified.ShouldBeTrue();
        Lines(statement).ShouldBe([("K1", "1.10", "ok"), ("K2", "2.20", "ok"), ("K2", "2.20", "returned")]);
    }

    [Fact]
    public async Task Should_drift_from_the_books_as_the_knob_says()
    {
        foreach (var (key, amount) in new[] { ("K1", "1.00"), ("K2", "2.00"), ("K3", "3.00") })
        {
            await client.CallAsync("/generic/payout", GenericTestClient.PayoutBody(key, amount));
        }

        using var knob = await client.Http.PostAsJsonAsync("/_sim/generic/statement-drift",
            new { dropKeys = new[] { "K1" }, amountDeltas = new Dictionary<string, long> { ["K2"] = 1 }, extraLines = 1, duplicateKeys = new[] { "K3" } });
        knob.EnsureSuccessStatusCode();

        var lines = Lines(await StatementAsync());

        lines.ShouldBe([("K2", "2.01", "ok"), ("K3", "3.00", "ok"), ("K3", "3.00", "ok"), ("extra-0001", "1.00", "ok")]);
        (await client.PayoutsAsync()).Count.ShouldBe(3);
    }

    [Fact]
    public async Task Should_not_give_a_statement_of_a_day_not_yet_begun()
    {
        var tomorrow = Today().AddDays(2).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

        var answer = await client.CallAsync("/generic/statement", $$"""{"statement_date":"{{tomorrow}}"}""");

        answer.Status.ShouldBe(HttpStatusCode.BadRequest);
        answer.ErrorCode.ShouldBe("STATEMENT_NOT_READY");
    }

    private static DateOnly Today() => DateOnly.FromDateTime(DateTimeOffset.UtcNow.ToOffset(TimeSpan.FromHours(8)).DateTime);

    private Task<GenericAnswer> StatementAsync() =>
        client.CallAsync("/generic/statement", $$"""{"statement_date":"{{Today().ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}}"}""");

    private static List<(string Key, string Amount, string State)> Lines(GenericAnswer statement) =>
        statement.Body.Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(line => JsonDocument.Parse(line).RootElement)
            .Select(e => (e.GetProperty("order_ref").GetString()!, e.GetProperty("pay_amount").GetString()!, e.GetProperty("state").GetString()!))
            .ToList();
}
