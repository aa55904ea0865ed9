using System.Text;

namespace AggregatedPayments.Channels.GenericHttp;

/// <summary>
/// Fills the configured template. Placeholders: <c>{method}</c> (upper-case HTTP method),
/// <c>{path}</c> (the address's absolute path, without query), <c>{timestamp}</c> (Unix seconds as
/// sent in the timestamp header), <c>{body}</c> (the raw body as UTF-8 text). The two characters
/// <c>\n</c> in the template stand for a line break, because a portal text field cannot hold one reliably.
/// </summary>
public static class GenericHttpCanonicalString
{
    public const string DefaultTemplate = "{method}\\n{path}\\n{timestamp}\\n{body}";

    /// <summary>Callbacks arrive at our own address, whose path the provider may not sign: by default the timestamp and the raw body only.</summary>
    public const string NotificationTemplate = "{timestamp}\\n{body}";

    public static byte[] Build(string template, string method, string path, string timestamp, ReadOnlySpan<byte> body)
    {
        // One pass over the template, so a placeholder-like text inside the body is never replaced again.
        var text = new StringBuilder();
        var bodyText = Encoding.UTF8.GetString(body);
        for (var i = 0; i < template.Length;)
        {
            var (token, value) = Match(template, i, method, path, timestamp, bodyText);
            if (token is null)
            {
                text.Append(template[i]);
                i++;
            }
            else
            {
                text.Append(value);
                i += token.Length;
            }
        }

        return Encoding.UTF8.GetBytes(text.ToString());
    }

    private static (string? Token, string? Value) Match(string template, int at, string method, string path, string timestamp, string body)
    {
        (string Token, string Value)[] tokens = [("\\n", "\n"), ("{method}", method), ("{path}", path), ("{timestamp}", timestamp), ("{body}", body)];
        foreach (var (token, value) in tokens)
        {
            if (string.CompareOrdinal(template, at, token, 0, token.Length) == 0)
            {
                return (token, value);
            }
        }

        return (null, null);
    }
}
