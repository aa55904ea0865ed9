namespace AggregatedPayments.Channels.Alipay;

/// <summary>
/// Open platform method names (<c>alipay.fund.trans.uni.transfer</c>) and the response node each
/// one answers under (<c>alipay_fund_trans_uni_transfer_response</c>).
/// </summary>
public static class AlipayMethodName
{
    private const string ResponseSuffix = "_response";

    /// <summary>
    /// Lower-case letters and digits in dot-separated parts, at least two parts. Anything else is
    /// a programming error, caught before it is signed or used to look for a response node.
    /// </summary>
    public static string Validate(string method)
    {
        ArgumentException.ThrowIfNullOrEmpty(method);

        var parts = method.Split('.');
        var wellFormed = parts.Length >= 2
            && parts.All(p => p.Length > 0 && p.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c)));
        if (!wellFormed)
        {
            throw new ArgumentException($"'{method}' is not an open platform method name.", nameof(method));
        }

        return method;
    }

    public static string ResponseRootNode(string method) =>
        Validate(method).Replace('.', '_') + ResponseSuffix;
}
