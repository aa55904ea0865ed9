namespace AggregatedPayments.Demo;

/// <summary>What the demo seed creates and where the host serves the demo's own endpoints.</summary>
public static class DemoNames
{
    public const string MerchantCode = "demo";

    public const string MerchantName = "Demo Ltd";

    public const string ClerkUserName = "clerk";

    public const string ClerkRoleName = "clerk";

    public const string ChannelCode = "sandbox";

    public const string DataSourceName = "Demo payroll";

    public const string PayrollSourcePath = "demo/payroll-source";

    public const string NotificationsPath = "demo/notifications";

    public const string Currency = "CNY";

    /// <summary>Amounts whose minor units end in these digits are refused by the sandbox's bank.</summary>
    public const string FailingAmountEnding = "13";

    /// <summary>An order above 5,000.00 CNY waits for a second user's approval.</summary>
    public const long ApprovalSingleMinor = 5_000_00;

    /// <summary>What the sandbox account holds when the demo merchant first uses it: 1,000,000.00 CNY.</summary>
    public const long OpeningBalanceMinor = 1_000_000_00;
}
