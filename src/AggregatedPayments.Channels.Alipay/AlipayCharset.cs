using System.Text;

namespace AggregatedPayments.Channels.Alipay;

/// <summary>
/// The one character set this implementation speaks on the wire. Requests declare
/// <c>charset=utf-8</c>, so signatures are computed over UTF-8 bytes; anything else is refused
/// rather than guessed.
/// </summary>
public static class AlipayCharset
{
    public const string Name = "utf-8";

    /// <summary>
    /// Throws on invalid bytes or lone surrogates instead of substituting U+FFFD: a replaced
    /// character would make us sign or verify something other than what was sent.
    /// </summary>
    public static readonly Encoding Utf8Strict = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static bool IsUtf8(string? charset) =>
        string.Equals(charset?.Trim(), Name, StringComparison.OrdinalIgnoreCase)
        || string.Equals(charset?.Trim(), "utf8", StringComparison.OrdinalIgnoreCase);
}
