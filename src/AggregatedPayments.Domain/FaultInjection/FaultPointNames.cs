namespace AggregatedPayments.FaultInjection;

/// <summary>Every fault point, so a crash test can walk all of them.</summary>
public static class FaultPointNames
{
    /// <summary>The schema is migrated; nothing is seeded yet.</summary>
    public const string AfterMigration = "Startup.AfterMigration";

    public static IReadOnlyList<string> All { get; } = [AfterMigration];
}
