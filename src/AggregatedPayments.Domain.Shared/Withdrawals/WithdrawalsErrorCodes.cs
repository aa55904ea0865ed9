namespace AggregatedPayments.Withdrawals;

/// <summary>The refusals of withdrawals and of their registered cards (ARCHITECTURE.md, "Approvals").</summary>
public static class WithdrawalsErrorCodes
{
    /// <summary>The merchant channel has no confirmed (Active) card to withdraw to.</summary>
    public const string NoActiveCard = "AP:Withdrawals:NoActiveCard";

    /// <summary>The channel, its opening to the merchant, or its adapter does not offer the withdraw function.</summary>
    public const string WithdrawNotSupported = "AP:Withdrawals:WithdrawNotSupported";

    /// <summary>A withdrawal names its merchant channel: routing never chooses one, and it stays on it.</summary>
    public const string MerchantChannelRequired = "AP:Withdrawals:MerchantChannelRequired";

    /// <summary>The user who asked for the card cannot confirm or reject it.</summary>
    public const string ConfirmerIsRequester = "AP:Withdrawals:ConfirmerIsRequester";

    /// <summary>Only a signed-in person decides on a card, never an API key.</summary>
    public const string ConfirmerNotAPerson = "AP:Withdrawals:ConfirmerNotAPerson";

    public const string CardNotPending = "AP:Withdrawals:CardNotPending";

    /// <summary>One card request at a time per merchant channel: decide the open one first.</summary>
    public const string CardRequestPending = "AP:Withdrawals:CardRequestPending";

    public const string UnknownBank = "AP:Withdrawals:UnknownBank";

    public const string ReasonRequired = "AP:Withdrawals:ReasonRequired";

    /// <summary>A withdrawal's payee is its registered card: it is never corrected, only withdrawn again.</summary>
    public const string PayeeNotCorrectable = "AP:Withdrawals:PayeeNotCorrectable";

    public const string NotAWithdrawal = "AP:Withdrawals:NotAWithdrawal";
}
