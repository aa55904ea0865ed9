using System.Text;

namespace AggregatedPayments.Payroll;

/// <summary>
/// Which encoding a CSV file is in, decided over every byte as the file arrives: UTF-8 (with or without a
/// byte order mark) when it is valid UTF-8; otherwise GB18030, the superset of GBK that Excel in China saves
/// CSV in, when valid as that; otherwise neither, and the file is refused rather than misread.
/// </summary>
public sealed class PayrollTextEncodingDetector
{
    public static readonly Encoding Utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static readonly Encoding Gb18030 = LoadGb18030();

    private readonly Decoder _utf8 = Utf8.GetDecoder();
    private readonly Decoder _gb18030 = Gb18030.GetDecoder();
    private bool _isUtf8 = true;
    private bool _isGb18030 = true;

    public void Append(ReadOnlySpan<byte> bytes)
    {
        _isUtf8 = _isUtf8 && Decodes(_utf8, bytes, flush: false);
        _isGb18030 = _isGb18030 && Decodes(_gb18030, bytes, flush: false);
    }

    /// <summary>The encoding to read the file with, or null when it is neither.</summary>
    public Encoding? Finish()
    {
        _isUtf8 = _isUtf8 && Decodes(_utf8, [], flush: true);
        _isGb18030 = _isGb18030 && Decodes(_gb18030, [], flush: true);
        return _isUtf8 ? Utf8 : _isGb18030 ? Gb18030 : null;
    }

    private static bool Decodes(Decoder decoder, ReadOnlySpan<byte> bytes, bool flush)
    {
        try
        {
            decoder.GetCharCount(bytes, flush);
            return true;
        }
        catch (DecoderFallbackException)
        {
            return false;
        }
    }

    // A code page of .NET that must be registered once; invalid bytes throw instead of turning into U+FFFD.
    private static Encoding LoadGb18030()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(54936, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
    }
}
