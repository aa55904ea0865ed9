using AggregatedPayments.OutboundCalls;

namespace AggregatedPayments.Channels;

/// <summary>
/// "Test connection": calls the channel's balance function, or else queries a key that was never used
/// (a verified NotFound proves credentials, signing and address), with the stored parameters and
/// through the outbound-call guard. Reports; never pays and never throws for a provider's failure.
/// </summary>
public sealed class ChannelConnectionTester(ChannelAdapterRegistry adapters, ChannelContextFactory contexts, TimeProvider clock)
{
    public async Task<ConnectionTestResult> TestAsync(Channel channel, MerchantChannel merchantChannel, CancellationToken cancellationToken)
    {
        var adapter = adapters.Get(channel.Provider);
        var useBalance = adapter is IChannelBalance && merchantChannel.Functions.HasFlag(ChannelFunctions.Balance);
        var function = useBalance ? ChannelFunctions.Balance : ChannelFunctions.Query;
        var started = clock.GetTimestamp();
        try
        {
            var context = await contexts.CreateAsync(channel, merchantChannel, cancellationToken);
            var outcome = useBalance
                ? Describe(await ((IChannelBalance)adapter).QueryBalanceAsync(channel.Currencies.FirstOrDefault() ?? "CNY", context, cancellationToken))
                : Describe(await adapter.QueryAsync(adapter.FormatKey(Guid.NewGuid()), new ChannelAmount(1, channel.Currencies.FirstOrDefault() ?? "CNY", 2), context, cancellationToken));
            return new ConnectionTestResult(outcome.Succeeded, function, outcome.Text, Elapsed(started));
        }
        catch (Exception exception) when (exception is ChannelConfigurationException or OutboundCallException or HttpRequestException or TaskCanceledException)
        {
            return new ConnectionTestResult(false, function, exception.Message, Elapsed(started));
        }
    }

    private static (bool Succeeded, string Text) Describe(BalanceResult result) => result switch
    {
        BalanceResult.Known known => (true, $"Balance answered: {known.Available.Minor} minor units of {known.Available.Currency} available."),
        BalanceResult.Unknown unknown => (false, "No trustworthy answer: " + unknown.Reason),
        _ => (false, "An answer of an unknown kind.")
    };

    private static (bool Succeeded, string Text) Describe(QueryResult result) => result switch
    {
        QueryResult.NotFound => (true, "The provider answered, verifiably, that it has no payout under a new key."),
        QueryResult.Found => (true, "The provider answered verifiably."),
        QueryResult.Unknown unknown => (false, "No trustworthy answer: " + unknown.Reason),
        _ => (false, "An answer of an unknown kind.")
    };

    private long Elapsed(long started) => (long)clock.GetElapsedTime(started).TotalMilliseconds;
}
