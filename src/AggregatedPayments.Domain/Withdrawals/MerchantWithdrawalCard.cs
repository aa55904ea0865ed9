using AggregatedPayments.AuditLogging;
using AggregatedPayments.Entities;
using AggregatedPayments.Exceptions;
using AggregatedPayments.MultiTenancy;
using AggregatedPayments.Payouts;

namespace AggregatedPayments.Withdrawals;

/// <summary>
/// The merchant's own bank card that one merchant channel withdraws to (the card is bound at the provider
/// account, so each merchant channel has its own). Registering or changing it is maker-checker: one user
/// asks, a different signed-in user confirms (it becomes Active, the previous Active is Superseded) or
/// rejects it with a reason. The number is stored encrypted, with a blind index and a mask.
/// <see cref="ActiveMerchantChannelId"/> and <see cref="PendingMerchantChannelId"/> carry the merchant
/// channel only while the card is in that status, so unique indexes allow one of each per channel on every engine.
/// </summary>
[Audited]
public sealed class MerchantWithdrawalCard : AggregateRoot, IMultiTenant
{
    private MerchantWithdrawalCard()
    {
    }

    internal MerchantWithdrawalCard(Guid id, Guid tenantId, Guid merchantChannelId, PayeeAccount card, string requestedBy, Guid requestedByUserId)
        : base(id)
    {
        TenantId = tenantId;
        MerchantChannelId = merchantChannelId;
        PendingMerchantChannelId = merchantChannelId;
        AccountNumberCiphertext = card.AccountNumberCiphertext;
        AccountNumberIndex = card.AccountNumberIndex;
        MaskedAccountNumber = card.MaskedAccountNumber;
        AccountName = card.AccountName;
        BankCode = card.BankCode;
        BankName = card.BankName;
        RequestedBy = PayoutText.Limit(requestedBy, WithdrawalConsts.MaxActorLength)!;
        RequestedByUserId = requestedByUserId;
        Status = WithdrawalCardStatus.Pending;
    }

    public Guid? TenantId { get; private set; }

    public Guid MerchantChannelId { get; private set; }

    public Guid? ActiveMerchantChannelId { get; private set; }

    public Guid? PendingMerchantChannelId { get; private set; }

    /// <summary>Under <see cref="PayeeAccountFactory.EncryptionPurpose"/>, as an order's payee number.</summary>
    public string AccountNumberCiphertext { get; private set; } = null!;

    /// <summary>HMAC of the normalised number (<see cref="PayeeAccountFactory.IndexPurpose"/>).</summary>
    public string AccountNumberIndex { get; private set; } = null!;

    public string MaskedAccountNumber { get; private set; } = null!;

    public string AccountName { get; private set; } = null!;

    public string? BankCode { get; private set; }

    public string? BankName { get; private set; }

    /// <summary>
    /// The card as a withdrawal's payee. A copy, not a mapped owned value: an owned type shared by two
    /// owners would become a shared-type entity, which the payout store's tracker handling does not expect.
    /// </summary>
    public PayeeAccount ToPayeeAccount() =>
        new(AccountNumberCiphertext, AccountNumberIndex, MaskedAccountNumber, AccountName, Channels.PayeeAccountType.BankCard, BankCode, BankName, null);

    public WithdrawalCardStatus Status { get; private set; }

    public string RequestedBy { get; private set; } = null!;

    public Guid RequestedByUserId { get; private set; }

    public string? DecidedBy { get; private set; }

    public Guid? DecidedByUserId { get; private set; }

    public string? DecisionReason { get; private set; }

    public DateTime? DecisionTime { get; private set; }

    public DateTime? SupersededTime { get; private set; }

    internal void Confirm(Guid? userId, string? userName, string? reason, DateTime utcNow)
    {
        Decide(userId, userName, string.IsNullOrWhiteSpace(reason) ? null : Reason(reason), utcNow);
        Status = WithdrawalCardStatus.Active;
        ActiveMerchantChannelId = MerchantChannelId;
    }

    internal void Reject(Guid? userId, string? userName, string? reason, DateTime utcNow)
    {
        Decide(userId, userName, Reason(reason), utcNow);
        Status = WithdrawalCardStatus.Rejected;
    }

    internal void Supersede(DateTime utcNow)
    {
        if (Status != WithdrawalCardStatus.Active)
        {
            throw new InvalidOperationException("Only the active card is superseded.");
        }

        Status = WithdrawalCardStatus.Superseded;
        ActiveMerchantChannelId = null;
        SupersededTime = utcNow;
    }

    /// <summary>Maker-checker, by user id: holding both permissions does not let the requester check itself; an API key never decides.</summary>
    internal void EnsureDecidableBy(Guid? userId, string? userName)
    {
        if (Status != WithdrawalCardStatus.Pending)
        {
            throw new ConflictException(WithdrawalsErrorCodes.CardNotPending).WithData("status", Status);
        }

        if (userId is null || string.IsNullOrEmpty(userName) || userName.StartsWith(WithdrawalConsts.ApiCallerPrefix, StringComparison.Ordinal))
        {
            throw new ForbiddenException(WithdrawalsErrorCodes.ConfirmerNotAPerson);
        }

        if (userId == RequestedByUserId)
        {
            throw new ForbiddenException(WithdrawalsErrorCodes.ConfirmerIsRequester);
        }
    }

    private void Decide(Guid? userId, string? userName, string? reason, DateTime utcNow)
    {
        EnsureDecidableBy(userId, userName);
        PendingMerchantChannelId = null;
        DecidedBy = PayoutText.Limit(userName, WithdrawalConsts.MaxActorLength);
        DecidedByUserId = userId;
        DecisionReason = reason;
        DecisionTime = utcNow;
    }

    private static string Reason(string? reason) =>
        string.IsNullOrWhiteSpace(reason) || reason.Trim().Length > WithdrawalConsts.MaxReasonLength
            ? throw new BusinessException(WithdrawalsErrorCodes.ReasonRequired).WithData("max", WithdrawalConsts.MaxReasonLength)
            : reason.Trim();
}
