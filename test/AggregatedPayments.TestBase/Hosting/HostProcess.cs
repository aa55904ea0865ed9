using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;
using AggregatedPayments.Testing;

namespace AggregatedPayments.Hosting;

/// <summary>
/// The built host as a separate operating-system process, so a test can kill it for real (a fault
/// point, <c>AP_FAULT_AT</c>) and start it again over the same database. Its output is kept for the
/// test's messages.
/// </summary>
public sealed class HostProcess : IAsyncDisposable
{
    private static readonly TimeSpan StartupLimit = TimeSpan.FromSeconds(90);

    private readonly Process _process;
    private readonly StringBuilder _output = new();

    private HostProcess(Process process, Uri baseAddress)
    {
        _process = process;
        BaseAddress = baseAddress;
        process.OutputDataReceived += (_, e) => Append(e.Data);
        process.ErrorDataReceived += (_, e) => Append(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
    }

    public Uri BaseAddress { get; }

    public bool HasExited => _process.HasExited;

    /// <summary>The operating system's id of the host process, for reading its own figures (/proc/&lt;id&gt;/status).</summary>
    public int ProcessId => _process.Id;

    public int ExitCode => _process.ExitCode;

    public string Output
    {
        get
        {
            lock (_output)
            {
                return _output.ToString();
            }
        }
    }

    /// <summary>Starts the host built beside this test run, in the given environment, with configuration as environment variables.</summary>
    public static HostProcess Start(IReadOnlyDictionary<string, string?> configuration, string environment = "Testing", string? faultAt = null)
    {
        var baseAddress = new Uri($"http://127.0.0.1:{FreePort()}/");
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = HostProjectDirectory(),
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false
        };
        start.ArgumentList.Add("exec");
        start.ArgumentList.Add(HostAssemblyPath());
        start.Environment["ASPNETCORE_ENVIRONMENT"] = environment;
        // Plain "Urls" outranks appsettings.json's own, where ASPNETCORE_URLS would not.
        start.Environment["Urls"] = baseAddress.ToString().TrimEnd('/');
        start.Environment.Remove("AP_FAULT_AT");
        if (faultAt is not null)
        {
            start.Environment["AP_FAULT_AT"] = faultAt;
        }

        foreach (var (key, value) in configuration)
        {
            start.Environment[key.Replace(":", "__", StringComparison.Ordinal)] = value;
        }

        return new HostProcess(Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start."), baseAddress);
    }

    /// <summary>True once /health/ready answers 200; false when the process ended first.</summary>
    public async Task<bool> WaitUntilReadyAsync()
    {
        using var http = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(5) };
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < StartupLimit)
        {
            if (_process.HasExited)
            {
                return false;
            }

            try
            {
                using var answer = await http.GetAsync("health/ready");
                if (answer.StatusCode == HttpStatusCode.OK)
                {
                    return true;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }

            await Task.Delay(TimeSpan.FromMilliseconds(200));
        }

        throw new TimeoutException($"The host neither became ready nor exited within {StartupLimit}. Output:\n{Output}");
    }

    /// <summary>Waits for the process to end on its own (a fault point) and returns its exit code.</summary>
    public async Task<int> WaitForExitAsync()
    {
        using var limit = new CancellationTokenSource(StartupLimit);
        await _process.WaitForExitAsync(limit.Token);
        return _process.ExitCode;
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
    }

    private void Append(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_output)
        {
            _output.AppendLine(line);
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static string HostProjectDirectory() => Path.Combine(TestRepository.Root(), "src", "AggregatedPayments.HttpApi.Host");

    /// <summary>The host as built in the same configuration as the running tests (Debug or Release).</summary>
    private static string HostAssemblyPath()
    {
        var configuration = AppContext.BaseDirectory.Contains($"{Path.DirectorySeparatorChar}Release{Path.DirectorySeparatorChar}", StringComparison.Ordinal) ? "Release" : "Debug";
        var path = Path.Combine(HostProjectDirectory(), "bin", configuration, "net10.0", "AggregatedPayments.HttpApi.Host.dll");
        return File.Exists(path) ? path : throw new FileNotFoundException("Build the host first.", path);
    }
}
