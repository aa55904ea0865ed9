using System.Collections.Concurrent;
using AggregatedPayments.FaultInjection;
using Microsoft.Extensions.DependencyInjection;
using Shouldly;
using Xunit;

namespace AggregatedPayments.Payouts;

/// <summary>A send job that dies between recording the send and recording the answer is run again: it asks, it never sends twice.</summary>
public sealed class PayoutCrashRecoveryTests : IAsyncLifetime
{
    private SubmissionScenario _s = null!;
    private Guid _merchant;
    private Guid _channel;

    public async Task InitializeAsync()
    {
        _s = await SubmissionScenario.CreateAsync();
        _merchant = await _s.CreateMerchantAsync("M-C");
        _channel = await _s.OpenSandboxChannelAsync(_merchant, "SBX-C");
    }

    public async Task DisposeAsync() => await _s.DisposeAsync();

    [Theory]
    [InlineData(FaultPointNames.AfterRecordSent, 0)]
    [InlineData(FaultPointNames.AfterSendBeforeAnswer, 1)]
    public async Task Should_query_instead_of_sending_again_when_the_send_job_is_re_run_after_a_crash(string faultPoint, int paymentsAtCrash)
    {
        var orderId = await _s.CreateOrderAsync(_merchant, "CRASH-" + paymentsAtCrash, 45_00);
        var attempt = await _s.StartAsync(_merchant, orderId, _channel);
        _s.Faults.Arm(faultPoint);

        await _s.RunJobsAsync();
        var crashed = await _s.LoadAsync(_merchant, orderId);
        var sandboxAtCrash = _s.SandboxOf(_channel).PaymentLog.Count;
        var sendJob = (await _s.JobsAsync()).ShouldHaveSingleItem();
        await _s.AdvanceAsync(TimeSpan.FromMinutes(1));

        (crashed.State, crashed.CurrentAttempt!.FirstSentTime is not null).ShouldBe((PayoutState.Submitting, true));
        sandboxAtCrash.ShouldBe(paymentsAtCrash);
        sendJob.LastError.ShouldNotBeNull().ShouldContain(faultPoint);
        var order = await _s.LoadAsync(_merchant, orderId);
        order.State.ShouldBe(PayoutState.Succeeded);
        _s.Adapter.Sends.ShouldBe(1);
        _s.SandboxOf(_channel).PaymentLog.ShouldHaveSingleItem().Key.ShouldBe(attempt.ChannelKey);
        (await _s.JobsAsync()).ShouldBeEmpty();
        await _s.AssertMoneyAsync(_merchant, _channel);
    }

    [Theory]
    [InlineData(FaultPointNames.AfterQueryBeforeRecord, PayoutState.Succeeded, false)]
    [InlineData(FaultPointNames.AfterResend, PayoutState.Succeeded, false)]
    [InlineData(FaultPointNames.AfterNotFoundRecorded, PayoutState.Unknown, true)]
    public async Task Should_never_pay_twice_when_a_query_job_dies_at_a_boundary_and_runs_again(string faultPoint, PayoutState expected, bool manualReview)
    {
        _s.Adapter.Faults.Enqueue(SubmitFault.LoseRequest);
        var orderId = await _s.CreateOrderAsync(_merchant, "QCRASH-" + faultPoint, 21_00);
        await _s.StartAsync(_merchant, orderId, _channel);
        await _s.RunJobsAsync();
        _s.Faults.Arm(faultPoint);

        await _s.AdvanceAsync(TimeSpan.FromSeconds(15));
        await _s.AdvanceAsync(TimeSpan.FromMinutes(1));
        await _s.AdvanceAsync(TimeSpan.FromMinutes(5));

        var order = await _s.LoadAsync(_merchant, orderId);
        (order.State, order.NeedsManualReview).ShouldBe((expected, manualReview));
        _s.SandboxOf(_channel).PaymentLog.Count.ShouldBe(expected == PayoutState.Succeeded ? 1 : 0);
        await _s.AssertMoneyAsync(_merchant, _channel);
    }

    [Fact]
    public async Task Should_pay_once_when_200_runs_of_one_send_job_race()
    {
        var orderId = await _s.CreateOrderAsync(_merchant, "RACE-200", 12_34);
        var attempt = await _s.StartAsync(_merchant, orderId, _channel);
        using var sessions = new SemaphoreSlim(24);
        var errors = new ConcurrentBag<Exception>();

        await Task.WhenAll(Enumerable.Range(0, 200).Select(_ => Task.Run(async () =>
        {
            await sessions.WaitAsync();
            try
            {
                await _s.InTenantAsync(_merchant, async services =>
                {
                    await services.GetRequiredService<PayoutSendJob>().ExecuteAsync(new PayoutSendJobArgs(orderId, attempt.Id), CancellationToken.None);
                    return true;
                });
            }
            catch (Exception exception)
            {
                errors.Add(exception);
            }
            finally
            {
                sessions.Release();
            }
        })));
        await _s.AdvanceAsync(TimeSpan.FromMinutes(1));

        errors.ShouldBeEmpty();
        _s.Adapter.Sends.ShouldBe(1);
        _s.SandboxOf(_channel).PaymentLog.ShouldHaveSingleItem();
        (await _s.LoadAsync(_merchant, orderId)).State.ShouldBe(PayoutState.Succeeded);
        await _s.AssertMoneyAsync(_merchant, _channel);
    }
}
