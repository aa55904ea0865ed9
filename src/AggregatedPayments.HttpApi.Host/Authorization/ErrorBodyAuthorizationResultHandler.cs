using AggregatedPayments.ExceptionHandling;
using AggregatedPayments.Exceptions;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Policy;

namespace AggregatedPayments.Authorization;

/// <summary>A refused request gets the standard error body: 401 without a valid token, 403 without the permission.</summary>
public sealed class ErrorBodyAuthorizationResultHandler : IAuthorizationMiddlewareResultHandler
{
    private readonly AuthorizationMiddlewareResultHandler _default = new();

    public Task HandleAsync(RequestDelegate next, HttpContext context, AuthorizationPolicy policy, PolicyAuthorizationResult authorizeResult)
    {
        if (authorizeResult.Challenged)
        {
            var code = context.Items[SessionValidation.RefusalCodeKey] as string ?? ErrorCodes.Unauthorized;
            context.Response.Headers.WWWAuthenticate = "Bearer";
            return ErrorResponseWriter.WriteAsync(context, StatusCodes.Status401Unauthorized, code);
        }

        if (authorizeResult.Forbidden)
        {
            return ErrorResponseWriter.WriteAsync(context, StatusCodes.Status403Forbidden, ErrorCodes.Forbidden);
        }

        return _default.HandleAsync(next, context, policy, authorizeResult);
    }
}
