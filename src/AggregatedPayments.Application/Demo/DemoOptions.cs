using Microsoft.Extensions.Configuration;

namespace AggregatedPayments.Demo;

/// <summary>
/// The demo on the embedded default (section <c>Demo</c>): off unless configured, which only
/// appsettings.Development.json does; a Production host refuses to start with it on.
/// </summary>
public sealed class DemoOptions
{
    public const string SectionName = "Demo";

    public const string EnabledKey = SectionName + ":Enabled";

    /// <summary>Where the host listens when neither Demo:SelfBaseUrl nor urls say otherwise.</summary>
    public const string DefaultSelfBaseUrl = "http://localhost:5080";

    private static readonly string[] WildcardHosts = ["0.0.0.0", "[::]", "*", "+"];

    public bool Enabled { get; set; }

    public string? AdminPassword { get; set; }

    public string? ClerkPassword { get; set; }

    /// <summary>The host's own address as it calls itself (data source, notify address); derived from urls when empty.</summary>
    public string? SelfBaseUrl { get; set; }

    public static DemoOptions From(IConfiguration configuration) =>
        configuration.GetSection(SectionName).Get<DemoOptions>() ?? new DemoOptions();

    /// <summary>
    /// Demo:SelfBaseUrl, else the first address the host listens on (<c>--urls</c>), with a wildcard host
    /// (0.0.0.0, [::], *, +) read as localhost, since that is the name the outbound guard is told to allow.
    /// </summary>
    public static Uri ResolveSelfBaseUrl(IConfiguration configuration)
    {
        var configured = configuration[SectionName + ":SelfBaseUrl"];
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return new Uri(configured.TrimEnd('/') + "/");
        }

        var first = (configuration["urls"] ?? DefaultSelfBaseUrl).Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .FirstOrDefault(u => u.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || u.StartsWith("https://", StringComparison.OrdinalIgnoreCase))
            ?? DefaultSelfBaseUrl;
        foreach (var wildcard in WildcardHosts)
        {
            first = first.Replace("://" + wildcard, "://localhost", StringComparison.Ordinal);
        }

        return new Uri(first.TrimEnd('/') + "/");
    }
}
