using System.Globalization;
using System.Text.Json;

namespace AggregatedPayments.Channels.Alipay;

/// <summary>Reads the fields of a notification that has already been verified.</summary>
internal static class AlipayNotificationFields
{
    internal static bool TryReadUtcTimestamp(string? text, out DateTimeOffset sentAt)
    {
        sentAt = default;
        if (string.IsNullOrEmpty(text)
            || !text.All(char.IsAsciiDigit)
            || !long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var milliseconds)
            || milliseconds > DateTimeOffset.MaxValue.ToUnixTimeMilliseconds())
        {
            return false;
        }

        sentAt = DateTimeOffset.FromUnixTimeMilliseconds(milliseconds);
        return true;
    }

    /// <summary>
    /// Reads the transfer fields from the verified biz_content. Values are strings; a number is
    /// taken as its exact JSON text (an amount is then checked by the strict yuan parser), JSON
    /// null counts as absent, and anything else is refused rather than guessed at.
    /// </summary>
    internal static string? TryReadTransfer(string bizContent, out Dictionary<string, string?> fields)
    {
        string[] names = ["out_biz_no", "status", "order_id", "pay_fund_order_id", "trans_amount", "pay_date", "error_code", "fail_reason"];
        fields = names.ToDictionary(n => n, _ => (string?)null, StringComparer.Ordinal);

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(bizContent);
        }
        catch (JsonException)
        {
            return "biz_content is not well-formed JSON.";
        }

        using (document)
        {
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                return "biz_content is not a JSON object.";
            }

            foreach (var name in names)
            {
                if (!document.RootElement.TryGetProperty(name, out var value))
                {
                    continue;
                }

                switch (value.ValueKind)
                {
                    case JsonValueKind.String:
                        fields[name] = value.GetString();
                        break;
                    case JsonValueKind.Number:
                        fields[name] = value.GetRawText();
                        break;
                    case JsonValueKind.Null:
                        break;
                    default:
                        return $"biz_content field '{name}' is neither a string nor a number.";
                }
            }
        }

        if (string.IsNullOrEmpty(fields["out_biz_no"]) || string.IsNullOrEmpty(fields["status"]))
        {
            return "biz_content lacks out_biz_no or status.";
        }

        return null;
    }
}
