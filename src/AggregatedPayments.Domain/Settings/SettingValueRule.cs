using System.Globalization;
using System.Net.Mail;

namespace AggregatedPayments.Settings;

/// <summary>The common shapes of a setting's value.</summary>
public static class SettingValueRule
{
    public static Func<string, bool> Integer(int min, int max) => value =>
        int.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number) && number >= min && number <= max;

    public static Func<string, bool> Boolean { get; } = value => bool.TryParse(value, out _);

    public static Func<string, bool> OneOf(IReadOnlyCollection<string> allowed) => allowed.Contains;

    /// <summary>An IANA (or Windows) time zone id this machine knows.</summary>
    public static Func<string, bool> TimeZone { get; } = value =>
        !string.IsNullOrWhiteSpace(value) && TimeZoneInfo.TryFindSystemTimeZoneById(value, out _);

    public static Func<string, bool> EmailAddress { get; } = value =>
        MailAddress.TryCreate(value, out var address) && address.Address == value;
}
