using Microsoft.Extensions.Time.Testing;

namespace AggregatedPayments.Channels.Alipay;

/// <summary>One adapter wired to a fake gateway, with the channel parameters a merchant would configure.</summary>
public sealed class AlipayAdapterHarness : IDisposable
{
    public const string AppId = "2019090366875133";
    public const string AlipayUserId = "2088102000000001";

    private readonly HttpClient http;

    public AlipayAdapterHarness(string productCode = AlipayProductCodes.ToAccount)
    {
        http = new HttpClient(Gateway, disposeHandler: false);
        var parameters = new Dictionary<string, string>
        {
            [AlipayChannelParameters.AppId] = AppId,
            [AlipayChannelParameters.AppPrivateKey] = AlipayTestVectors.Instance.PrivateKeyPkcs8Base64,
            [AlipayChannelParameters.AlipayPublicKey] = Gateway.AlipayPublicKeyPem,
            [AlipayChannelParameters.GatewayUrl] = "https://openapi-sandbox.dl.alipaydev.com/gateway.do",
            [AlipayChannelParameters.ProductCode] = productCode,
            [AlipayChannelParameters.AlipayUserId] = AlipayUserId,
            [AlipayChannelParameters.NotificationWindowSeconds] = "300",
        };
        Context = new ChannelContext(new ChannelParameters(parameters), new Dictionary<ChannelFunctions, Uri>(), http, Clock);
    }

    public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2025, 1, 1, 2, 0, 0, TimeSpan.Zero));

    public FakeAlipayGateway Gateway { get; } = new();

    public AlipayChannelAdapter Adapter { get; } = new();

    public ChannelContext Context { get; }

    public static ChannelAmount Cny(long fen) => new(fen, "CNY", 2);

    public PayoutInstruction Instruction(long fen = 1234, Payee? payee = null) => new(
        Adapter.FormatKey(Guid.Parse("0f8fad5b-d9cb-469f-a165-70867728950e")),
        Cny(fen),
        payee ?? new Payee("2088102000000002", "张三", PayeeAccountType.ProviderUserId),
        "工资 1月",
        "January");

    public void Dispose()
    {
        http.Dispose();
        Gateway.Dispose();
    }
}
