using System.Globalization;

namespace SamplePayrollSource;

/// <summary>From the environment (or any configuration source): what to serve and whose signature to require.</summary>
/// <param name="Items">AP_ITEMS: how many pending payouts the list has (1,000 by default).</param>
/// <param name="Seed">AP_SEED: the same seed gives the same list, so pulling again finds nothing new.</param>
/// <param name="KeyId">AP_KEY_ID: the merchant's API key id, as the platform showed it.</param>
/// <param name="Secret">AP_SECRET: its secret; when unset, signatures are not checked.</param>
/// <param name="ClockSkew">AP_CLOCK_SKEW_SECONDS: how far the platform's clock may be from this one (300 by default).</param>
public sealed record SampleOptions(int Items, int Seed, string? KeyId, string? Secret, TimeSpan ClockSkew)
{
    public static SampleOptions From(IConfiguration configuration) => new(
        Int(configuration, "AP_ITEMS", 1000),
        Int(configuration, "AP_SEED", 1),
        configuration["AP_KEY_ID"],
        string.IsNullOrEmpty(configuration["AP_SECRET"]) ? null : configuration["AP_SECRET"],
        TimeSpan.FromSeconds(Int(configuration, "AP_CLOCK_SKEW_SECONDS", 300)));

    private static int Int(IConfiguration configuration, string key, int fallback) =>
        configuration[key] is { Length: > 0 } text ? int.Parse(text, CultureInfo.InvariantCulture) : fallback;
}
