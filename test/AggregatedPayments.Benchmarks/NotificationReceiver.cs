using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace AggregatedPayments.Benchmarks;

/// <summary>
/// The merchant's notification endpoint on Kestrel in this process: acknowledges every event with 200 and
/// counts distinct events and the orders they are about. Reached as http://localhost:port (the host is told
/// to allow that target, as an operator would).
/// </summary>
public sealed class NotificationReceiver : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentDictionary<Guid, byte> _events = new();
    private readonly ConcurrentDictionary<Guid, byte> _orders = new();
    private long _deliveries;

    private NotificationReceiver(WebApplication app, Uri address)
    {
        _app = app;
        Address = address;
    }

    public Uri Address { get; }

    public int EventCount => _events.Count;

    public int OrderCount => _orders.Count;

    /// <summary>Requests received, repeats included: above <see cref="EventCount"/> when a delivery was retried.</summary>
    public long Deliveries => Interlocked.Read(ref _deliveries);

    public static async Task<NotificationReceiver> StartAsync()
    {
        var port = FreePort();
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(k => k.Listen(IPAddress.Loopback, port));
        var app = builder.Build();
        var receiver = new NotificationReceiver(app, new Uri($"http://localhost:{port}/notify"));
        app.MapPost("/notify", receiver.ReceiveAsync);
        await app.StartAsync();
        return receiver;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private async Task<IResult> ReceiveAsync(HttpRequest request)
    {
        Interlocked.Increment(ref _deliveries);
        using var body = await JsonDocument.ParseAsync(request.Body);
        var root = body.RootElement;
        _events.TryAdd(Property(root, "id").GetGuid(), 0);
        _orders.TryAdd(Property(Property(root, "order"), "id").GetGuid(), 0);
        return Results.Ok();
    }

    private static JsonElement Property(JsonElement element, string name) =>
        element.EnumerateObject().First(p => string.Equals(p.Name, name, StringComparison.OrdinalIgnoreCase)).Value;

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
