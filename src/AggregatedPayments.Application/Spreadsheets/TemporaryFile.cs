namespace AggregatedPayments.Spreadsheets;

/// <summary>A scratch file for one request, readable and writable, removed by the system when closed, whatever happened.</summary>
public static class TemporaryFile
{
    public static FileStream Create(string directory)
    {
        Directory.CreateDirectory(directory);
        return new FileStream(
            Path.Combine(directory, "ap-" + Guid.NewGuid().ToString("N") + ".tmp"),
            FileMode.CreateNew,
            FileAccess.ReadWrite,
            FileShare.None,
            bufferSize: 64 * 1024,
            FileOptions.DeleteOnClose | FileOptions.Asynchronous);
    }
}
