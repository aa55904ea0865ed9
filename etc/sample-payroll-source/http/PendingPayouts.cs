using System.Globalization;
using System.Text.Json;

namespace SamplePayrollSource;

/// <summary>
/// GET /payroll/pending?limit=N[&amp;cursor=C]: one page of the generated list. The cursor is the position after the
/// page's last item; each item is made as it is written, so a list of any length costs no memory.
/// </summary>
public static class PendingPayouts
{
    public static async Task AnswerAsync(HttpContext context, SignatureCheck signatures, SampleOptions options)
    {
        if (signatures.Refusal(context) is { } refusal)
        {
            context.Response.StatusCode = StatusCodes.Status401Unauthorized;
            await context.Response.WriteAsync(refusal);
            return;
        }

        if (!int.TryParse(context.Request.Query["limit"], NumberStyles.None, CultureInfo.InvariantCulture, out var limit) || limit is < 1 or > 1000
            || !int.TryParse(context.Request.Query["cursor"].ToString() is { Length: > 0 } c ? c : "0", NumberStyles.None, CultureInfo.InvariantCulture, out var start))
        {
            context.Response.StatusCode = StatusCodes.Status400BadRequest;
            await context.Response.WriteAsync("limit is 1 to 1000; cursor is a position this server gave");
            return;
        }

        var end = Math.Min(start + limit, options.Items);
        context.Response.ContentType = "application/json";
        await using var json = new Utf8JsonWriter(context.Response.Body);
        json.WriteStartObject();
        json.WriteStartArray("items");
        for (var number = start + 1; number <= end; number++)
        {
            PayrollLine.Generate(options.Seed, number).WriteTo(json);
            if (json.BytesPending > 32 * 1024)
            {
                await json.FlushAsync();
            }
        }

        json.WriteEndArray();
        json.WriteString("nextCursor", end < options.Items ? end.ToString(CultureInfo.InvariantCulture) : null);
        json.WriteEndObject();
        await json.FlushAsync();
    }
}
