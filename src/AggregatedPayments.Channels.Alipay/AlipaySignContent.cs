namespace AggregatedPayments.Channels.Alipay;

/// <summary>
/// Builds the exact string the open platform signs: raw (not URL-encoded) values, <c>sign</c> and
/// empty values dropped, keys in ordinal (ASCII) order, joined as <c>k=v&amp;k=v</c>
/// (alipay-sdk-net-all AlipaySignature.GetSignContent).
/// </summary>
public static class AlipaySignContent
{
    /// <summary>
    /// For requests we send and responses checked with the "V2" rule: <c>sign_type</c> stays in
    /// the content.
    /// </summary>
    public static string ForRequest(IEnumerable<KeyValuePair<string, string?>> parameters) =>
        Build(parameters, dropSignType: false);

    /// <summary>
    /// For asynchronous notifications (AlipaySignature.RSACheckV1): <c>sign_type</c> is dropped
    /// as well, because Alipay signs notifications without it.
    /// </summary>
    public static string ForNotificationV1(IEnumerable<KeyValuePair<string, string?>> parameters) =>
        Build(parameters, dropSignType: true);

    private static string Build(IEnumerable<KeyValuePair<string, string?>> parameters, bool dropSignType)
    {
        ArgumentNullException.ThrowIfNull(parameters);

        var seen = new HashSet<string>(StringComparer.Ordinal);
        var kept = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var (key, value) in parameters)
        {
            if (string.IsNullOrEmpty(key))
            {
                throw new ArgumentException("A parameter has an empty name.", nameof(parameters));
            }

            // A repeated name would leave it to chance which value is signed and which one the
            // receiver reads.
            if (!seen.Add(key))
            {
                throw new ArgumentException($"Parameter '{key}' appears more than once.", nameof(parameters));
            }

            if (key == AlipayParameterNames.Sign || (dropSignType && key == AlipayParameterNames.SignType))
            {
                continue;
            }

            // Empty values are not part of the signed string on Alipay's side either.
            if (string.IsNullOrEmpty(value))
            {
                continue;
            }

            kept.Add(key, value);
        }

        if (kept.Count == 0)
        {
            throw new ArgumentException("There is no parameter with a value to sign.", nameof(parameters));
        }

        return string.Join('&', kept.Select(p => p.Key + "=" + p.Value));
    }
}
