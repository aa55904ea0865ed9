using AggregatedPayments.ChannelSimulator.Admin;

namespace AggregatedPayments.ChannelSimulator.Callbacks;

/// <summary>
/// The callbacks the simulated providers owe, provider-neutral. Each channel's knobs draw from their
/// own <see cref="Random"/> seeded by the posted seed, one roll per callback cut into bands, so a run
/// meets the same duplicates, late and out-of-order callbacks every time.
/// A delivery round is one take (<c>GET /_sim/callbacks</c> or a deliver): a late callback is due
/// from the round after the one it was queued in.
/// </summary>
public sealed class CallbackOutbox : ISimulatorState
{
    private readonly Lock gate = new();
    private readonly List<QueuedCallback> queue = [];
    private readonly Dictionary<string, (CallbackSettings Settings, Random Random)> byChannel = new(StringComparer.OrdinalIgnoreCase);
    private long round;
    private long lastId;

    public void Enqueue(PendingCallback callback)
    {
        ArgumentNullException.ThrowIfNull(callback);
        lock (gate)
        {
            var fault = Decide(callback.Channel);
            var dueRound = fault == CallbackFault.Late ? round + 1 : round;
            var holdBack = fault == CallbackFault.OutOfOrder;
            var copies = fault == CallbackFault.Duplicate ? 2 : 1;
            var earlierHeld = holdBack ? [] : queue.Where(q => q.AwaitsSuccessor && SameKey(q.Callback, callback)).ToList();

            for (var i = 0; i < copies; i++)
            {
                queue.Add(new QueuedCallback(++lastId, callback, dueRound, holdBack));
            }

            // An overtaken callback follows the one that overtook it, and is not due before it.
            foreach (var held in earlierHeld)
            {
                queue.Remove(held);
                queue.Add(held with { AwaitsSuccessor = false, DueRound = Math.Max(held.DueRound, dueRound) });
            }
        }
    }

    /// <summary>The callbacks due in this round, in delivery order, left in place.</summary>
    public IReadOnlyList<QueuedCallback> PeekDue()
    {
        lock (gate)
        {
            return queue.Where(IsDue).ToList();
        }
    }

    /// <summary>Removes and returns the callbacks due in this round, and starts the next round.</summary>
    public IReadOnlyList<QueuedCallback> TakeDue()
    {
        lock (gate)
        {
            var due = queue.Where(IsDue).ToList();
            queue.RemoveAll(IsDue);
            round++;
            return due;
        }
    }

    /// <summary>Puts callbacks whose delivery failed back at the head of the queue, due in the next round.</summary>
    public void Requeue(IEnumerable<QueuedCallback> failed)
    {
        lock (gate)
        {
            queue.InsertRange(0, failed.Select(f => f with { DueRound = Math.Min(f.DueRound, round) }));
        }
    }

    public void Set(CallbackSettings settings)
    {
        lock (gate)
        {
            byChannel[settings.Channel] = (settings, new Random(settings.Seed));
        }
    }

    public IReadOnlyList<CallbackSettings> AllSettings()
    {
        lock (gate)
        {
            return byChannel.Values.Select(v => v.Settings).ToList();
        }
    }

    public void Reset()
    {
        lock (gate)
        {
            queue.Clear();
            byChannel.Clear();
            round = 0;
            lastId = 0;
        }
    }

    /// <summary>Refuses knobs that cannot be honoured, so a test does not run against a silent misconfiguration.</summary>
    public static string? Validate(CallbackSettings settings)
    {
        if (string.IsNullOrWhiteSpace(settings.Channel))
        {
            return "channel must name the channel the callbacks belong to.";
        }

        int[] percents = [settings.DuplicatePercent, settings.LatePercent, settings.OutOfOrderPercent];
        return percents.Any(p => p is < 0 or > 100) || percents.Sum() > 100
            ? "Each percentage must be 0..100 and together at most 100."
            : null;
    }

    private CallbackFault Decide(string channel)
    {
        if (!byChannel.TryGetValue(channel, out var entry))
        {
            return CallbackFault.None;
        }

        var (settings, random) = entry;
        var roll = random.Next(100);
        return roll < settings.DuplicatePercent ? CallbackFault.Duplicate
            : roll < settings.DuplicatePercent + settings.LatePercent ? CallbackFault.Late
            : roll < settings.DuplicatePercent + settings.LatePercent + settings.OutOfOrderPercent ? CallbackFault.OutOfOrder
            : CallbackFault.None;
    }

    private bool IsDue(QueuedCallback queued) => !queued.AwaitsSuccessor && queued.DueRound <= round;

    private static bool SameKey(PendingCallback a, PendingCallback b) =>
        string.Equals(a.Channel, b.Channel, StringComparison.OrdinalIgnoreCase) && string.Equals(a.Key, b.Key, StringComparison.Ordinal);
}
