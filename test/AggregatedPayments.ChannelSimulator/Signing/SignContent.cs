namespace AggregatedPayments.ChannelSimulator.Signing;

/// <summary>
/// The string a message is signed over: parameters in ordinal name order, empty values dropped,
/// <c>k=v</c> joined with <c>&amp;</c>, values raw (not URL-encoded).
/// </summary>
public static class SignContent
{
    /// <summary>Requests: every parameter except <c>sign</c> (sign_type stays in).</summary>
    public static string ForRequest(IEnumerable<KeyValuePair<string, string>> parameters) =>
        Join(parameters, "sign");

    /// <summary>Asynchronous notifications, the V1 rule: <c>sign</c> and <c>sign_type</c> both left out.</summary>
    public static string ForNotification(IEnumerable<KeyValuePair<string, string>> parameters) =>
        Join(parameters, "sign", "sign_type");

    private static string Join(IEnumerable<KeyValuePair<string, string>> parameters, params string[] excluded) =>
        string.Join('&', parameters
            .Where(p => !excluded.Contains(p.Key) && !string.IsNullOrEmpty(p.Value))
            .OrderBy(p => p.Key, StringComparer.Ordinal)
            .Select(p => p.Key + "=" + p.Value));
}
