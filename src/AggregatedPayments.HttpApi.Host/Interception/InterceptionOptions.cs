using AggregatedPayments.Identity;

namespace AggregatedPayments.Interception;

public sealed class InterceptionOptions
{
    public const string SectionName = "Interception";

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
    /// Which API client a request comes from, matched against a rule's <c>ApiClientId</c>. By default the
    /// key id of a merchant system whose request signature authentication verified (the rules run after
    /// authentication); never a header the caller chooses, or an Allow rule naming a client would let
    /// anyone who claims to be it skip the rules after it. Null for a request not signed with an API key.
    /// </summary>
    public Func<HttpContext, string?> ApiClientIdResolver { get; set; } =
        context => context.User.FindFirst(ClaimNames.ApiKeyId)?.Value;
}
