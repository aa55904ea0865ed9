namespace AggregatedPayments.Withdrawals;

/// <summary>A registered card's life: asked for by one user, confirmed or rejected by another, replaced by the next confirmed one.</summary>
public enum WithdrawalCardStatus
{
    Pending = 0,
    Active = 1,
    Rejected = 2,
    Superseded = 3
}
