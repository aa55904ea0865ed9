namespace AggregatedPayments.Demo;

public static class DemoHostExtensions
{
    /// <summary>The demo's receivers; registered always, used only where <see cref="MapDemoEndpoints"/> mapped them.</summary>
    public static IServiceCollection AddDemoEndpoints(this IServiceCollection services) =>
        services.AddSingleton<DemoNotificationInbox>()
            .AddSingleton<DemoRequestNonces>()
            .AddScoped<DemoMerchantKeys>();

    /// <summary>
    /// Maps the demo merchant's own systems inside the host when Demo:Enabled, and nothing otherwise: its payroll
    /// data source and its notify endpoint. They are anonymous as a merchant's would be: each checks the
    /// platform's signature itself.
    /// </summary>
    public static WebApplication MapDemoEndpoints(this WebApplication app)
    {
        if (!DemoOptions.From(app.Configuration).Enabled)
        {
            return app;
        }

        var demo = app.MapGroup("/demo").AllowAnonymous().WithTags("Demo");
        demo.MapGet("/payroll-source", DemoPayrollSourceEndpoint.HandleAsync);
        demo.MapPost("/notifications", DemoNotificationEndpoint.ReceiveAsync);
        demo.MapGet("/notifications", DemoNotificationEndpoint.List);
        return app;
    }
}
