using System.Text.RegularExpressions;
using AggregatedPayments.EntityFrameworkCore;
using AggregatedPayments.Interception;
using AggregatedPayments.MultiTenancy;
using AggregatedPayments.Users;
using Microsoft.EntityFrameworkCore;

namespace AggregatedPayments.AuditLogging;

/// <summary>
/// Writes one audit row per state-changing or failed request, after the request, in a scope of its
/// own (<see cref="AuditLogWriter"/>), so it survives the request's rollback and never breaks the answer.
/// <para>
/// When an exception passes through, the answer is not known yet: the error handler further out
/// turns it into a status and a body. The row is then written when that answer starts (its status is
/// final then), or when the response completes if no handler ever starts one.
/// </para>
/// </summary>
public sealed partial class AuditLoggingMiddleware(RequestDelegate next, AuditLogWriter writer, ICurrentTenant currentTenant, TimeProvider clock)
{
    public const string CorrelationIdHeader = "X-Correlation-Id";

    /// <summary>
    /// An <see cref="AuditError"/> an authentication handler leaves for a request it refused without an
    /// exception: the row carries its code, and it is written for reads too (a refused signed call is
    /// not a scanner's noise but a key in use from the wrong place or time).
    /// </summary>
    public const string RefusalKey = "AP:AuditRefusal";

    public async Task InvokeAsync(HttpContext context)
    {
        var request = Capture(context);
        var started = clock.GetTimestamp();
        var auditScope = context.RequestServices.GetRequiredService<AuditScope>();
        try
        {
            await next(context);
        }
        catch (Exception exception)
        {
            // The same reading of a database error as the error handler's, so the row names the code the client got.
            var error = AuditError.From(exception is DbUpdateException dbUpdate ? DbExceptionTranslator.Translate(dbUpdate) : exception);
            var failed = new PendingRow(this, context, request, auditScope, clock.GetElapsedTime(started), error);
            if (context.Response.HasStarted)
            {
                await failed.WriteAsync();
            }
            else
            {
                context.Response.OnStarting(failed.WriteAsync);
                context.Response.OnCompleted(failed.WriteAsync);
            }

            throw;
        }

        var refusal = context.Items[RefusalKey] as AuditError;
        if (refusal is not null || AuditPolicy.ShouldAudit(request.HttpMethod, context.Response.StatusCode, hasError: false, auditScope.HasChanges))
        {
            await WriteAsync(request, context.Response.StatusCode, clock.GetElapsedTime(started), refusal, auditScope);
        }
    }

    private AuditRequest Capture(HttpContext context)
    {
        var user = context.RequestServices.GetRequiredService<ICurrentUser>();
        return new AuditRequest(
            currentTenant.Id,
            user.Id,
            user.UserName,
            user.IsAuthenticated ? user.TenantId : null,
            IpAddresses.Normalize(context.Connection.RemoteIpAddress)?.ToString(),
            context.Request.Method,
            AuditUrl.Of(context.Request),
            CorrelationIdOf(context),
            clock.GetUtcNow().UtcDateTime);
    }

    private Task WriteAsync(AuditRequest request, int statusCode, TimeSpan duration, AuditError? error, AuditScope auditScope) =>
        writer.TryWriteAsync(new AuditLog(Guid.NewGuid(), request, statusCode, (long)duration.TotalMilliseconds, error, auditScope.CreateEntityChanges()));

    // A caller's id is kept only when it looks like one, so the column cannot carry arbitrary text.
    private static string CorrelationIdOf(HttpContext context)
    {
        var header = context.Request.Headers[CorrelationIdHeader].FirstOrDefault();
        return header is not null && CorrelationIdRegex().IsMatch(header) ? header : context.TraceIdentifier;
    }

    [GeneratedRegex("^[A-Za-z0-9._:-]{1,64}$")]
    private static partial Regex CorrelationIdRegex();

    /// <summary>The row of a failed request, written once, by whichever of its callbacks runs first.</summary>
    private sealed class PendingRow(
        AuditLoggingMiddleware middleware, HttpContext context, AuditRequest request, AuditScope auditScope, TimeSpan duration, AuditError error)
    {
        private int _written;

        public Task WriteAsync()
        {
            if (Interlocked.Exchange(ref _written, 1) == 1)
            {
                return Task.CompletedTask;
            }

            // No handler set a failure status: the server answers 500 for an unhandled exception.
            var status = context.Response.StatusCode < StatusCodes.Status400BadRequest
                ? StatusCodes.Status500InternalServerError
                : context.Response.StatusCode;
            return middleware.WriteAsync(request, status, duration, error, auditScope);
        }
    }
}
