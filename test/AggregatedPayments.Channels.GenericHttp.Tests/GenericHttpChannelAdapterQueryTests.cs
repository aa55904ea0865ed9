using System.Net;
using Shouldly;
using Xunit;

namespace AggregatedPayments.Channels.GenericHttp;

public sealed class GenericHttpChannelAdapterQueryTests : IDisposable
{
    private readonly GenericHttpAdapterHarness harness = new();

    [Fact]
    public async Task Should_find_a_paid_payout_by_our_key_with_its_amount()
    {
        var instruction = harness.Instruction(1234);
        await harness.Adapter.SubmitAsync(harness.Adapter.PrepareSubmit(instruction, harness.Context), harness.Context, CancellationToken.None);

        var result = await harness.Adapter.QueryAsync(instruction.Key, GenericHttpAdapterHarness.Cny(1234), harness.Context, CancellationToken.None);

        result.ShouldBe(new QueryResult.Found(ChannelPayoutState.Succeeded, "P0f8fad5b", GenericHttpAdapterHarness.Cny(1234), null, null, null));
    }

    [Fact]
    public async Task Should_be_not_found_on_a_signed_404()
    {
        var result = await harness.Adapter.QueryAsync(harness.Instruction().Key, GenericHttpAdapterHarness.Cny(1234), harness.Context, CancellationToken.None);

        result.ShouldBeOfType<QueryResult.NotFound>();
        harness.Provider.RefusedSignatures.ShouldBe(0);
    }

    [Fact]
    public async Task Should_be_not_found_when_the_status_maps_to_not_found()
    {
        harness.Provider.AnswerNext(HttpStatusCode.OK, """{"data":{"state":"NO_ORDER"}}""", path: "/api/query");

        var result = await harness.Adapter.QueryAsync(harness.Instruction().Key, GenericHttpAdapterHarness.Cny(1234), harness.Context, CancellationToken.None);

        result.ShouldBeOfType<QueryResult.NotFound>();
    }

    [Fact]
    public async Task Should_be_unknown_on_an_unsigned_404()
    {
        harness.Provider.AnswerNextUnsigned(HttpStatusCode.NotFound, "Not Found");

        var result = await harness.Adapter.QueryAsync(harness.Instruction().Key, GenericHttpAdapterHarness.Cny(1234), harness.Context, CancellationToken.None);

        result.ShouldBeOfType<QueryResult.Unknown>();
    }

    [Fact]
    public async Task Should_be_unknown_when_the_found_amount_differs_from_the_requested_one()
    {
        var instruction = harness.Instruction(1234);
        await harness.Adapter.SubmitAsync(harness.Adapter.PrepareSubmit(instruction, harness.Context), harness.Context, CancellationToken.None);

        var result = await harness.Adapter.QueryAsync(instruction.Key, GenericHttpAdapterHarness.Cny(1235), harness.Context, CancellationToken.None);

        result.ShouldBeOfType<QueryResult.Unknown>().Reason.ShouldContain("amount");
    }

    [Fact]
    public async Task Should_report_the_available_and_frozen_balance()
    {
        harness.Provider.Available = 98_765;

        var result = await harness.Adapter.QueryBalanceAsync("CNY", harness.Context, CancellationToken.None);

        result.ShouldBe(new BalanceResult.Known(GenericHttpAdapterHarness.Cny(98_765), GenericHttpAdapterHarness.Cny(150)));
    }

    public void Dispose() => harness.Dispose();
}
