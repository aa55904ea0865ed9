using System.Collections.Concurrent;
using System.Net;
using System.Net.Http;
using Microsoft.Extensions.Options;

namespace AggregatedPayments.OutboundCalls;

/// <summary>
/// One connection pool for all outbound calls, behind one guard handler per purpose. Not built on
/// IHttpClientFactory on purpose: its unnamed default client follows redirects and reads proxies from
/// the environment, and nothing here should offer that.
/// </summary>
public sealed class OutboundHttpClientFactory : IOutboundHttpClientFactory, IDisposable
{
    private readonly OutboundCallOptions _options;
    private readonly OutboundAddressGuard _guard;
    private readonly TimeProvider _clock;
    private readonly IWebProxy? _proxy;
    private readonly SocketsHttpHandler _connections;
    private readonly ConcurrentDictionary<string, OutboundCallHandler> _handlers = new(StringComparer.OrdinalIgnoreCase);

    public OutboundHttpClientFactory(IOptions<OutboundCallOptions> options, OutboundAddressGuard guard, TimeProvider clock)
    {
        _options = options.Value;
        _guard = guard;
        _clock = clock;
        var proxyUri = string.IsNullOrWhiteSpace(_options.Proxy) ? null : new Uri(_options.Proxy);
        _proxy = proxyUri is null ? null : new WebProxy(proxyUri);
        _connections = new SocketsHttpHandler
        {
            ConnectCallback = new OutboundConnector(guard, proxyUri).ConnectAsync,
            ConnectTimeout = _options.ConnectTimeout,
            AllowAutoRedirect = false,
            UseProxy = _proxy is not null,
            Proxy = _proxy,
            // A shared pool must not carry one merchant's cookies into another's calls.
            UseCookies = false,
            AutomaticDecompression = DecompressionMethods.None,
            // Trace ids describe the platform's inside; outside parties have no use for them.
            ActivityHeadersPropagator = null,
            // Connections are checked when opened; recycling them lets a changed DNS answer take effect.
            PooledConnectionLifetime = TimeSpan.FromMinutes(5)
        };
    }

    public HttpClient CreateClient(string purpose)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(purpose);
        var handler = _handlers.GetOrAdd(purpose, p => new OutboundCallHandler(_options.LimitsFor(p), _guard, _proxy, _clock)
        {
            InnerHandler = _connections
        });

        // The handler's deadline covers the whole call; HttpClient's own would not cover a body the caller streams.
        return new HttpClient(handler, disposeHandler: false) { Timeout = Timeout.InfiniteTimeSpan };
    }

    public void Dispose() => _connections.Dispose();
}
