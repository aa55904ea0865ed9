using System.Text;

namespace AggregatedPayments.ChannelSimulator.Signing;

/// <summary>
/// Reads <c>application/x-www-form-urlencoded</c> by hand, strictly: a repeated name, a broken
/// <c>%</c> escape or invalid UTF-8 make the body unreadable instead of being guessed at, because
/// the simulator must notice when a client sends something other than what it signed.
/// </summary>
public static class FormBody
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <returns>The parameters, or null when the body is not a well-formed form.</returns>
    public static Dictionary<string, string>? Parse(byte[] body)
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var pair in SplitOn(body, (byte)'&'))
        {
            if (pair.Length == 0)
            {
                continue;
            }

            var equals = Array.IndexOf(pair, (byte)'=');
            var name = Decode(equals < 0 ? pair : pair[..equals]);
            var value = equals < 0 ? string.Empty : Decode(pair[(equals + 1)..]);
            if (string.IsNullOrEmpty(name) || value is null || !result.TryAdd(name, value))
            {
                return null;
            }
        }

        return result;
    }

    private static IEnumerable<byte[]> SplitOn(byte[] body, byte separator)
    {
        var start = 0;
        for (var i = 0; i <= body.Length; i++)
        {
            if (i == body.Length || body[i] == separator)
            {
                yield return body[start..i];
                start = i + 1;
            }
        }
    }

    private static string? Decode(byte[] encoded)
    {
        var bytes = new List<byte>(encoded.Length);
        for (var i = 0; i < encoded.Length; i++)
        {
            var b = encoded[i];
            if (b == (byte)'+')
            {
                bytes.Add((byte)' ');
            }
            else if (b == (byte)'%')
            {
                if (i + 2 >= encoded.Length
                    || !byte.TryParse(Encoding.ASCII.GetString(encoded, i + 1, 2), System.Globalization.NumberStyles.AllowHexSpecifier, null, out var decoded))
                {
                    return null;
                }

                bytes.Add(decoded);
                i += 2;
            }
            else
            {
                bytes.Add(b);
            }
        }

        try
        {
            return StrictUtf8.GetString(bytes.ToArray());
        }
        catch (DecoderFallbackException)
        {
            return null;
        }
    }
}
