namespace AggregatedPayments.Channels.Sandbox;

/// <summary>
/// The sandbox's parameter schema. The outcome rules are the platform's (one rule set per channel,
/// so a demo or a benchmark is configured in one place); the account, its opening balance and the
/// callback secret are each merchant's.
/// </summary>
public static class SandboxParameterDefinitions
{
    public static readonly IReadOnlyList<ChannelParameterDefinition> All =
    [
        new(SandboxParameterNames.AccountId, "Sandbox account id", "沙箱账户号",
            ChannelParameterType.Text, Required: true, ParameterSupplier.Merchant),
        new(SandboxParameterNames.InitialBalance, "Opening balance per currency (minor units)", "各币种初始余额（最小货币单位）",
            ChannelParameterType.Number, Required: false, ParameterSupplier.Merchant),
        new(SandboxParameterNames.NotifySecret, "Callback signing secret", "回调签名密钥",
            ChannelParameterType.Secret, Required: false, ParameterSupplier.Merchant),
        new(SandboxParameterNames.FailAccountPattern, "Accounts refused as invalid (regular expression)", "视为无效账户的账号（正则表达式）",
            ChannelParameterType.Text, Required: false, ParameterSupplier.Platform),
        new(SandboxParameterNames.FailAmountEndings, "Amounts that fail by their last digits (e.g. 13=PAYEE_BANK_REFUSED)", "按金额尾数失败（如 13=PAYEE_BANK_REFUSED）",
            ChannelParameterType.Text, Required: false, ParameterSupplier.Platform),
        new(SandboxParameterNames.Seed, "Random seed", "随机种子",
            ChannelParameterType.Number, Required: false, ParameterSupplier.Platform),
        new(SandboxParameterNames.FailureRatePercent, "Random failure rate (%)", "随机失败率（%）",
            ChannelParameterType.Number, Required: false, ParameterSupplier.Platform),
        new(SandboxParameterNames.ProcessingDelaySeconds, "Processing time (seconds)", "处理时长（秒）",
            ChannelParameterType.Number, Required: false, ParameterSupplier.Platform)
    ];
}
