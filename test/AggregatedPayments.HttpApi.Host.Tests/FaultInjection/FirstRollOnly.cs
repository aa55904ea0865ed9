namespace AggregatedPayments.FaultInjection;

/// <summary>
/// A seed for the simulator's fault knobs (one <c>new Random(seed).Next(100)</c> roll per request, as
/// its README says) under which, at 1%, the first request is hit and the next twenty are not.
/// </summary>
internal static class FirstRollOnly
{
    public static readonly int Seed = Find();

    private static int Find()
    {
        for (var seed = 0; ; seed++)
        {
            var random = new Random(seed);
            if (random.Next(100) == 0 && Enumerable.Range(0, 20).All(_ => random.Next(100) >= 1))
            {
                return seed;
            }
        }
    }
}
