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

    /// <summary>The providers' own signing vectors, in shared/ beside the clone (as CI lays it out).</summary>
    public static string PayoutChannelVectors()
    {
        var path = Path.GetFullPath(Path.Combine(Root(), "..", "shared", "test-vectors", "payout-channels.json"));
        return File.Exists(path)
            ? path
            : throw new FileNotFoundException("The shared test vectors are missing; shared/ must sit beside the clone.", path);
    }
}
