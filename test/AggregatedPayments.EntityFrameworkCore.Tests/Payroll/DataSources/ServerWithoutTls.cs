using System.Net;
using System.Net.Sockets;
using System.Text;

namespace AggregatedPayments.Payroll.DataSources;

/// <summary>
/// A listener that greets like a MySQL server which does not offer TLS (its handshake lacks the SSL capability),
/// then waits: enough to see whether a client that requires TLS goes on without it.
/// </summary>
internal sealed class ServerWithoutTls : IAsyncDisposable
{
    private const uint Capabilities = 0x0000_0001 /* long password */ | 0x0000_0008 /* connect with db */ | 0x0000_0200 /* protocol 4.1 */
                                      | 0x0000_8000 /* secure connection */ | 0x0008_0000 /* plugin auth */;

    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _serving;

    public ServerWithoutTls()
    {
        _listener.Start();
        _serving = ServeAsync(_stop.Token);
    }

    public int Port => ((IPEndPoint)_listener.LocalEndpoint).Port;

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _listener.Stop();
        await _serving.ContinueWith(_ => { }, TaskScheduler.Default);
        _stop.Dispose();
    }

    private async Task ServeAsync(CancellationToken cancellationToken)
    {
        using var client = await _listener.AcceptTcpClientAsync(cancellationToken);
        var stream = client.GetStream();
        await stream.WriteAsync(Handshake(), cancellationToken);
        var buffer = new byte[1024];
        while (await stream.ReadAsync(buffer, cancellationToken) > 0)
        {
            // Whatever the client answers goes unanswered, until it hangs up.
        }
    }

    private static byte[] Handshake()
    {
        var payload = new List<byte> { 10 };
        payload.AddRange(Encoding.ASCII.GetBytes("5.7.99-no-tls\0"));
        payload.AddRange(BitConverter.GetBytes(1u));
        payload.AddRange(Encoding.ASCII.GetBytes("abcdefgh\0"));
        payload.AddRange(BitConverter.GetBytes((ushort)(Capabilities & 0xFFFF)));
        payload.Add(0x21);
        payload.AddRange(BitConverter.GetBytes((ushort)0x0002));
        payload.AddRange(BitConverter.GetBytes((ushort)(Capabilities >> 16)));
        payload.Add(21);
        payload.AddRange(new byte[10]);
        payload.AddRange(Encoding.ASCII.GetBytes("ijklmnopqrst\0"));
        payload.AddRange(Encoding.ASCII.GetBytes("mysql_native_password\0"));
        var length = payload.Count;
        return [(byte)length, (byte)(length >> 8), (byte)(length >> 16), 0, .. payload];
    }
}
