using System.Collections.Concurrent;
using AggregatedPayments.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

namespace AggregatedPayments.OutboundCalls;

/// <summary>
/// A real Kestrel server on 127.0.0.1 and a free port, the only address these tests ever call. It records
/// every request it receives and serves the answers a guard must cope with: plain, redirect, sized,
/// streamed, slow and trickling, and anything else as a proxy would (absolute-form targets included).
/// </summary>
public sealed class LoopbackServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly TaskCompletionSource _release = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly ConcurrentDictionary<string, TaskCompletionSource> _arrivals = new();

    private LoopbackServer(WebApplication app) => _app = app;

    public Uri BaseAddress { get; private set; } = null!;

    public int Port => BaseAddress.Port;

    /// <summary>Each request as "host path", the host as the request named it (the target's, when proxied).</summary>
    public ConcurrentQueue<string> Requests { get; } = new();

    public static async Task<LoopbackServer> StartAsync()
    {
        var server = new LoopbackServer(LocalKestrel.Create());
        server.MapEndpoints();
        server.BaseAddress = await LocalKestrel.StartAsync(server._app);
        return server;
    }

    public string Url(string path) => new Uri(BaseAddress, path).ToString();

    /// <summary>Completes once a request for <paramref name="path"/> has arrived (and, for the body endpoints, its first bytes are sent).</summary>
    public Task ArrivalOf(string path) => Arrival(path).Task.WaitAsync(TimeSpan.FromSeconds(30));

    public async ValueTask DisposeAsync()
    {
        _release.TrySetResult();
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private TaskCompletionSource Arrival(string path) =>
        _arrivals.GetOrAdd(path, _ => new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));

    private void MapEndpoints()
    {
        _app.Use(async (context, next) =>
        {
            Requests.Enqueue($"{context.Request.Host} {context.Request.Path}");
            await next(context);
        });
        _app.MapGet("/ok", () => "hello");
        _app.MapGet("/redirect", () => Results.Redirect("/ok"));
        _app.MapGet("/bytes/{count:int}", (int count) => Results.Bytes(new byte[count], "application/octet-stream"));
        _app.MapGet("/stream/{count:int}", async (int count, HttpContext context) =>
        {
            // No Content-Length: the body is sent chunked, and only reading tells its size.
            context.Features.GetRequiredFeature<IHttpResponseBodyFeature>().DisableBuffering();
            for (var sent = 0; sent < count; sent += 100)
            {
                await context.Response.Body.WriteAsync(new byte[Math.Min(100, count - sent)]);
                await context.Response.Body.FlushAsync();
            }
        });
        _app.MapGet("/slow", async (HttpContext context) =>
        {
            Arrival("/slow").TrySetResult();
            await WaitForReleaseAsync(context);
            return "late";
        });
        _app.MapGet("/trickle", async (HttpContext context) =>
        {
            await context.Response.Body.WriteAsync("first bytes"u8.ToArray());
            await context.Response.Body.FlushAsync();
            Arrival("/trickle").TrySetResult();
            await WaitForReleaseAsync(context);
        });
        _app.MapFallback((HttpContext context) => $"proxied {context.Request.Host}{context.Request.Path}");
    }

    private async Task WaitForReleaseAsync(HttpContext context)
    {
        try
        {
            await _release.Task.WaitAsync(context.RequestAborted);
        }
        catch (OperationCanceledException)
        {
            // The client gave up, which is what the test is after.
        }
    }
}
