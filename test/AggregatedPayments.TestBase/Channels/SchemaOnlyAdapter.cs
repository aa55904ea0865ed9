using AggregatedPayments.Channels;

namespace AggregatedPayments.Channels;

/// <summary>
/// A test double that declares a realistic schema and capabilities but pays nobody: for the tests of
/// channel configuration, which never send anything.
/// </summary>
public sealed class SchemaOnlyAdapter : IPayoutChannelAdapter
{
    public const string ProviderName = "SchemaOnly";

    public string Provider => ProviderName;

    public ChannelCapabilities Capabilities { get; } = new(
        ChannelFunctions.Payout | ChannelFunctions.Query | ChannelFunctions.Balance,
        TimeSpan.FromDays(1),
        TimeSpan.FromDays(30),
        1,
        ["CNY", "USD"]);

    public IReadOnlyList<ChannelParameterDefinition> Parameters { get; } =
    [
        new("app_id", "App id", "应用ID", ChannelParameterType.Text, true, ParameterSupplier.Platform),
        new("app_secret", "App secret", "应用密钥", ChannelParameterType.Secret, true, ParameterSupplier.Platform),
        new("gateway", "Gateway", "网关", ChannelParameterType.Url, false, ParameterSupplier.Platform),
        new("mode", "Mode", "模式", ChannelParameterType.Select, false, ParameterSupplier.Platform, ["live", "sandbox"]),
        new("merchant_account", "Merchant account", "商户账号", ChannelParameterType.Text, true, ParameterSupplier.Merchant)
    ];

    public string FormatKey(Guid attemptId) => attemptId.ToString("N");

    public StoredRequest PrepareSubmit(PayoutInstruction instruction, ChannelContext context) =>
        throw new InvalidOperationException("The schema-only adapter sends nothing.");

    public Task<SubmitResult> SubmitAsync(StoredRequest request, ChannelContext context, CancellationToken cancellationToken) =>
        throw new InvalidOperationException("The schema-only adapter sends nothing.");

    public Task<QueryResult> QueryAsync(string key, ChannelAmount requestedAmount, ChannelContext context, CancellationToken cancellationToken) =>
        throw new InvalidOperationException("The schema-only adapter sends nothing.");
}
