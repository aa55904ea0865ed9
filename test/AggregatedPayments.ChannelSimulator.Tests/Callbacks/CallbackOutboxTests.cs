using System.Text;
using Shouldly;
using Xunit;

namespace AggregatedPayments.ChannelSimulator.Callbacks;

public sealed class CallbackOutboxTests
{
    private readonly CallbackOutbox outbox = new();

    [Fact]
    public void Should_hand_out_callbacks_once_in_the_order_they_were_queued()
    {
        outbox.Enqueue(Callback("K1", "DEALING"));
        outbox.Enqueue(Callback("K2", "SUCCESS"));

        Bodies(outbox.PeekDue()).ShouldBe(["K1:DEALING", "K2:SUCCESS"]);
        Bodies(outbox.TakeDue()).ShouldBe(["K1:DEALING", "K2:SUCCESS"]);
        outbox.TakeDue().ShouldBeEmpty();
    }

    [Fact]
    public void Should_queue_a_callback_twice_when_the_duplicate_knob_fires()
    {
        outbox.Set(new CallbackSettings { Channel = "alipay", DuplicatePercent = 100 });

        outbox.Enqueue(Callback("K1", "SUCCESS"));

        var due = outbox.TakeDue();
        Bodies(due).ShouldBe(["K1:SUCCESS", "K1:SUCCESS"]);
        due.Select(d => d.Id).Distinct().Count().ShouldBe(2);
    }

    [Fact]
    public void Should_hold_a_late_callback_back_until_the_next_round()
    {
        outbox.Set(new CallbackSettings { Channel = "alipay", LatePercent = 100 });

        outbox.Enqueue(Callback("K1", "SUCCESS"));

        outbox.PeekDue().ShouldBeEmpty();
        outbox.TakeDue().ShouldBeEmpty();
        Bodies(outbox.TakeDue()).ShouldBe(["K1:SUCCESS"]);
    }

    [Fact]
    public void Should_deliver_an_out_of_order_callback_after_the_next_one_about_the_same_key()
    {
        outbox.Set(new CallbackSettings { Channel = "alipay", OutOfOrderPercent = 100 });
        outbox.Enqueue(Callback("K1", "DEALING"));
        outbox.Enqueue(Callback("K2", "DEALING"));
        outbox.Set(new CallbackSettings { Channel = "alipay" });

        outbox.TakeDue().ShouldBeEmpty();
        outbox.Enqueue(Callback("K1", "SUCCESS"));

        Bodies(outbox.TakeDue()).ShouldBe(["K1:SUCCESS", "K1:DEALING"]);
        outbox.TakeDue().ShouldBeEmpty();
    }

    [Fact]
    public void Should_leave_other_channels_untouched_by_a_channels_knobs()
    {
        outbox.Set(new CallbackSettings { Channel = "alipay", DuplicatePercent = 100 });

        outbox.Enqueue(Callback("K1", "SUCCESS", channel: "generic-http"));

        Bodies(outbox.TakeDue()).ShouldBe(["K1:SUCCESS"]);
    }

    [Fact]
    public void Should_draw_the_same_faults_for_the_same_seed()
    {
        List<string> Run()
        {
            var seeded = new CallbackOutbox();
            seeded.Set(new CallbackSettings { Channel = "alipay", DuplicatePercent = 30, LatePercent = 30, Seed = 11 });
            var delivered = new List<string>();
            for (var i = 0; i < 20; i++)
            {
                seeded.Enqueue(Callback("K" + i, "SUCCESS"));
                delivered.AddRange(Bodies(seeded.TakeDue()).Select(b => i + ">" + b));
            }

            return delivered;
        }

        var first = Run();

        Run().ShouldBe(first);
        first.Count.ShouldNotBe(20);
    }

    [Fact]
    public void Should_put_a_failed_delivery_back_at_the_head_for_the_next_round()
    {
        outbox.Enqueue(Callback("K1", "SUCCESS"));
        var failed = outbox.TakeDue();
        outbox.Enqueue(Callback("K2", "SUCCESS"));

        outbox.Requeue(failed);

        Bodies(outbox.TakeDue()).ShouldBe(["K1:SUCCESS", "K2:SUCCESS"]);
    }

    [Fact]
    public void Should_forget_callbacks_and_knobs_on_reset()
    {
        outbox.Set(new CallbackSettings { Channel = "alipay", DuplicatePercent = 100 });
        outbox.Enqueue(Callback("K1", "SUCCESS"));

        outbox.Reset();
        outbox.Enqueue(Callback("K2", "SUCCESS"));

        outbox.AllSettings().ShouldBeEmpty();
        Bodies(outbox.TakeDue()).ShouldBe(["K2:SUCCESS"]);
    }

    [Theory]
    [InlineData("", 0, 0, 0)]
    [InlineData("alipay", -1, 0, 0)]
    [InlineData("alipay", 0, 101, 0)]
    [InlineData("alipay", 40, 40, 40)]
    public void Should_refuse_knobs_that_cannot_be_honoured(string channel, int duplicate, int late, int outOfOrder)
    {
        CallbackOutbox.Validate(new CallbackSettings { Channel = channel, DuplicatePercent = duplicate, LatePercent = late, OutOfOrderPercent = outOfOrder })
            .ShouldNotBeNull();
    }

    [Fact]
    public void Should_accept_knobs_that_add_up_to_everything()
    {
        CallbackOutbox.Validate(new CallbackSettings { Channel = "alipay", DuplicatePercent = 50, LatePercent = 25, OutOfOrderPercent = 25 })
            .ShouldBeNull();
    }

    internal static PendingCallback Callback(string key, string status, string channel = "alipay") =>
        new(channel, key, new Uri("http://merchant.test/notify"), "text/plain", new Dictionary<string, string>(), Encoding.UTF8.GetBytes(key + ":" + status));

    private static List<string> Bodies(IEnumerable<QueuedCallback> callbacks) =>
        callbacks.Select(c => Encoding.UTF8.GetString(c.Callback.Body)).ToList();
}
