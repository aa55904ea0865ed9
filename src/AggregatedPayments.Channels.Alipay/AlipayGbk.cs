using System.Text;

namespace AggregatedPayments.Channels.Alipay;

/// <summary>
/// GBK, the encoding Alipay's bill CSV files are written in. It ships with .NET as a code page
/// that must be registered once before <see cref="Encoding.GetEncoding(string)"/> finds it;
/// invalid bytes throw rather than turn into U+FFFD, so a damaged file is refused, not misread.
/// </summary>
internal static class AlipayGbk
{
    public static readonly Encoding Strict = Load();

    private static Encoding Load()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding("GBK", EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
    }
}
