using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Routing;

namespace AggregatedPayments.Security;

/// <summary>One HTTP method on one route of the running host.</summary>
public sealed partial record ApiEndpoint(string Method, string Route, RouteEndpoint Endpoint)
{
    public string Key => $"{Method} {Route}";

    public bool HasIdParameter => IdParameter().IsMatch(Route);

    /// <summary>The route with every {x:guid} replaced by the id and every other parameter by a plausible value.</summary>
    public string SampleUrl(Guid id) => "/" + OtherParameter().Replace(IdParameter().Replace(Route, id.ToString()), "Dashboard");

    [GeneratedRegex(@"\{[^}]+:guid\}")]
    private static partial Regex IdParameter();

    [GeneratedRegex(@"\{[^}]+\}")]
    private static partial Regex OtherParameter();
}
