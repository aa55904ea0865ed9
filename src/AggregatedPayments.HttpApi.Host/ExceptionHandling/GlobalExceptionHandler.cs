using AggregatedPayments.EntityFrameworkCore;
using AggregatedPayments.Exceptions;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;

namespace AggregatedPayments.ExceptionHandling;

/// <summary>
/// Maps every exception to the error body. Business errors keep their code; a unique-key clash is a
/// 409 with its own code; anything else is a 500 whose details stay in the log, never in the answer.
/// </summary>
public sealed class GlobalExceptionHandler(ILogger<GlobalExceptionHandler> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        if (exception is DbUpdateException dbUpdate)
        {
            exception = DbExceptionTranslator.Translate(dbUpdate);
        }

        var (status, body) = exception switch
        {
            InvalidInputException invalid => (StatusCodes.Status400BadRequest, ErrorResponseWriter.Create(
                invalid.Code, invalid.Details, invalid.Values.AsReadOnly(),
                invalid.Errors.Select(e => new ValidationErrorInfo(e.Message, e.Members)).ToList())),
            BusinessException business => (StatusOf(business.Kind), ErrorResponseWriter.Create(business.Code, business.Details, business.Values.AsReadOnly())),
            OperationCanceledException when httpContext.RequestAborted.IsCancellationRequested => (499, ErrorResponseWriter.Create(ErrorCodes.InternalError)),
            _ => (StatusCodes.Status500InternalServerError, ErrorResponseWriter.Create(ErrorCodes.InternalError, httpContext.TraceIdentifier))
        };

        if (status >= 500)
        {
            logger.LogError(exception, "Unhandled error on {Method} {Path}", httpContext.Request.Method, httpContext.Request.Path);
        }
        else
        {
            logger.LogInformation("{Method} {Path} answered {Status} {Code}", httpContext.Request.Method, httpContext.Request.Path, status, body.Error.Code);
        }

        await ErrorResponseWriter.WriteAsync(httpContext, status, body);
        return true;
    }

    private static int StatusOf(ErrorKind kind) => kind switch
    {
        ErrorKind.Validation => StatusCodes.Status400BadRequest,
        ErrorKind.NotFound => StatusCodes.Status404NotFound,
        ErrorKind.Forbidden => StatusCodes.Status403Forbidden,
        ErrorKind.Unauthorized => StatusCodes.Status401Unauthorized,
        ErrorKind.Conflict => StatusCodes.Status409Conflict,
        ErrorKind.TooManyRequests => StatusCodes.Status429TooManyRequests,
        _ => StatusCodes.Status400BadRequest
    };
}
