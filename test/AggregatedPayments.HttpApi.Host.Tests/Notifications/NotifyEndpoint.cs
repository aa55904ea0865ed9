using System.Collections.Concurrent;
using System.Text;
using AggregatedPayments.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Time.Testing;

namespace AggregatedPayments.Notifications;

/// <summary>
/// A merchant's notify endpoint on a real Kestrel at 127.0.0.1 and a free port, reached by the host as
/// "localhost" (the target the test host allows). It checks every request with the documented C# snippet
/// against the merchant's secret, as a merchant would, records it, and answers as the test says: a
/// refusal with a long body for the first <see cref="FailFirst"/> requests (or all of them), then 200.
/// Each request takes <see cref="Latency"/> on the platform's fake clock, so latencies are exact.
/// </summary>
public sealed class NotifyEndpoint : IAsyncDisposable
{
    public const string Path = "/payout-notifications";

    /// <summary>Longer than the 1 KB the platform keeps of an answer.</summary>
    public static readonly string RefusalBody = "busy; try again later. " + new string('x', 3000);

    private readonly WebApplication _app;
    private readonly FakeTimeProvider _platformClock;
    private int _arrivals;
    private int _refused;

    private NotifyEndpoint(WebApplication app, FakeTimeProvider platformClock)
    {
        _app = app;
        _platformClock = platformClock;
    }

    public static TimeSpan Latency { get; } = TimeSpan.FromMilliseconds(250);

    /// <summary>The address a merchant would configure: the host name the test host allows.</summary>
    public string Url { get; private set; } = null!;

    /// <summary>The same endpoint by its loopback address, which no administrator allowed.</summary>
    public string LoopbackUrl { get; private set; } = null!;

    /// <summary>The merchant's API secret the endpoint checks signatures with.</summary>
    public string Secret { get; set; } = "";

    public int FailFirst { get; set; }

    public bool NeverAcknowledge { get; set; }

    /// <summary>
    /// Called when the first request has arrived; that request then gets no answer until its caller gives
    /// up — a try that stops after its request left and before anything came back.
    /// </summary>
    public Action? HoldFirst { get; set; }

    public ConcurrentQueue<NotifyDelivery> Received { get; } = new();

    public static async Task<NotifyEndpoint> StartAsync(FakeTimeProvider platformClock)
    {
        var endpoint = new NotifyEndpoint(LocalKestrel.Create(), platformClock);
        endpoint._app.MapPost(Path, endpoint.HandleAsync);
        var bound = await LocalKestrel.StartAsync(endpoint._app);
        endpoint.Url = new UriBuilder(bound) { Host = "localhost", Path = Path }.Uri.ToString();
        endpoint.LoopbackUrl = new UriBuilder(bound) { Path = Path }.Uri.ToString();
        return endpoint;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private async Task<IResult> HandleAsync(HttpRequest request)
    {
        using var reader = new StreamReader(request.Body, Encoding.UTF8);
        var body = await reader.ReadToEndAsync();
        var eventId = request.Headers[MerchantNotificationHeaders.EventId].ToString();
        var timestamp = request.Headers[MerchantNotificationHeaders.Timestamp].ToString();
        var signature = request.Headers[MerchantNotificationHeaders.Signature].ToString();
        var genuine = MerchantNotificationVerifier.IsGenuine(Secret, eventId, timestamp, body, signature, _platformClock.GetUtcNow());
        Received.Enqueue(new NotifyDelivery(eventId, timestamp, request.Headers[MerchantNotificationHeaders.KeyId].ToString(), body, genuine));
        _platformClock.Advance(Latency);
        if (Interlocked.Increment(ref _arrivals) == 1 && HoldFirst is { } hold)
        {
            hold();
            try
            {
                // Real time, as a bound only: the caller gives up at once once told to stop.
                await Task.Delay(TimeSpan.FromSeconds(30), request.HttpContext.RequestAborted);
            }
            catch (OperationCanceledException)
            {
                // The caller went away, which is what the test is after.
            }

            return Results.Empty;
        }

        if (!genuine)
        {
            return Results.Unauthorized();
        }

        return NeverAcknowledge || Interlocked.Increment(ref _refused) <= FailFirst
            ? Results.Text(RefusalBody, "text/plain", statusCode: StatusCodes.Status503ServiceUnavailable)
            : Results.Text("ok", "text/plain");
    }
}
