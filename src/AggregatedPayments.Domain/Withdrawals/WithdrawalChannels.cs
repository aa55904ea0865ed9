using AggregatedPayments.Channels;
using AggregatedPayments.Exceptions;
using AggregatedPayments.Payouts;

namespace AggregatedPayments.Withdrawals;

/// <summary>
/// What the payout engine asks of a withdrawal's channel before it prepares anything: the adapter
/// implements and declares the withdraw function, the administrator enabled it on the channel, and it
/// was opened to this merchant. Anything less is refused with one stable code, before a hold.
/// </summary>
public static class WithdrawalChannels
{
    public static IChannelWithdrawal EnsureCanWithdraw(PayoutChannel channel)
    {
        ArgumentNullException.ThrowIfNull(channel);
        var offered = channel.Adapter is IChannelWithdrawal
                      && channel.Adapter.Capabilities.Supports(ChannelFunctions.Withdraw)
                      && channel.Channel.Functions.Any(f => f is { Function: ChannelFunctions.Withdraw, IsEnabled: true })
                      && channel.MerchantChannel.Functions.HasFlag(ChannelFunctions.Withdraw);
        return offered
            ? (IChannelWithdrawal)channel.Adapter
            : throw new BusinessException(WithdrawalsErrorCodes.WithdrawNotSupported)
                .WithData("merchantChannelId", channel.MerchantChannel.Id)
                .WithData("provider", channel.Channel.Provider);
    }
}
