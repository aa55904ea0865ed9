using System.Buffers.Binary;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;

namespace AggregatedPayments.Channels.Sandbox;

/// <summary>
/// The sandbox's outcome rules, applied in this order so that one request always meets the same fate:
/// <list type="number">
/// <item>a payee account matching <see cref="FailAccountPattern"/> is refused at submit (<c>PAYEE_ACCOUNT_INVALID</c>),
/// nothing is kept, and a query finds nothing — the provider never accepted it;</item>
/// <item>(the ledger then refuses an amount above the available balance: <c>INSUFFICIENT_BALANCE</c>);</item>
/// <item>an amount matching one of <see cref="AmountEndings"/> (first match wins) is accepted, held, and fails with the rule's code
/// when processing ends — the money returns to the balance;</item>
/// <item>otherwise SHA-256 of "seed:key" picks <see cref="FailureRatePercent"/> in a hundred keys to fail the same way
/// with <c>SANDBOX_RANDOM_FAILURE</c>: the same seed and key give the same outcome on every run and machine;</item>
/// <item>everything else succeeds. An accepted payout stays Processing for <see cref="ProcessingDelay"/>
/// (by the injected clock), and is final at once when the delay is zero.</item>
/// </list>
/// </summary>
public sealed record SandboxRules(
    string? FailAccountPattern,
    IReadOnlyList<SandboxAmountEndingRule> AmountEndings,
    int Seed,
    int FailureRatePercent,
    TimeSpan ProcessingDelay)
{
    // An administrator writes the pattern; a bound on matching keeps a careless one from stalling payouts.
    private static readonly TimeSpan MatchTimeout = TimeSpan.FromMilliseconds(100);

    public static SandboxRules From(ChannelParameters parameters)
    {
        ArgumentNullException.ThrowIfNull(parameters);

        var pattern = parameters.GetOrNull(SandboxParameterNames.FailAccountPattern);
        if (pattern is not null)
        {
            try
            {
                // Compiling once here turns a malformed pattern into a configuration error before anything is kept.
                _ = Regex.IsMatch(string.Empty, pattern, RegexOptions.CultureInvariant, MatchTimeout);
            }
            catch (ArgumentException)
            {
                throw new ChannelConfigurationException($"'{SandboxParameterNames.FailAccountPattern}' is not a valid regular expression.");
            }
        }

        var rate = ReadInt(parameters, SandboxParameterNames.FailureRatePercent, 0, 100);
        var delaySeconds = ReadInt(parameters, SandboxParameterNames.ProcessingDelaySeconds, 0, 86_400);
        return new SandboxRules(
            pattern,
            SandboxAmountEndingRule.ParseList(parameters.GetOrNull(SandboxParameterNames.FailAmountEndings)),
            ReadInt(parameters, SandboxParameterNames.Seed, int.MinValue, int.MaxValue),
            rate,
            TimeSpan.FromSeconds(delaySeconds));
    }

    /// <summary>A refusal before acceptance, or null when the provider takes the request.</summary>
    public ProviderError? RefusalFor(SandboxRequest request)
    {
        if (FailAccountPattern is null)
        {
            return null;
        }

        try
        {
            return Regex.IsMatch(request.AccountNumber, FailAccountPattern, RegexOptions.CultureInvariant, MatchTimeout)
                ? new ProviderError(SandboxErrorCodes.PayeeAccountInvalid, null, "The payee account does not exist.")
                : null;
        }
        catch (RegexMatchTimeoutException)
        {
            throw new ChannelConfigurationException($"'{SandboxParameterNames.FailAccountPattern}' takes too long to match.");
        }
    }

    /// <summary>The failure an accepted payout will end in, or null when it will succeed.</summary>
    public ProviderError? FailureFor(SandboxRequest request)
    {
        if (AmountEndings.FirstOrDefault(rule => rule.Matches(request.AmountMinor)) is { } rule)
        {
            return new ProviderError(rule.Code, null, $"Amounts ending in {rule.Digits} fail in the sandbox.");
        }

        return FailureRatePercent > 0 && Draw(request.Key) < FailureRatePercent
            ? new ProviderError(SandboxErrorCodes.RandomFailure, null, "A seeded random failure.")
            : null;
    }

    /// <summary>A number in [0, 100) fixed by the seed and the key alone.</summary>
    private int Draw(string key)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(string.Create(CultureInfo.InvariantCulture, $"{Seed}:{key}")));
        return (int)(BinaryPrimitives.ReadUInt64BigEndian(hash) % 100);
    }

    private static int ReadInt(ChannelParameters parameters, string name, int min, int max)
    {
        var text = parameters.GetOrNull(name);
        if (text is null)
        {
            return 0;
        }

        return int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value) && value >= min && value <= max
            ? value
            : throw new ChannelConfigurationException($"'{name}' must be a whole number from {min} to {max}.");
    }
}
