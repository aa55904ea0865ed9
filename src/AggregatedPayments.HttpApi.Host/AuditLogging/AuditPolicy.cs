namespace AggregatedPayments.AuditLogging;

/// <summary>
/// Which requests leave an audit row: every one that may change state (any method but GET, HEAD
/// and OPTIONS), and a read that failed in a way worth a trace — an exception, a 5xx, a 403 (someone
/// reaching for what is not theirs) — or that saved changes after all. Reads answered 401 or 404 are
/// left out: scanners produce them by the thousand, and each would cost a write.
/// </summary>
public static class AuditPolicy
{
    public static bool ShouldAudit(string method, int statusCode, bool hasError, bool hasChanges) =>
        !(HttpMethods.IsGet(method) || HttpMethods.IsHead(method) || HttpMethods.IsOptions(method))
        || hasError
        || hasChanges
        || statusCode >= StatusCodes.Status500InternalServerError
        || statusCode == StatusCodes.Status403Forbidden;
}
