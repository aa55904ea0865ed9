using Shouldly;
using Xunit;

namespace AggregatedPayments.Channels.Sandbox;

public class SandboxNotificationTests
{
    private readonly SandboxScenario _sandbox = new();
    private readonly PayoutInstruction _instruction = SandboxScenario.Instruction(6_600);

    public SandboxNotificationTests() => _sandbox.Fund(100_000);

    [Fact]
    public async Task Should_verify_its_own_callback_and_acknowledge_with_success_every_time_it_arrives()
    {
        var accepted = (SubmitResult.Accepted)await _sandbox.PayAsync(_instruction);
        var callback = _sandbox.Adapter.CreateNotification(_instruction.Key, _sandbox.Context)!;

        var result = _sandbox.Adapter.VerifyAndParse(callback, _sandbox.Context);
        var duplicate = _sandbox.Adapter.VerifyAndParse(callback, _sandbox.Context);

        result.IsVerified.ShouldBeTrue();
        result.Event.ShouldBe(new NotificationEvent(
            _instruction.Key, accepted.ProviderReference, ChannelPayoutState.Succeeded, SandboxScenario.Cny(6_600), null));
        result.Acknowledgement.ShouldBe(new NotificationAcknowledgement(200, "text/plain", "success"));
        duplicate.ShouldBe(result);
    }

    [Fact]
    public async Task Should_carry_the_failure_code_of_a_failed_payout()
    {
        _sandbox.Values[SandboxParameterNames.FailAmountEndings] = "00=PAYEE_BANK_REFUSED";
        await _sandbox.PayAsync(_instruction);

        var result = _sandbox.Adapter.VerifyAndParse(_sandbox.Adapter.CreateNotification(_instruction.Key, _sandbox.Context)!, _sandbox.Context);

        result.Event!.State.ShouldBe(ChannelPayoutState.Failed);
        result.Event.Failure!.Code.ShouldBe("PAYEE_BANK_REFUSED");
    }

    [Fact]
    public async Task Should_refuse_a_forged_body_and_keep_only_its_key_as_a_clue()
    {
        await _sandbox.PayAsync(_instruction);
        var callback = _sandbox.Adapter.CreateNotification(_instruction.Key, _sandbox.Context)!;
        var forged = callback with { Body = System.Text.Encoding.UTF8.GetBytes(
            System.Text.Encoding.UTF8.GetString(callback.Body).Replace("6600", "6601", StringComparison.Ordinal)) };

        var result = _sandbox.Adapter.VerifyAndParse(forged, _sandbox.Context);

        result.IsVerified.ShouldBeFalse();
        result.Event.ShouldBeNull();
        result.UnverifiedKey.ShouldBe(_instruction.Key);
        result.Acknowledgement.Body.ShouldNotBe("success");
    }

    [Fact]
    public async Task Should_refuse_a_callback_signed_with_another_merchants_secret()
    {
        await _sandbox.PayAsync(_instruction);
        var callback = _sandbox.Adapter.CreateNotification(_instruction.Key, _sandbox.Context)!;
        _sandbox.Values[SandboxParameterNames.NotifySecret] = "merchant-b-callback-secret";

        _sandbox.Adapter.VerifyAndParse(callback, _sandbox.Context).IsVerified.ShouldBeFalse();
    }

    [Theory]
    [InlineData(-301)]
    [InlineData(301)]
    public async Task Should_refuse_a_callback_stamped_more_than_five_minutes_from_the_clock(int seconds)
    {
        await _sandbox.PayAsync(_instruction);
        var payout = _sandbox.Ledger.Find(_instruction.Key, _sandbox.Clock.GetUtcNow().UtcDateTime)!;
        var callback = SandboxNotifications.Create(payout, SandboxScenario.Secret, _sandbox.Clock.GetUtcNow().AddSeconds(seconds));

        _sandbox.Adapter.VerifyAndParse(callback, _sandbox.Context).IsVerified.ShouldBeFalse();
    }

    [Fact]
    public async Task Should_accept_a_callback_just_within_five_minutes()
    {
        await _sandbox.PayAsync(_instruction);
        var callback = _sandbox.Adapter.CreateNotification(_instruction.Key, _sandbox.Context)!;
        _sandbox.Clock.Advance(TimeSpan.FromSeconds(300));

        _sandbox.Adapter.VerifyAndParse(callback, _sandbox.Context).IsVerified.ShouldBeTrue();
    }

    [Fact]
    public void Should_refuse_a_callback_without_signature_headers_and_not_throw()
    {
        var bare = new NotificationRequest(new Dictionary<string, string>(), "not json"u8.ToArray(), "text/plain");

        var result = _sandbox.Adapter.VerifyAndParse(bare, _sandbox.Context);

        result.IsVerified.ShouldBeFalse();
        result.UnverifiedKey.ShouldBeNull();
    }

    [Fact]
    public void Should_have_no_callback_for_an_unknown_key()
    {
        _sandbox.Adapter.CreateNotification("never-sent", _sandbox.Context).ShouldBeNull();
    }
}
