using System.Globalization;

namespace AggregatedPayments.Channels.Sandbox;

/// <summary>
/// "Amounts whose minor units end in <see cref="Digits"/> fail with <see cref="Code"/>": a
/// demo or a test picks an outcome just by choosing the amount (0.13 → the bank refuses).
/// </summary>
public sealed record SandboxAmountEndingRule(string Digits, string Code)
{
    public bool Matches(long amountMinor) =>
        amountMinor.ToString(CultureInfo.InvariantCulture).PadLeft(Digits.Length, '0').EndsWith(Digits, StringComparison.Ordinal);

    /// <summary>Reads <c>13=PAYEE_BANK_REFUSED,99=PAYEE_NAME_MISMATCH</c>; an empty text is no rule.</summary>
    public static IReadOnlyList<SandboxAmountEndingRule> ParseList(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return [];
        }

        return [.. text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(Parse)];
    }

    private static SandboxAmountEndingRule Parse(string entry)
    {
        var parts = entry.Split('=', StringSplitOptions.TrimEntries);
        if (parts.Length != 2
            || parts[0] is not { Length: >= 1 and <= 6 } digits || !digits.All(char.IsAsciiDigit)
            || parts[1] is not { Length: >= 1 and <= 64 } code || !code.All(c => char.IsAsciiLetterUpper(c) || char.IsAsciiDigit(c) || c == '_'))
        {
            throw new ChannelConfigurationException(
                $"'{SandboxParameterNames.FailAmountEndings}' takes digits=CODE pairs (1–6 digits, CODE in A–Z, 0–9, _), not '{entry}'.");
        }

        return new SandboxAmountEndingRule(digits, code);
    }
}
