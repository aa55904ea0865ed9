using Microsoft.Extensions.Time.Testing;

namespace AggregatedPayments.Channels.GenericHttp;

/// <summary>One adapter wired to a fake provider, configured as an operator would configure a provider we have no adapter for.</summary>
public sealed class GenericHttpAdapterHarness : IDisposable
{
    public const string MerchantId = "M100200";
    public const string Secret = "s3cr3t-for-tests";

    public const string FieldMapping = """
        {
          "request": { "key": "out_no", "amount": "amt", "currency": "ccy", "payeeAccount": "account_no",
                       "payeeName": "account_name", "title": "memo", "notifyUrl": "notify_url" },
          "response": { "key": "data.out_no", "status": "data.state", "providerReference": "data.order_no", "amount": "data.amt",
                        "currency": "data.ccy", "errorCode": "err.code", "errorMessage": "err.msg",
                        "available": "data.available", "frozen": "data.frozen" }
        }
        """;

    public const string StatusMapping = """{"SUCCESS":"Succeeded","DEALING":"Processing","FAIL":"Failed","NO_ORDER":"NotFound"}""";

    private readonly HttpClient http;

    public GenericHttpAdapterHarness(
        string amountFormat = GenericHttpAmountFormat.DecimalString, string secret = Secret, IReadOnlyDictionary<string, string>? moreParameters = null)
    {
        Provider = new FakeGenericProvider(MerchantId, Secret, Clock);
        http = new HttpClient(Provider, disposeHandler: false);
        var parameters = new Dictionary<string, string>
        {
            [GenericHttpParameterNames.FieldMapping] = FieldMapping,
            [GenericHttpParameterNames.AmountFormat] = amountFormat,
            [GenericHttpParameterNames.StatusMapping] = StatusMapping,
            [GenericHttpParameterNames.MerchantId] = MerchantId,
            [GenericHttpParameterNames.Secret] = secret,
            [GenericHttpParameterNames.NotificationWindowSeconds] = "300",
        };
        foreach (var (name, value) in moreParameters ?? new Dictionary<string, string>())
        {
            parameters[name] = value;
        }

        var addresses = new Dictionary<ChannelFunctions, Uri>
        {
            [ChannelFunctions.Payout] = new("https://provider.example/api/payout"),
            [ChannelFunctions.Query] = new("https://provider.example/api/query"),
            [ChannelFunctions.Balance] = new("https://provider.example/api/balance"),
        };
        Context = new ChannelContext(new ChannelParameters(parameters), addresses, http, Clock);
    }

    public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2025, 1, 1, 2, 0, 0, TimeSpan.Zero));

    public FakeGenericProvider Provider { get; }

    public GenericHttpChannelAdapter Adapter { get; } = new();

    public ChannelContext Context { get; }

    public static ChannelAmount Cny(long fen) => new(fen, "CNY", 2);

    public PayoutInstruction Instruction(long fen = 1234) => new(
        Adapter.FormatKey(Guid.Parse("0f8fad5b-d9cb-469f-a165-70867728950e")),
        Cny(fen),
        new Payee("6222020200112233445", "张三", PayeeAccountType.BankCard),
        "工资 1月",
        NotifyUrl: "https://pay.example/notify/generic");

    public void Dispose()
    {
        http.Dispose();
        Provider.Dispose();
    }
}
