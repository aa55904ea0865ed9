namespace AggregatedPayments.ChannelSimulator.Callbacks;

/// <summary>
/// How one delivery went; <see cref="StatusCode"/> is 0 when no answer came at all (connection
/// refused, timeout), and <see cref="ResponseBody"/> then says why.
/// </summary>
public sealed record DeliveryResult(long Id, int StatusCode, string ResponseBody)
{
    public bool Delivered => StatusCode is >= 200 and < 300;
}
