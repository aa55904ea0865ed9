using Shouldly;
using Xunit;
using static AggregatedPayments.Payouts.PayoutState;

namespace AggregatedPayments.Payouts;

/// <summary>The table of ARCHITECTURE.md, written out once more here as the specification the code must match.</summary>
public sealed class PayoutStateMachineTests
{
    private static readonly HashSet<(PayoutState, PayoutState)> Allowed =
    [
        (PendingSubmission, Submitting), (PendingSubmission, Cancelled),
        (Submitting, Processing), (Submitting, Succeeded), (Submitting, Failed), (Submitting, Unknown), (Submitting, Cancelled),
        (Processing, Succeeded), (Processing, Failed), (Processing, Cancelled),
        (Unknown, Submitting), (Unknown, Processing), (Unknown, Succeeded), (Unknown, Failed), (Unknown, Cancelled),
        (Succeeded, Returned)
    ];

    public static TheoryData<PayoutState, PayoutState> EveryPair()
    {
        var data = new TheoryData<PayoutState, PayoutState>();
        foreach (var from in Enum.GetValues<PayoutState>())
        {
            foreach (var to in Enum.GetValues<PayoutState>())
            {
                data.Add(from, to);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(EveryPair))]
    public void Should_allow_exactly_the_moves_of_the_table(PayoutState from, PayoutState to)
    {
        PayoutStateMachine.CanMove(from, to).ShouldBe(Allowed.Contains((from, to)));
    }

    [Fact]
    public void Should_never_move_a_final_state_except_succeeded_to_returned()
    {
        foreach (var final in Enum.GetValues<PayoutState>().Where(PayoutStateMachine.IsFinal))
        {
            var moves = Enum.GetValues<PayoutState>().Where(to => PayoutStateMachine.CanMove(final, to)).ToList();
            moves.ShouldBe(final == Succeeded ? [Returned] : [], $"{final}");
        }

        Enum.GetValues<PayoutState>().Where(PayoutStateMachine.IsFinal).ShouldBe([Succeeded, Failed, Cancelled, Returned], ignoreOrder: true);
    }

    [Fact]
    public void Should_give_new_keys_only_first_or_after_failed_or_returned()
    {
        Enum.GetValues<PayoutState>().Where(PayoutStateMachine.AllowsNewAttempt).ShouldBe([PendingSubmission, Failed, Returned], ignoreOrder: true);
    }

    [Fact]
    public void Should_hold_funds_exactly_while_an_attempt_is_open()
    {
        Enum.GetValues<PayoutState>().Where(PayoutStateMachine.HoldsFunds).ShouldBe([Submitting, Processing, Unknown], ignoreOrder: true);
    }

    [Theory]
    [InlineData(Succeeded, Failed, Returned)]
    [InlineData(Succeeded, Cancelled, Returned)]
    [InlineData(Succeeded, Returned, Returned)]
    [InlineData(Processing, Returned, Failed)]
    [InlineData(Unknown, Returned, Failed)]
    [InlineData(Returned, Returned, Returned)]
    [InlineData(Processing, Succeeded, Succeeded)]
    [InlineData(Failed, Succeeded, Succeeded)]
    public void Should_read_a_negative_answer_after_success_as_a_return(PayoutState current, PayoutState answered, PayoutState meaning)
    {
        PayoutStateMachine.Interpret(current, answered).ShouldBe(meaning);
    }
}
