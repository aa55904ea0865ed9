namespace AggregatedPayments.Channels;

/// <summary>The one way a stored request is sent again: only while the provider still knows its key.</summary>
public static class ChannelResend
{
    /// <summary>
    /// Resends <paramref name="request"/> byte for byte when the adapter's idempotency window, counted
    /// from the first send by the context's clock, is still open; otherwise throws
    /// <see cref="ResendWindowPassedException"/> without any I/O.
    /// </summary>
    public static Task<SubmitResult> ResendAsync(
        this IPayoutChannelAdapter adapter,
        StoredRequest request,
        DateTime firstSentAtUtc,
        ChannelContext context,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(adapter);
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(context);
        if (!adapter.Capabilities.AllowsResend(firstSentAtUtc, context.Clock.GetUtcNow().UtcDateTime))
        {
            throw new ResendWindowPassedException(request.Key, firstSentAtUtc, adapter.Capabilities.IdempotencyWindow);
        }

        return adapter.SubmitAsync(request, context, cancellationToken);
    }
}
