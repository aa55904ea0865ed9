namespace AggregatedPayments.Interception;

public static class InterceptionHostExtensions
{
    /// <summary>Binds <c>Interception:Enabled</c> and lets the host say how the API client of a request is known.</summary>
    public static IServiceCollection AddInterceptionRules(
        this IServiceCollection services, IConfiguration configuration, Action<InterceptionOptions>? configure = null)
    {
        services.AddOptions<InterceptionOptions>().Configure(options =>
        {
            options.Enabled = configuration.GetValue($"{InterceptionOptions.SectionName}:{nameof(InterceptionOptions.Enabled)}", true);
            configure?.Invoke(options);
        });
        return services;
    }

    /// <summary>
    /// After authentication and tenant resolution (rules look at the merchant a request acts in),
    /// before the audit log (a refused flood costs no audit rows) and before authorization.
    /// </summary>
    public static IApplicationBuilder UseInterceptionRules(this IApplicationBuilder app) =>
        app.UseMiddleware<InterceptionMiddleware>();
}
