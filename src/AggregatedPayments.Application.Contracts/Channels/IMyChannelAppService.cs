namespace AggregatedPayments.Channels;

public interface IMyChannelAppService
{
    /// <summary>The channels open to the caller's merchant.</summary>
    Task<IReadOnlyList<MyChannelDto>> GetListAsync(CancellationToken cancellationToken = default);
}
