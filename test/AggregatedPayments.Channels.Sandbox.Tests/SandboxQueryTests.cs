using Shouldly;
using Xunit;

namespace AggregatedPayments.Channels.Sandbox;

public class SandboxQueryTests
{
    private readonly SandboxScenario _sandbox = new();

    public SandboxQueryTests() => _sandbox.Fund(100_000);

    [Fact]
    public async Task Should_answer_not_found_for_a_key_it_never_received()
    {
        (await _sandbox.QueryAsync(SandboxScenario.Instruction(100))).ShouldBeOfType<QueryResult.NotFound>();
    }

    [Fact]
    public async Task Should_report_a_payout_by_its_key_with_the_reference_given_at_submit()
    {
        var instruction = SandboxScenario.Instruction(2_500);
        var accepted = (SubmitResult.Accepted)await _sandbox.PayAsync(instruction);

        var found = (await _sandbox.QueryAsync(instruction)).ShouldBeOfType<QueryResult.Found>();

        found.ShouldBe(new QueryResult.Found(
            ChannelPayoutState.Succeeded, accepted.ProviderReference, SandboxScenario.Cny(2_500), null, null, _sandbox.Clock.GetUtcNow().UtcDateTime));
    }

    [Fact]
    public async Task Should_not_settle_a_payout_whose_amount_differs_from_the_request()
    {
        var instruction = SandboxScenario.Instruction(2_500);
        await _sandbox.PayAsync(instruction);

        var result = await _sandbox.Adapter.QueryAsync(instruction.Key, SandboxScenario.Cny(2_600), _sandbox.Context, CancellationToken.None);

        result.ShouldBeOfType<QueryResult.Unknown>();
    }
}
