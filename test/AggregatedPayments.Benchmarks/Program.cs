using System.Globalization;
using AggregatedPayments.Benchmarks;
using AggregatedPayments.Testing;

// Usage: AggregatedPayments.Benchmarks [sqlite|mysql|both] [lines]   (etc/scripts/benchmark.sh runs it in Release)
var engines = (args.Length > 0 ? args[0] : "both").ToLowerInvariant() switch
{
    "sqlite" => new[] { false },
    "mysql" or "mariadb" => [true],
    "both" => [false, true],
    var other => throw new ArgumentException($"Unknown engine '{other}': sqlite, mysql or both.")
};
var lines = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 100_000;

var started = DateTime.UtcNow;
var loadBefore = BenchmarkReport.LoadAverage();
var results = new List<EngineResult>();
foreach (var mySql in engines)
{
    results.Add(await PayrollBenchmark.RunAsync(mySql, lines, CancellationToken.None));
}

var loadAfter = BenchmarkReport.LoadAverage();
Console.WriteLine();
Console.WriteLine(BenchmarkReport.Table(results));
var markdown = Path.Combine(TestRepository.Root(), "docs", "benchmark-results.md");
await File.WriteAllTextAsync(markdown, BenchmarkReport.Markdown(results, started, loadBefore, loadAfter));
Console.WriteLine($"Written to {markdown}");
return results.All(r => r.Completed) ? 0 : 1;
