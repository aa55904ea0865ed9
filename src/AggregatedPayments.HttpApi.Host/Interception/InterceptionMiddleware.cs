using System.Globalization;
using AggregatedPayments.ExceptionHandling;
using AggregatedPayments.Exceptions;
using AggregatedPayments.MultiTenancy;
using Microsoft.Extensions.Options;

namespace AggregatedPayments.Interception;

/// <summary>
/// Applies the stored rules to every request: the first enabled rule that matches path, method,
/// client address, merchant and API client decides (Allow lets it through, Deny answers 403,
/// RateLimit answers 429 with Retry-After once the client's window is spent).
/// <para>
/// Rules apply to login and to the rule endpoints as well: shutting an attacking range out of the
/// login and keeping the administration to office addresses are what rules are for, and an exemption
/// would be a hole every attacker knows. Locking yourself out is undone with
/// <see cref="InterceptionOptions.Enabled"/> (see there). Only the health endpoints are exempt.
/// </para>
/// </summary>
public sealed class InterceptionMiddleware
{
    private readonly RequestDelegate _next;
    private readonly InterceptionRuleCache _cache;
    private readonly InterceptionEvaluator _evaluator;
    private readonly ICurrentTenant _currentTenant;
    private readonly InterceptionOptions _options;
    private readonly PathPattern[] _exemptPaths;
    private readonly ILogger<InterceptionMiddleware> _logger;

    public InterceptionMiddleware(
        RequestDelegate next,
        InterceptionRuleCache cache,
        InterceptionEvaluator evaluator,
        ICurrentTenant currentTenant,
        IOptions<InterceptionOptions> options,
        ILogger<InterceptionMiddleware> logger)
    {
        _next = next;
        _cache = cache;
        _evaluator = evaluator;
        _currentTenant = currentTenant;
        _options = options.Value;
        _exemptPaths = _options.ExemptPaths.Select(PathPattern.Parse).ToArray();
        _logger = logger;
        if (!_options.Enabled)
        {
            logger.LogWarning("Request interception rules are switched off ({Section}:Enabled=false): no rule is applied", InterceptionOptions.SectionName);
        }
    }

    public async Task InvokeAsync(HttpContext context)
    {
        var path = PathPattern.NormalizePath(context.Request.Path.Value);
        if (!_options.Enabled || Array.Exists(_exemptPaths, p => p.IsMatch(path)))
        {
            await _next(context);
            return;
        }

        var rules = await _cache.GetAsync(context.RequestAborted);
        if (rules.Rules.Count == 0)
        {
            await _next(context);
            return;
        }

        var request = InterceptionRequest.Create(
            path, context.Request.Method, context.Connection.RemoteIpAddress, _currentTenant.Id, _options.ApiClientIdResolver(context));
        var decision = _evaluator.Decide(rules, request);
        switch (decision.Outcome)
        {
            case InterceptionOutcome.Deny:
                _logger.LogWarning("Request {Method} {Path} from {ClientIp} denied by interception rule {RuleId}",
                    request.Method, request.Path, request.RemoteIp, decision.Rule!.Id);
                await ErrorResponseWriter.WriteAsync(context, StatusCodes.Status403Forbidden, ErrorCodes.RequestDenied);
                break;
            case InterceptionOutcome.RateLimited:
                _logger.LogInformation("Request {Method} {Path} from {ClientIp} rate-limited by interception rule {RuleId}",
                    request.Method, request.Path, request.RemoteIp, decision.Rule!.Id);
                context.Response.Headers.RetryAfter = Math.Max(1, (int)Math.Ceiling(decision.RetryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
                await ErrorResponseWriter.WriteAsync(context, StatusCodes.Status429TooManyRequests, ErrorCodes.RateLimited);
                break;
            default:
                await _next(context);
                break;
        }
    }
}
