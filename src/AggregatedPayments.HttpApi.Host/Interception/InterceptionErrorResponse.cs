using System.Text.Json;
using AggregatedPayments.Localization;
using Microsoft.AspNetCore.Localization;

namespace AggregatedPayments.Interception;

/// <summary>
/// The platform's error body, <c>{"error":{"code","message","details","validationErrors"}}</c>, written
/// by the middleware itself since a refused request never reaches MVC or the exception handler.
/// </summary>
internal static class InterceptionErrorResponse
{
    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web);

    public static Task WriteAsync(HttpContext context, int statusCode, string code)
    {
        context.Response.StatusCode = statusCode;
        context.Response.Headers.CacheControl = "no-store";
        var message = TextLocalizer.Instance.Get(code, CultureOf(context));
        return context.Response.WriteAsJsonAsync(new ErrorEnvelope(new ErrorInfo(code, message, null, null)), JsonOptions, context.RequestAborted);
    }

    // The request localization middleware's choice when it ran, otherwise the client's first language.
    private static string CultureOf(HttpContext context)
    {
        var feature = context.Features.Get<IRequestCultureFeature>();
        if (feature is not null)
        {
            return feature.RequestCulture.UICulture.Name;
        }

        var languages = context.Request.GetTypedHeaders().AcceptLanguage;
        return languages.OrderByDescending(l => l.Quality ?? 1).Select(l => l.Value.Value).FirstOrDefault() ?? TextLocalizer.DefaultCulture;
    }

    private sealed record ErrorEnvelope(ErrorInfo Error);

    private sealed record ErrorInfo(string Code, string Message, string? Details, IReadOnlyList<object>? ValidationErrors);
}
