using AggregatedPayments.Channels;
using Shouldly;
using Xunit;

namespace AggregatedPayments.Payouts;

public sealed class PayoutAnswerTests
{
    [Theory]
    [InlineData(ChannelPayoutState.Processing, PayoutState.Processing)]
    [InlineData(ChannelPayoutState.Succeeded, PayoutState.Succeeded)]
    [InlineData(ChannelPayoutState.Failed, PayoutState.Failed)]
    [InlineData(ChannelPayoutState.Cancelled, PayoutState.Cancelled)]
    [InlineData(ChannelPayoutState.Returned, PayoutState.Returned)]
    public void Should_map_every_provider_state_to_ours(ChannelPayoutState provider, PayoutState ours)
    {
        PayoutAnswer.FromChannel(provider).ShouldBe(ours);
    }

    [Fact]
    public void Should_refuse_a_provider_state_it_does_not_know()
    {
        Should.Throw<ArgumentOutOfRangeException>(() => PayoutAnswer.FromChannel((ChannelPayoutState)99));
    }
}
