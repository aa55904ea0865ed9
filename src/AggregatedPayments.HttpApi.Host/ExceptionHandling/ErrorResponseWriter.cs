using System.Globalization;
using AggregatedPayments.Localization;
using Microsoft.AspNetCore.Http;

namespace AggregatedPayments.ExceptionHandling;

/// <summary>Writes the error body with the text in the request's language; every error path ends here.</summary>
public static class ErrorResponseWriter
{
    public static ErrorResponse Create(
        string code,
        string? details = null,
        IReadOnlyDictionary<string, object?>? values = null,
        IReadOnlyList<ValidationErrorInfo>? validationErrors = null) =>
        new(new ErrorInfo(code, TextLocalizer.Instance.Get(code, CultureInfo.CurrentUICulture.Name, values), details, validationErrors));

    public static Task WriteAsync(HttpContext context, int statusCode, ErrorResponse body)
    {
        context.Response.StatusCode = statusCode;
        context.Response.Headers.CacheControl = "no-store";
        return context.Response.WriteAsJsonAsync(body, context.RequestAborted);
    }

    public static Task WriteAsync(HttpContext context, int statusCode, string code, string? details = null) =>
        WriteAsync(context, statusCode, Create(code, details));
}
