using System.Text;
using Shouldly;
using Xunit;

namespace AggregatedPayments.Channels.GenericHttp;

/// <summary>Reading statements exactly: JSON lines or an array at a path, and a failed download rather than a guessed line.</summary>
public sealed class GenericHttpStatementTests
{
    private const string Mapping = """
        {
          "request": { "key": "out_no", "amount": "amt", "statementDate": "day" },
          "response": { "status": "data.state", "errorCode": "err.code" },
          "statement": { "key": "out_no", "providerReference": "order_no", "amount": "amt", "currency": "ccy", "status": "state",
                         "bookedAt": "at", "fee": "fee" }
        }
        """;

    [Fact]
    public void Should_read_json_lines_skipping_blank_ones()
    {
        var lines = Read("""
            {"out_no":"k1","order_no":"P1","amt":"12.34","ccy":"CNY","state":"SUCCESS","at":"2026-11-27T10:00:00+08:00","fee":"0.10"}

            {"out_no":"k1","amt":"12.34","ccy":"CNY","state":"BOUNCED","at":1795226400}
            """);

        lines.ShouldBe([
            new StatementLine("k1", "P1", new ChannelAmount(1234, "CNY", 2), ChannelPayoutState.Succeeded, new DateTime(2026, 11, 27, 2, 0, 0, DateTimeKind.Utc), new ChannelAmount(10, "CNY", 2)),
            new StatementLine("k1", null, new ChannelAmount(1234, "CNY", 2), ChannelPayoutState.Returned, DateTimeOffset.FromUnixTimeSeconds(1795226400).UtcDateTime, null),
        ]);
    }

    [Fact]
    public void Should_read_the_array_at_the_configured_path()
    {
        var lines = Read("""{"data":{"rows":[{"out_no":"k2","amt":"0.05","ccy":"CNY","state":"SUCCESS"}]}}""", linesPath: "data.rows");

        lines.ShouldBe([new StatementLine("k2", null, new ChannelAmount(5, "CNY", 2), ChannelPayoutState.Succeeded, null, null)]);
    }

    [Theory]
    [InlineData("""{"out_no":"k","amt":"12.3","ccy":"CNY","state":"SUCCESS"}""")]
    [InlineData("""{"out_no":"k","amt":"12.30","state":"SUCCESS"}""")]
    [InlineData("""{"out_no":"k","amt":"12.30","ccy":"CNY","state":"ON_HOLD"}""")]
    [InlineData("""{"out_no":"k","amt":"12.30","ccy":"CNY","state":"SUCCESS","at":"2026-11-27 10:00:00"}""")]
    [InlineData("""{"out_no":"k","amt":"12.30","ccy":"CNY","state":"SUCCESS","fee":0.1}""")]
    [InlineData("""not json""")]
    public void Should_fail_on_a_line_it_cannot_read_exactly(string line)
    {
        Should.Throw<InvalidDataException>(() => Read(line)).Message.ShouldContain("line 1");
    }

    [Fact]
    public void Should_fail_with_the_providers_code_when_the_statement_is_refused()
    {
        var refused = new GenericHttpExchange(400, Encoding.UTF8.GetBytes("""{"err":{"code":"NOT_READY"}}"""), null);

        Should.Throw<HttpRequestException>(() => GenericHttpStatement.Read(refused, Settings()).ToList()).Message.ShouldContain("NOT_READY");
    }

    [Fact]
    public void Should_fail_when_the_answer_could_not_be_trusted()
    {
        Should.Throw<HttpRequestException>(() => GenericHttpStatement.Read(GenericHttpExchange.Untrusted("bad signature"), Settings()).ToList());
    }

    [Fact]
    public void Should_ask_for_the_day_under_the_providers_name()
    {
        Encoding.UTF8.GetString(GenericHttpStatement.Request(new DateOnly(2026, 11, 27), Settings())).ShouldBe("""{"day":"2026-11-27"}""");
    }

    [Fact]
    public void Should_refuse_a_statement_section_without_amount_currency_or_status()
    {
        Should.Throw<ChannelConfigurationException>(() => GenericHttpFieldMapping.Parse(
            """{"request":{"key":"k","amount":"a"},"response":{"status":"s"},"statement":{"amount":"a","status":"s"}}"""));
    }

    /// <summary>Settings are parsed without any call being made.</summary>
    private static readonly HttpClient Unused = new();

    private static List<StatementLine> Read(string body, string? linesPath = null) =>
        GenericHttpStatement.Read(new GenericHttpExchange(200, Encoding.UTF8.GetBytes(body), null), Settings(linesPath)).ToList();

    private static GenericHttpSettings Settings(string? linesPath = null)
    {
        var parameters = new Dictionary<string, string>
        {
            [GenericHttpParameterNames.FieldMapping] = Mapping,
            [GenericHttpParameterNames.AmountFormat] = GenericHttpAmountFormat.DecimalString,
            [GenericHttpParameterNames.StatusMapping] = """{"SUCCESS":"Succeeded","BOUNCED":"Returned"}""",
            [GenericHttpParameterNames.MerchantId] = "M1",
            [GenericHttpParameterNames.Secret] = "s",
        };
        if (linesPath is not null)
        {
            parameters[GenericHttpParameterNames.StatementLinesPath] = linesPath;
        }

        return GenericHttpSettings.From(new ChannelContext(new ChannelParameters(parameters), new Dictionary<ChannelFunctions, Uri>(), Unused, TimeProvider.System));
    }
}
