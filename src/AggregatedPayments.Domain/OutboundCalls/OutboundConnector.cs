using System.Net;
using System.Net.Http;
using System.Net.Sockets;

namespace AggregatedPayments.OutboundCalls;

/// <summary>
/// The connect callback of the outbound handler: the address check happens here, on the addresses the
/// socket is then opened to, not on the URL's text. A literal address, a name that resolves to
/// loopback and a name whose DNS answer changed since the URL was saved are all caught the same way.
/// </summary>
public sealed class OutboundConnector(OutboundAddressGuard guard, Uri? proxy)
{
    public async ValueTask<Stream> ConnectAsync(SocketsHttpConnectionContext context, CancellationToken cancellationToken)
    {
        var endPoint = context.DnsEndPoint;
        var addresses = IsProxyConnection(context)
            ? await guard.ResolveAsync(endPoint.Host, cancellationToken)
            : await guard.ResolveAllowedAsync(endPoint.Host, cancellationToken);

        var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        try
        {
            // A dual-stack socket reaches IPv4 addresses too; an IPv4-only one (no IPv6 on the machine) only those.
            var reachable = socket.AddressFamily == AddressFamily.InterNetworkV6
                ? addresses
                : addresses.Where(a => a.AddressFamily == AddressFamily.InterNetwork || a.IsIPv4MappedToIPv6).Select(a => a.MapToIPv4()).ToArray();
            if (reachable.Length == 0)
            {
                throw new SocketException((int)SocketError.AddressFamilyNotSupported);
            }

            await socket.ConnectAsync(reachable, endPoint.Port, cancellationToken);
            return new NetworkStream(socket, ownsSocket: true);
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }

    /// <summary>
    /// A connection to the administrator's proxy, which is trusted; the handler has checked the request's
    /// target already. A request aimed at the proxy's own address is no proxy connection: it is checked.
    /// </summary>
    private bool IsProxyConnection(SocketsHttpConnectionContext context)
    {
        if (proxy is null || !SameEndPoint(context.DnsEndPoint, proxy))
        {
            return false;
        }

        var target = context.InitialRequestMessage.RequestUri;
        return target is null || !SameEndPoint(context.DnsEndPoint, target);
    }

    private static bool SameEndPoint(DnsEndPoint endPoint, Uri uri) =>
        endPoint.Port == uri.Port
        && string.Equals(endPoint.Host.Trim('[', ']'), OutboundUrl.HostOf(uri), StringComparison.OrdinalIgnoreCase);
}
