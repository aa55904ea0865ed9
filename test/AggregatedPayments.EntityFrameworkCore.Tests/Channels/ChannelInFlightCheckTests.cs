using AggregatedPayments.Exceptions;
using AggregatedPayments.Payouts;
using Microsoft.Extensions.DependencyInjection;
using Shouldly;
using Xunit;

namespace AggregatedPayments.Channels;

/// <summary>A merchant channel cannot be removed while an attempt on it still needs it to reach its end.</summary>
public sealed class ChannelInFlightCheckTests : IAsyncLifetime
{
    private PayoutDatabase _db = null!;

    public async Task InitializeAsync()
    {
        _db = await PayoutDatabase.CreateAsync();
        await _db.FundAsync(1_000_00);
    }

    public async Task DisposeAsync() => await _db.DisposeAsync();

    [Fact]
    public async Task Should_refuse_while_an_attempt_holds_funds_and_allow_once_it_is_final()
    {
        var orderId = await _db.CreateOrderAsync("R-inflight-1", 12_00);
        var attemptId = await _db.StartAttemptAsync(orderId);

        var refused = await Should.ThrowAsync<BusinessException>(() => CheckAsync());
        refused.Code.ShouldBe(ChannelsErrorCodes.PayoutsInFlight);

        await _db.AnswerAsync(orderId, attemptId, new PayoutAnswer(PayoutState.Succeeded, "query"));
        await CheckAsync();
    }

    [Fact]
    public async Task Should_refuse_while_an_attempt_is_unknown()
    {
        var orderId = await _db.CreateOrderAsync("R-inflight-2", 5_00);
        var attemptId = await _db.StartAttemptAsync(orderId);
        await _db.AnswerAsync(orderId, attemptId, new PayoutAnswer(PayoutState.Unknown, "timeout"));

        (await Should.ThrowAsync<BusinessException>(() => CheckAsync())).Code.ShouldBe(ChannelsErrorCodes.PayoutsInFlight);
    }

    [Fact]
    public async Task Should_allow_a_merchant_channel_that_never_carried_a_payout()
    {
        await CheckAsync();
    }

    private Task<bool> CheckAsync() =>
        _db.InTenantAsync(async services =>
        {
            await services.GetRequiredService<ChannelInFlightCheck>().EnsureNoneForMerchantChannelAsync(_db.MerchantChannelId, CancellationToken.None);
            return true;
        });
}
