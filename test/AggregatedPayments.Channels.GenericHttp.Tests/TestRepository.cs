namespace AggregatedPayments.Channels.GenericHttp;

/// <summary>Where the clone sits: the folder holding AggregatedPayments.sln, found from the test binaries.</summary>
public static class TestRepository
{
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
}
