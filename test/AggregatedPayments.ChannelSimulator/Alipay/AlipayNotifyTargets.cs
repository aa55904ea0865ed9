using AggregatedPayments.ChannelSimulator.Admin;

namespace AggregatedPayments.ChannelSimulator.Alipay;

/// <summary>
/// Where each app's messages go when a request names no notify_url: on the real platform the
/// merchant sets the app's gateway address in the console; here a test posts it.
/// </summary>
public sealed class AlipayNotifyTargets : ISimulatorState
{
    private readonly Lock gate = new();
    private readonly Dictionary<string, Uri> byAppId = new(StringComparer.Ordinal);

    public void Set(string appId, Uri target)
    {
        lock (gate)
        {
            byAppId[appId] = target;
        }
    }

    public Uri? For(string appId)
    {
        lock (gate)
        {
            return byAppId.GetValueOrDefault(appId);
        }
    }

    public void Reset()
    {
        lock (gate)
        {
            byAppId.Clear();
        }
    }
}
