using System.Globalization;
using System.Text;
using AggregatedPayments.Exceptions;
using AggregatedPayments.Payouts;

namespace AggregatedPayments.Dtos;

/// <summary>
/// Where a newest-first page ended: the last row's creation time and id, opaque to callers. Rows added
/// meanwhile are newer, so they never shift a later page the way skip/take would.
/// </summary>
public sealed record KeysetCursor(DateTime Time, Guid Id)
{
    public const int MaxLength = 128;


    public override string ToString() =>
        Convert.ToBase64String(Encoding.ASCII.GetBytes($"{Time.Ticks.ToString(CultureInfo.InvariantCulture)}:{Id:N}"))
            .TrimEnd('=').Replace('+', '-').Replace('/', '_');

    public static KeysetCursor? Parse(string? cursor)
    {
        if (string.IsNullOrWhiteSpace(cursor))
        {
            return null;
        }

        try
        {
            var base64 = cursor.Trim().Replace('-', '+').Replace('_', '/');
            var text = Encoding.ASCII.GetString(Convert.FromBase64String(base64.PadRight(base64.Length + (4 - base64.Length % 4) % 4, '=')));
            var parts = text.Split(':');
            if (parts.Length == 2
                && long.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var ticks)
                && ticks is >= 0 and <= 3155378975999999999
                && Guid.TryParseExact(parts[1], "N", out var id))
            {
                return new KeysetCursor(new DateTime(ticks, DateTimeKind.Utc), id);
            }
        }
        catch (FormatException)
        {
        }

        throw new BusinessException(PayoutsErrorCodes.InvalidCursor);
    }
}
