namespace AggregatedPayments.ChannelCallbacks;

/// <summary>Configuration section <c>ChannelCallbacks</c>.</summary>
public sealed class ChannelCallbackOptions
{
    public const string Section = "ChannelCallbacks";

    /// <summary>
    /// The platform's address as providers reach it from the internet (behind the load balancer), to
    /// which each merchant channel's callback path is added.
    /// </summary>
    public string PublicBaseUrl { get; set; } = "http://localhost:5080/";
}
