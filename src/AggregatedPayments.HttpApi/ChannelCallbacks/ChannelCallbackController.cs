using AggregatedPayments.Controllers;
using AggregatedPayments.Exceptions;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace AggregatedPayments.ChannelCallbacks;

/// <summary>
/// The address a merchant channel gives its provider for callbacks. Providers sign instead of logging
/// in, so it is anonymous; the body is handed on unparsed, because the signature covers its raw bytes.
/// </summary>
[Route("api/channel-callbacks")]
public sealed class ChannelCallbackController(IChannelCallbackAppService callbacks) : AggregatedPaymentsController
{
    [HttpPost("{merchantChannelId:guid}")]
    [AllowAnonymous]
    [RawRequestBody]
    [RequestSizeLimit(ChannelCallbackConsts.MaxBodyBytes)]
    public async Task<IActionResult> ReceiveAsync(Guid merchantChannelId, CancellationToken cancellationToken)
    {
        var body = await ReadBodyAsync(cancellationToken);
        var headers = Request.Headers.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase);
        var answer = await callbacks.ReceiveAsync(merchantChannelId, new ChannelCallbackInput(headers, body, Request.ContentType), cancellationToken);
        return new ContentResult { StatusCode = answer.StatusCode, ContentType = answer.ContentType, Content = answer.Body };
    }

    private async Task<byte[]> ReadBodyAsync(CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        await Request.Body.CopyToAsync(buffer, cancellationToken);
        if (buffer.Length > ChannelCallbackConsts.MaxBodyBytes)
        {
            throw new InvalidInputException("body", "A callback body is at most 64 KB.");
        }

        return buffer.ToArray();
    }
}
