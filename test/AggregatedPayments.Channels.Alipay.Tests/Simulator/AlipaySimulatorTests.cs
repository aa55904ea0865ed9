using Xunit;

namespace AggregatedPayments.Channels.Alipay.Simulator;

/// <summary>A test class against its own running simulator, with the adapter's context for one merchant.</summary>
public abstract class AlipaySimulatorTests(string productCode = AlipayProductCodes.ToAccount, TimeProvider? clock = null) : IAsyncLifetime
{
    protected AlipaySimulatorSession Simulator { get; } = new();

    protected ChannelContext Context { get; private set; } = null!;

    protected AlipayChannelAdapter Adapter => Simulator.Adapter;

    public async Task InitializeAsync() => Context = await Simulator.ContextAsync(productCode, clock: clock);

    public async Task DisposeAsync() => await Simulator.DisposeAsync();
}
