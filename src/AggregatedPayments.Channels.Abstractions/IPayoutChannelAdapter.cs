namespace AggregatedPayments.Channels;

/// <summary>
/// The contract every provider adapter fulfils (CHANNEL-PROTOCOLS.md section 7). The platform makes
/// the key, has the adapter prepare the exact request, stores both, and only then sends; every retry
/// sends the stored request again. Optional functions are separate interfaces
/// (<see cref="IChannelBalance"/>, <see cref="IChannelWithdrawal"/>, <see cref="IChannelStatement"/>,
/// <see cref="IChannelNotification"/>), and <see cref="Capabilities"/> must name exactly those implemented.
/// </summary>
public interface IPayoutChannelAdapter
{
    /// <summary>The provider's name as channels store it ("Sandbox", "Alipay", "GenericHttp"…).</summary>
    string Provider { get; }

    ChannelCapabilities Capabilities { get; }

    /// <summary>The parameters this adapter understands; a channel cannot be configured with others.</summary>
    IReadOnlyList<ChannelParameterDefinition> Parameters { get; }

    /// <summary>Shapes the attempt's id into the provider's key format (length, alphabet). Deterministic.</summary>
    string FormatKey(Guid attemptId);

    /// <summary>Builds the request exactly as it will be sent; pure (no I/O), so it can be stored first.</summary>
    StoredRequest PrepareSubmit(PayoutInstruction instruction, ChannelContext context);

    /// <summary>Sends a stored request byte for byte. Never throws for a provider or network failure: that is <see cref="SubmitResult.Unknown"/>.</summary>
    Task<SubmitResult> SubmitAsync(StoredRequest request, ChannelContext context, CancellationToken cancellationToken);

    /// <summary>Asks the provider about a payout by our key alone.</summary>
    Task<QueryResult> QueryAsync(string key, ChannelAmount requestedAmount, ChannelContext context, CancellationToken cancellationToken);
}
