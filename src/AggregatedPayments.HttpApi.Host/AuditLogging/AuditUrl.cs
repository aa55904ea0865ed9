namespace AggregatedPayments.AuditLogging;

/// <summary>The URL as the audit log keeps it: path and query, every value whose name is sensitive replaced.</summary>
public static class AuditUrl
{
    public static string Of(HttpRequest request) => Of(request.PathBase + request.Path, request.QueryString.Value);

    public static string Of(string path, string? queryString)
    {
        if (string.IsNullOrEmpty(queryString) || queryString == "?")
        {
            return path;
        }

        var pairs = queryString.TrimStart('?').Split('&').Select(pair =>
        {
            var separator = pair.IndexOf('=');
            var name = separator < 0 ? pair : pair[..separator];
            return separator >= 0 && AuditRedaction.IsSensitiveName(Decode(name)) ? name + "=" + AuditLogConsts.RedactedValue : pair;
        });
        return path + "?" + string.Join("&", pairs);
    }

    private static string Decode(string text)
    {
        try
        {
            return Uri.UnescapeDataString(text.Replace('+', ' '));
        }
        catch (UriFormatException)
        {
            return text;
        }
    }
}
