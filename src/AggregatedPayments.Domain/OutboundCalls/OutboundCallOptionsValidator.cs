using Microsoft.Extensions.Options;

namespace AggregatedPayments.OutboundCalls;

/// <summary>Refuses a configuration under which calls would never finish, never read a byte, or go where nobody meant.</summary>
public sealed class OutboundCallOptionsValidator : IValidateOptions<OutboundCallOptions>
{
    /// <summary>No call should take longer; the timers behind the limits take no more than about 49 days either.</summary>
    public static readonly TimeSpan MaxTimeout = TimeSpan.FromDays(1);

    private const string Section = OutboundCallOptions.SectionName;

    public ValidateOptionsResult Validate(string? name, OutboundCallOptions options)
    {
        var failures = new List<string>();
        foreach (var target in options.AllowedTargets.Where(t => !OutboundAddressPolicy.IsValidTarget(t)))
        {
            failures.Add($"{Section}:AllowedTargets: '{target}' is neither a host name nor an IP address or CIDR range.");
        }

        CheckLimits(failures, Section, options.MaxResponseBytes, options.Timeout);
        if (options.ConnectTimeout <= TimeSpan.Zero || options.ConnectTimeout > MaxTimeout)
        {
            failures.Add($"{Section}:ConnectTimeout must be positive and at most {MaxTimeout}.");
        }

        foreach (var (purpose, limits) in options.Purposes)
        {
            CheckLimits(failures, $"{Section}:Purposes:{purpose}", limits.MaxResponseBytes, limits.Timeout);
        }

        if (!string.IsNullOrWhiteSpace(options.Proxy) && !IsProxyUrl(options.Proxy))
        {
            failures.Add($"{Section}:Proxy must be an absolute http URL without a user name or password.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    /// <summary>A purpose leaves out what it does not change: a missing value passes here.</summary>
    private static void CheckLimits(List<string> failures, string path, long? maxResponseBytes, TimeSpan? timeout)
    {
        if (maxResponseBytes < 1)
        {
            failures.Add($"{path}:MaxResponseBytes must be at least 1.");
        }

        if (timeout <= TimeSpan.Zero || timeout > MaxTimeout)
        {
            failures.Add($"{path}:Timeout must be positive and at most {MaxTimeout}.");
        }
    }

    private static bool IsProxyUrl(string proxy) =>
        Uri.TryCreate(proxy, UriKind.Absolute, out var uri)
        && uri.Scheme == Uri.UriSchemeHttp
        && uri.UserInfo.Length == 0
        && uri.Host.Length > 0;
}
