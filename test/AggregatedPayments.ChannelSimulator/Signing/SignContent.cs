namespace AggregatedPayments.ChannelSimulator.Signing;

/// <summary>
/// The string a request is signed over: every parameter except <c>sign</c>, empty values dropped,
/// names in ordinal order, <c>k=v</c> joined with <c>&amp;</c>, values raw (not URL-encoded).
/// </summary>
public static class SignContent
{
    public static string ForRequest(IEnumerable<KeyValuePair<string, string>> parameters) =>
        string.Join('&', parameters
            .Where(p => p.Key != "sign" && !string.IsNullOrEmpty(p.Value))
            .OrderBy(p => p.Key, StringComparer.Ordinal)
            .Select(p => p.Key + "=" + p.Value));
}
