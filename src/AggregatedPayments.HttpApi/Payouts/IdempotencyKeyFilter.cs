using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using AggregatedPayments.Exceptions;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.Formatters;
using Microsoft.AspNetCore.Mvc.Infrastructure;
using Microsoft.Extensions.Options;

namespace AggregatedPayments.Payouts;

/// <summary>
/// The second layer of idempotency for API callers. With an <c>Idempotency-Key</c> header, the first
/// request claims the key (per merchant and user, 24 hours) and its successful answer is kept; the same
/// key with the same request replays that answer (status and body) without running anything; with another
/// request it is a 409. A request that fails lets the key go, since it changed nothing. The request is
/// compared by its bound arguments (route ids and body), so formatting differences do not matter.
/// </summary>
public sealed class IdempotencyKeyFilter(IIdempotentRequestStore store, IOptions<MvcOptions> mvcOptions, IOptions<JsonOptions> jsonOptions) : IAsyncActionFilter
{
    public const string HeaderName = "Idempotency-Key";
    public const string ReplayedHeaderName = "Idempotent-Replayed";

    public async Task OnActionExecutionAsync(ActionExecutingContext context, ActionExecutionDelegate next)
    {
        var http = context.HttpContext;
        if (!http.Request.Headers.TryGetValue(HeaderName, out var values))
        {
            await next();
            return;
        }

        var key = values.ToString().Trim();
        if (key.Length is 0 or > PayoutConsts.MaxIdempotencyKeyLength || values.Count != 1 || !key.All(c => c is >= '!' and <= '~'))
        {
            throw new BusinessException(PayoutsErrorCodes.InvalidIdempotencyKey).WithData("max", PayoutConsts.MaxIdempotencyKeyLength);
        }

        var claim = await store.ClaimAsync(key, Hash(context), http.RequestAborted);
        if (claim.IsReplay)
        {
            http.Response.Headers[ReplayedHeaderName] = "true";
            context.Result = new ContentResult { StatusCode = claim.ReplayStatusCode, Content = claim.ReplayBody, ContentType = "application/json; charset=utf-8" };
            return;
        }

        var executed = await next();
        var answer = executed.Exception is null || executed.ExceptionHandled ? Answer(executed.Result, http) : null;

        // Kept or released whatever the caller does meanwhile: the action has run to its end.
        if (answer is { Status: >= 200 and < 300 } kept && kept.Body.Length <= PayoutConsts.MaxIdempotentResponseLength)
        {
            await store.CompleteAsync(claim.ClaimId!.Value, kept.Status, kept.Body, CancellationToken.None);
        }
        else
        {
            await store.ReleaseAsync(claim.ClaimId!.Value, CancellationToken.None);
        }
    }

    // The output formatter's own options (its encoder included), so a replay is byte for byte what the first caller got.
    private JsonSerializerOptions OutputOptions =>
        mvcOptions.Value.OutputFormatters.OfType<SystemTextJsonOutputFormatter>().FirstOrDefault()?.SerializerOptions ?? jsonOptions.Value.JsonSerializerOptions;

    private (int Status, string Body)? Answer(IActionResult? result, HttpContext http) => result switch
    {
        ObjectResult o => (o.StatusCode ?? http.Response.StatusCode, JsonSerializer.Serialize(o.Value, o.DeclaredType ?? o.Value?.GetType() ?? typeof(object), OutputOptions)),
        IStatusCodeActionResult { StatusCode: { } status } => (status, ""),
        _ => null
    };

    private string Hash(ActionExecutingContext context)
    {
        var arguments = context.ActionArguments
            .Where(a => a.Value is not CancellationToken)
            .OrderBy(a => a.Key, StringComparer.Ordinal)
            .ToDictionary(a => a.Key, a => a.Value);
        var request = context.HttpContext.Request;
        var canonical = $"{request.Method} {request.Path}\n{JsonSerializer.Serialize(arguments, jsonOptions.Value.JsonSerializerOptions)}";
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(canonical)));
    }
}
