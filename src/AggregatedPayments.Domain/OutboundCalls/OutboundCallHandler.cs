using System.Net;
using System.Net.Http;
using System.Runtime.ExceptionServices;

namespace AggregatedPayments.OutboundCalls;

/// <summary>
/// Wraps every outbound request: the URL's shape, the target of a proxied request, one deadline from
/// sending to the last byte read (ending as HttpClient's own timeout does), the answer's size, and a
/// refusal surfaced as itself rather than wrapped in the handler's connection error.
/// </summary>
public sealed class OutboundCallHandler(OutboundCallLimits limits, OutboundAddressGuard guard, IWebProxy? proxy, TimeProvider clock)
    : DelegatingHandler
{
    /// <summary>The deadline could not stop a blocked synchronous read, so the guard serves asynchronous calls only.</summary>
    protected override HttpResponseMessage Send(HttpRequestMessage request, CancellationToken cancellationToken) =>
        throw new NotSupportedException("Outbound calls are asynchronous only: use SendAsync.");

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var uri = request.RequestUri;
        if (!OutboundUrl.HasValidShape(uri))
        {
            throw OutboundCallException.InvalidAddress();
        }

        var host = OutboundUrl.HostOf(uri);
        var deadline = new CancellationTokenSource(limits.Timeout, clock);
        var handedOver = false;
        try
        {
            var response = await SendBeforeAsync(request, uri, host, deadline.Token, cancellationToken);
            if (request.Method != HttpMethod.Head && response.Content.Headers.ContentLength > limits.MaxResponseBytes)
            {
                response.Dispose();
                throw OutboundCallException.ResponseTooLarge(host, limits.MaxResponseBytes);
            }

            // The body is read after this method returns: the content carries the deadline on and disposes it.
            response.Content = new OutboundResponseContent(response.Content, limits, host, deadline);
            handedOver = true;
            return response;
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            // Not the caller's cancellation: the deadline, or the connect timeout.
            throw OutboundCallTimeout.Create(host);
        }
        catch (HttpRequestException exception) when (exception.InnerException is OutboundCallException refused)
        {
            // The refusal itself, with the stack where it was raised, not the connection error wrapped around it.
            ExceptionDispatchInfo.Capture(refused).Throw();
            throw;
        }
        finally
        {
            if (!handedOver)
            {
                deadline.Dispose();
            }
        }
    }

    private async Task<HttpResponseMessage> SendBeforeAsync(
        HttpRequestMessage request, Uri uri, string host, CancellationToken deadline, CancellationToken cancellationToken)
    {
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, deadline);

        // Through a proxy, the connect callback sees the proxy only: the target is checked here.
        if (proxy is not null && !proxy.IsBypassed(uri))
        {
            await guard.ResolveAllowedAsync(host, linked.Token);
        }

        return await base.SendAsync(request, linked.Token);
    }
}
