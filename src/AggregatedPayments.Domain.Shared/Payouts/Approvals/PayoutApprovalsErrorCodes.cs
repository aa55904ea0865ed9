namespace AggregatedPayments.Payouts;

/// <summary>The maker-checker rules' refusals (ARCHITECTURE.md, "Approvals").</summary>
public static class PayoutApprovalsErrorCodes
{
    /// <summary>The user who asked for the payout (created or re-initiated it) cannot be the one who decides it.</summary>
    public const string ApproverIsCreator = "AP:PayoutApprovals:ApproverIsCreator";

    /// <summary>Only a signed-in person decides: never an API key or an anonymous caller.</summary>
    public const string ApproverNotAPerson = "AP:PayoutApprovals:ApproverNotAPerson";

    /// <summary>The order no longer has the content the approval was asked for; the approval is voided.</summary>
    public const string ContentChanged = "AP:PayoutApprovals:ContentChanged";

    public const string NotPending = "AP:PayoutApprovals:NotPending";

    /// <summary>The order stopped waiting (cancelled, corrected) while the approval was open; the approval is voided.</summary>
    public const string OrderNotAwaiting = "AP:PayoutApprovals:OrderNotAwaiting";

    /// <summary>An order that waits for approval cannot start an attempt by any other way.</summary>
    public const string AwaitingApproval = "AP:PayoutApprovals:AwaitingApproval";

    public const string ReasonRequired = "AP:PayoutApprovals:ReasonRequired";
}
