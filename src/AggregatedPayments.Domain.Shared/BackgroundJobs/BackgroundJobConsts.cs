namespace AggregatedPayments.BackgroundJobs;

public static class BackgroundJobConsts
{
    public const int MaxJobNameLength = 128;

    /// <summary>Arguments name what to work on (ids, keys), not the data itself.</summary>
    public const int MaxArgsLength = 65_536;

    /// <summary>Host name, process id and a per-claim token.</summary>
    public const int MaxLeaseOwnerLength = 128;

    public const int MaxLastErrorLength = 2_000;
}
