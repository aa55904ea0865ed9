namespace AggregatedPayments.Interception;

public sealed class InterceptionOptions
{
    public const string SectionName = "Interception";

    public const string DefaultApiClientHeader = "X-Api-Client";

    /// <summary>
    /// Off only to recover from a rule that locked the administrators out (set
    /// <c>Interception__Enabled=false</c> and restart; fix the rule; switch it back on).
    /// </summary>
    public bool Enabled { get; set; } = true;

    /// <summary>
    /// Paths no rule applies to. The health endpoints only: a probe must report the process, not a
    /// rule, or one careless rule makes the load balancer drop every instance. Login and the rule
    /// endpoints are deliberately not exempt (see <see cref="InterceptionMiddleware"/>).
    /// </summary>
    public IList<string> ExemptPaths { get; } = ["/health/**"];

    /// <summary>
    /// Which API client a request comes from (a merchant system's key id), matched against a rule's
    /// <c>ApiClientId</c>. By default the <c>X-Api-Client</c> header, which the caller chooses freely:
    /// until this reads an authenticated claim, use client ids on Deny and RateLimit rules only, never
    /// on Allow rules, which anyone could then claim to skip the rules after them.
    /// </summary>
    public Func<HttpContext, string?> ApiClientIdResolver { get; set; } =
        context => context.Request.Headers[DefaultApiClientHeader].FirstOrDefault();
}
