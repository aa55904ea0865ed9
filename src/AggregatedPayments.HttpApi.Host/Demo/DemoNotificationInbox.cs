namespace AggregatedPayments.Demo;

/// <summary>
/// What the demo's notify endpoint received since the host started, newest first; in memory only (a restart
/// empties it, the platform's own record of every attempt is in api/notifications), capped so it cannot grow.
/// </summary>
public sealed class DemoNotificationInbox
{
    public const int Capacity = 1000;

    private readonly LinkedList<DemoReceivedNotification> _received = new();

    public void Add(DemoReceivedNotification notification)
    {
        lock (_received)
        {
            _received.AddFirst(notification);
            if (_received.Count > Capacity)
            {
                _received.RemoveLast();
            }
        }
    }

    public IReadOnlyList<DemoReceivedNotification> List()
    {
        lock (_received)
        {
            return [.. _received];
        }
    }
}
