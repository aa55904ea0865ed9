using AggregatedPayments.Channels;
using AggregatedPayments.Data;
using AggregatedPayments.Dictionaries;
using AggregatedPayments.Exceptions;
using AggregatedPayments.MultiTenancy;
using AggregatedPayments.Payouts;

namespace AggregatedPayments.Withdrawals;

/// <summary>
/// Registering and changing a merchant channel's withdrawal card, maker-checker (ARCHITECTURE.md,
/// "Approvals"): a request waits as Pending until a different signed-in user confirms or rejects it.
/// Works inside the caller's transaction; the caller saves.
/// </summary>
public sealed class WithdrawalCardManager(
    IRepository<MerchantWithdrawalCard> cards,
    IRepository<MerchantChannel> merchantChannels,
    IAsyncQueryExecuter executer,
    IDictionaryLookup dictionaries,
    PayeeAccountFactory payees,
    IUnitOfWork unitOfWork,
    ICurrentTenant currentTenant,
    TimeProvider clock)
{
    public async Task<MerchantWithdrawalCard> RequestAsync(
        Guid merchantChannelId, string accountNumber, string accountName, string bankCode, string requestedBy, Guid requestedByUserId, CancellationToken cancellationToken)
    {
        var tenantId = currentTenant.Id ?? throw new InvalidOperationException("A withdrawal card belongs to a merchant: act inside its tenant.");

        // Another merchant's channel answers 404, as one that does not exist.
        await merchantChannels.GetAsync(merchantChannelId, cancellationToken);
        var code = bankCode?.Trim() ?? "";
        var bank = await dictionaries.FindItemAsync(DictionaryCodes.Banks, code, cancellationToken)
                   ?? throw new BusinessException(WithdrawalsErrorCodes.UnknownBank).WithData("bankCode", code);
        if (await executer.AnyAsync(cards.QueryNoTracking().Where(c => c.PendingMerchantChannelId == merchantChannelId), cancellationToken))
        {
            throw new ConflictException(WithdrawalsErrorCodes.CardRequestPending).WithData("merchantChannelId", merchantChannelId);
        }

        var card = await payees.CreateAsync(new PayeeDetails(accountNumber, accountName, PayeeAccountType.BankCard, bank.Code, bank.NameZhHans ?? bank.NameEn), cancellationToken);
        var request = new MerchantWithdrawalCard(Guid.NewGuid(), tenantId, merchantChannelId, card, requestedBy, requestedByUserId);
        await cards.InsertAsync(request, cancellationToken);
        return request;
    }

    /// <summary>
    /// Makes the card Active and supersedes the channel's previous one. Two saves inside the caller's
    /// transaction: the old card leaves the unique "active" slot before the new one takes it.
    /// </summary>
    public async Task ConfirmAsync(MerchantWithdrawalCard card, Guid? userId, string? userName, string? reason, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(card);
        card.EnsureDecidableBy(userId, userName);
        var utcNow = clock.GetUtcNow().UtcDateTime;
        if (await FindActiveAsync(card.MerchantChannelId, cancellationToken) is { } previous)
        {
            previous.Supersede(utcNow);
            await unitOfWork.SaveChangesAsync(cancellationToken);
        }

        card.Confirm(userId, userName, reason, utcNow);
    }

    public void Reject(MerchantWithdrawalCard card, Guid? userId, string? userName, string? reason)
    {
        ArgumentNullException.ThrowIfNull(card);
        card.Reject(userId, userName, reason, clock.GetUtcNow().UtcDateTime);
    }

    /// <summary>The merchant channel's confirmed card (tracked), or null.</summary>
    public Task<MerchantWithdrawalCard?> FindActiveAsync(Guid merchantChannelId, CancellationToken cancellationToken) =>
        executer.FirstOrDefaultAsync(cards.Query().Where(c => c.ActiveMerchantChannelId == merchantChannelId), cancellationToken);
}
