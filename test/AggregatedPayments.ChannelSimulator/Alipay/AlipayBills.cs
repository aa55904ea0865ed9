using System.Security.Cryptography;
using AggregatedPayments.ChannelSimulator.Admin;

namespace AggregatedPayments.ChannelSimulator.Alipay;

/// <summary>
/// The download links handed out by <c>alipay.data.dataservice.bill.downloadurl.query</c>: an
/// unguessable token per link, valid for 30 seconds of the simulator clock, as Alipay documents.
/// </summary>
public sealed class AlipayBills(TimeProvider clock) : ISimulatorState
{
    public const string SignCustomer = "signcustomer";
    public const string PathPrefix = "/alipay/bills/";

    public static readonly TimeSpan Validity = TimeSpan.FromSeconds(30);

    private readonly Lock gate = new();
    private readonly Dictionary<string, (DateOnly Day, DateTimeOffset ExpiresAt)> links = new(StringComparer.Ordinal);

    public string Issue(DateOnly day)
    {
        var token = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
        lock (gate)
        {
            links[token] = (day, clock.GetUtcNow() + Validity);
        }

        return token;
    }

    /// <returns>The bill day of a link still valid, or null.</returns>
    public DateOnly? Open(string token)
    {
        lock (gate)
        {
            return links.TryGetValue(token, out var link) && clock.GetUtcNow() < link.ExpiresAt ? link.Day : null;
        }
    }

    public void Reset()
    {
        lock (gate)
        {
            links.Clear();
        }
    }
}
