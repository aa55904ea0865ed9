using AggregatedPayments.AuditLogging;
using AggregatedPayments.Entities;
using AggregatedPayments.Exceptions;

namespace AggregatedPayments.Interception;

/// <summary>
/// A stored rule that allows, denies or rate-limits the requests it matches. Rules belong to the
/// platform; <see cref="TenantId"/> is a condition (the merchant a request acts in), not an owner.
/// The text fields are kept in normal form, so what the administrator reads back is what is matched.
/// </summary>
[Audited]
public sealed class InterceptionRule : AggregateRoot
{
    private InterceptionRule()
    {
    }

    public InterceptionRule(Guid id, InterceptionRuleDefinition definition)
        : base(id) => Apply(definition);

    public string Name { get; private set; } = null!;

    /// <summary>Lower runs first; equal orders run by <see cref="Entities.Entity{TKey}.Id"/>.</summary>
    public int Order { get; private set; }

    public string PathPattern { get; private set; } = null!;

    public string Methods { get; private set; } = null!;

    public string? IpCidr { get; private set; }

    /// <summary>Only requests acting in this merchant match; null matches any merchant and the platform.</summary>
    public Guid? TenantId { get; private set; }

    /// <summary>Only requests of this API client (a merchant system's key id) match; null matches any.</summary>
    public string? ApiClientId { get; private set; }

    public InterceptionAction Action { get; private set; }

    /// <summary>Requests allowed per window and client; set only for <see cref="InterceptionAction.RateLimit"/>.</summary>
    public int? PermitLimit { get; private set; }

    public int? WindowSeconds { get; private set; }

    public bool IsEnabled { get; private set; }

    public void Update(InterceptionRuleDefinition definition) => Apply(definition);

    /// <summary>The rule in the form the middleware evaluates.</summary>
    public CompiledInterceptionRule Compile() => new(
        Id,
        Order,
        Action,
        Interception.PathPattern.Parse(PathPattern),
        MethodSet.Parse(Methods),
        IpCidr is null ? null : IpRange.Parse(IpCidr),
        TenantId,
        ApiClientId,
        PermitLimit ?? 0,
        TimeSpan.FromSeconds(WindowSeconds ?? 0));

    private void Apply(InterceptionRuleDefinition definition)
    {
        var name = definition.Name?.Trim();
        if (string.IsNullOrEmpty(name) || name.Length > InterceptionRuleConsts.MaxNameLength)
        {
            throw new InvalidInputException(nameof(Name), $"The name is required and at most {InterceptionRuleConsts.MaxNameLength} characters long.");
        }

        if (!Enum.IsDefined(definition.Action))
        {
            throw new InvalidInputException(nameof(Action), "The action is Allow, Deny or RateLimit.");
        }

        var pathPattern = Interception.PathPattern.Parse(definition.PathPattern);
        var methods = MethodSet.Parse(definition.Methods);
        var ipRange = string.IsNullOrWhiteSpace(definition.IpCidr) ? null : IpRange.Parse(definition.IpCidr);
        var apiClientId = NormalizeApiClientId(definition.ApiClientId);
        if (definition.Action == InterceptionAction.RateLimit)
        {
            EnsureRate(definition.PermitLimit, definition.WindowSeconds);
        }

        Name = name;
        Order = definition.Order;
        PathPattern = pathPattern.Text;
        Methods = methods.Text;
        IpCidr = ipRange?.ToString();
        TenantId = definition.TenantId;
        ApiClientId = apiClientId;
        Action = definition.Action;

        // A rate means nothing to Allow or Deny; keeping a stale one would only mislead the next reader.
        PermitLimit = Action == InterceptionAction.RateLimit ? definition.PermitLimit : null;
        WindowSeconds = Action == InterceptionAction.RateLimit ? definition.WindowSeconds : null;
        IsEnabled = definition.IsEnabled;
    }

    private static string? NormalizeApiClientId(string? apiClientId)
    {
        var trimmed = apiClientId?.Trim();
        if (string.IsNullOrEmpty(trimmed))
        {
            return null;
        }

        if (trimmed.Length > InterceptionRuleConsts.MaxApiClientIdLength || trimmed.Any(char.IsControl))
        {
            throw new InvalidInputException(nameof(ApiClientId), $"The API client id is at most {InterceptionRuleConsts.MaxApiClientIdLength} printable characters long.");
        }

        return trimmed;
    }

    private static void EnsureRate(int? permitLimit, int? windowSeconds)
    {
        var errors = new List<ValidationError>();
        if (permitLimit is not (>= 1 and <= InterceptionRuleConsts.MaxPermitLimit))
        {
            errors.Add(new ValidationError($"A rate limit allows 1 to {InterceptionRuleConsts.MaxPermitLimit} requests per window.", [nameof(PermitLimit)]));
        }

        if (windowSeconds is not (>= 1 and <= InterceptionRuleConsts.MaxWindowSeconds))
        {
            errors.Add(new ValidationError($"A rate limit window is 1 to {InterceptionRuleConsts.MaxWindowSeconds} seconds long.", [nameof(WindowSeconds)]));
        }

        if (errors.Count > 0)
        {
            throw new InvalidInputException(errors);
        }
    }
}
