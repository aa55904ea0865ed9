namespace AggregatedPayments.AuditLogging;

public static class AuditLoggingHostExtensions
{
    /// <summary>
    /// After authentication and tenant resolution (the row names the user and the merchant), after
    /// the interception rules (a refused flood costs no rows), before authorization (a 403 is kept),
    /// and inside the error handler (whose answer gives the status of a failed request).
    /// </summary>
    public static IApplicationBuilder UseAuditLogging(this IApplicationBuilder app) =>
        app.UseMiddleware<AuditLoggingMiddleware>();
}
