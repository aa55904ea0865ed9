namespace AggregatedPayments.Channels.Sandbox;

/// <summary>The names under which channels store the sandbox's parameters.</summary>
public static class SandboxParameterNames
{
    /// <summary>The merchant's sandbox account: every balance, payout and statement is kept under it.</summary>
    public const string AccountId = "accountId";

    /// <summary>Minor units credited to each sandbox currency when the account is first used.</summary>
    public const string InitialBalance = "initialBalance";

    /// <summary>The key that signs the sandbox's callbacks for this merchant.</summary>
    public const string NotifySecret = "notifySecret";

    /// <summary>A regular expression: payee accounts matching it are refused as invalid.</summary>
    public const string FailAccountPattern = "failAccountPattern";

    /// <summary>Comma-separated <c>digits=CODE</c> pairs: amounts whose minor units end in the digits fail with the code.</summary>
    public const string FailAmountEndings = "failAmountEndings";

    /// <summary>Seeds the pseudo-random failures, so one seed gives the same outcomes on every run.</summary>
    public const string Seed = "seed";

    /// <summary>0–100: the share of accepted payouts that fail pseudo-randomly.</summary>
    public const string FailureRatePercent = "failureRatePercent";

    /// <summary>How long an accepted payout stays Processing before it completes.</summary>
    public const string ProcessingDelaySeconds = "processingDelaySeconds";
}
