namespace AggregatedPayments.Channels;

public interface IChannelStatement
{
    /// <summary>The provider's statement of one day (in the provider's time zone), streamed line by line.</summary>
    IAsyncEnumerable<StatementLine> DownloadStatementAsync(DateOnly day, ChannelContext context, CancellationToken cancellationToken);
}
