namespace AggregatedPayments.Testing;

/// <summary>
/// Where the clone sits, found from the test binaries. Linked as source into the test projects that
/// keep their references minimal (the channel tests see no TestBase), so there is one copy of it.
/// </summary>
public static class TestRepository
{
    /// <summary>The folder holding AggregatedPayments.sln.</summary>
    public static string Root()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "AggregatedPayments.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName
            ?? throw new InvalidOperationException($"No AggregatedPayments.sln above {AppContext.BaseDirectory}.");
    }

    /// <summary>
    /// The providers' own signing vectors: the shared copy beside the clone (as the design lays it out),
    /// else the copy kept in the repository, so that a clone anywhere still runs its tests.
    /// </summary>
    public static string PayoutChannelVectors()
    {
        var shared = Path.GetFullPath(Path.Combine(Root(), "..", "shared", "test-vectors", "payout-channels.json"));
        var kept = Path.Combine(Root(), "test", "Shared", "TestVectors", "payout-channels.json");
        return File.Exists(shared) ? shared
            : File.Exists(kept) ? kept
            : throw new FileNotFoundException("The payout channel test vectors are missing, both beside the clone and in test/Shared/TestVectors.", shared);
    }
}
