using System.Text;

namespace AggregatedPayments.Channels.Alipay;

/// <summary>
/// <c>application/x-www-form-urlencoded</c> in UTF-8, written out by hand so that the bytes we
/// store and resend are fixed by this code alone (not by a framework's choice of hex case or of
/// which characters it leaves alone), and read strictly so that a notification's parameters are
/// exactly what the sender signed.
/// </summary>
public static class AlipayFormEncoding
{
    private const string HexDigits = "0123456789ABCDEF";

    /// <summary>
    /// Encodes name/value pairs in the given order. Letters, digits and <c>*-._</c> stay as they are,
    /// a space becomes <c>+</c>, every other UTF-8 byte becomes <c>%XX</c> (upper-case hex).
    /// </summary>
    public static byte[] Encode(IEnumerable<KeyValuePair<string, string>> parameters)
    {
        ArgumentNullException.ThrowIfNull(parameters);

        var output = new List<byte>();
        foreach (var (key, value) in parameters)
        {
            ArgumentException.ThrowIfNullOrEmpty(key, nameof(parameters));
            ArgumentNullException.ThrowIfNull(value, nameof(parameters));

            if (output.Count > 0)
            {
                output.Add((byte)'&');
            }

            Append(output, key);
            output.Add((byte)'=');
            Append(output, value);
        }

        return output.ToArray();
    }

    /// <summary>
    /// Decodes a form body in order. Names must be unique and non-empty, every <c>%</c> must be
    /// followed by two hex digits, and the decoded bytes must be valid UTF-8; otherwise a
    /// <see cref="FormatException"/> says which rule was broken.
    /// </summary>
    public static IReadOnlyList<KeyValuePair<string, string>> Decode(ReadOnlySpan<byte> body)
    {
        var result = new List<KeyValuePair<string, string>>();
        var names = new HashSet<string>(StringComparer.Ordinal);
        var rest = body;
        while (!rest.IsEmpty)
        {
            var end = rest.IndexOf((byte)'&');
            var pair = end < 0 ? rest : rest[..end];
            rest = end < 0 ? ReadOnlySpan<byte>.Empty : rest[(end + 1)..];

            // Empty segments ("a=1&&b=2", a trailing '&') carry nothing; the form rules skip them.
            if (pair.IsEmpty)
            {
                continue;
            }

            var equals = pair.IndexOf((byte)'=');
            var name = Unescape(equals < 0 ? pair : pair[..equals]);
            var value = equals < 0 ? string.Empty : Unescape(pair[(equals + 1)..]);

            if (name.Length == 0)
            {
                throw new FormatException("The form has a parameter without a name.");
            }

            if (!names.Add(name))
            {
                throw new FormatException($"The form repeats parameter '{name}'.");
            }

            result.Add(new KeyValuePair<string, string>(name, value));
        }

        return result;
    }

    private static void Append(List<byte> output, string text)
    {
        foreach (var b in AlipayCharset.Utf8Strict.GetBytes(text))
        {
            if (IsUnreserved(b))
            {
                output.Add(b);
            }
            else if (b == (byte)' ')
            {
                output.Add((byte)'+');
            }
            else
            {
                output.Add((byte)'%');
                output.Add((byte)HexDigits[b >> 4]);
                output.Add((byte)HexDigits[b & 0x0F]);
            }
        }
    }

    private static bool IsUnreserved(byte b) =>
        b is (>= (byte)'A' and <= (byte)'Z') or (>= (byte)'a' and <= (byte)'z') or (>= (byte)'0' and <= (byte)'9')
            or (byte)'*' or (byte)'-' or (byte)'.' or (byte)'_';

    private static string Unescape(ReadOnlySpan<byte> encoded)
    {
        var bytes = new byte[encoded.Length];
        var length = 0;
        for (var i = 0; i < encoded.Length; i++)
        {
            var b = encoded[i];
            if (b == (byte)'+')
            {
                bytes[length++] = (byte)' ';
            }
            else if (b == (byte)'%')
            {
                if (i + 2 >= encoded.Length || !TryHex(encoded[i + 1], out var high) || !TryHex(encoded[i + 2], out var low))
                {
                    throw new FormatException("The form has a '%' that is not followed by two hex digits.");
                }

                bytes[length++] = (byte)((high << 4) | low);
                i += 2;
            }
            else
            {
                bytes[length++] = b;
            }
        }

        try
        {
            return AlipayCharset.Utf8Strict.GetString(bytes, 0, length);
        }
        catch (DecoderFallbackException e)
        {
            throw new FormatException("The form is not valid UTF-8.", e);
        }
    }

    private static bool TryHex(byte b, out int value)
    {
        value = b switch
        {
            >= (byte)'0' and <= (byte)'9' => b - '0',
            >= (byte)'A' and <= (byte)'F' => b - 'A' + 10,
            >= (byte)'a' and <= (byte)'f' => b - 'a' + 10,
            _ => -1,
        };
        return value >= 0;
    }
}
