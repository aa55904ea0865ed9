namespace AggregatedPayments.ChannelSimulator.Alipay;

/// <summary>
/// One money movement on the payer account, as the account ledger (账务明细) lists it: exactly one
/// of <see cref="IncomeFen"/> and <see cref="ExpenseFen"/> is set, and <see cref="BalanceFen"/>
/// is the balance right after it.
/// </summary>
public sealed record AlipayMovement(
    string AccountLogId,
    string OrderId,
    string OutBizNo,
    string Title,
    DateTimeOffset At,
    string Counterparty,
    long IncomeFen,
    long ExpenseFen,
    long BalanceFen,
    string BizType,
    string Remark);
