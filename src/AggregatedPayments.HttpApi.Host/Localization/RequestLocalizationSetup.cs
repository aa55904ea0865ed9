namespace AggregatedPayments.Localization;

public static class RequestLocalizationSetup
{
    /// <summary>The request's language from Accept-Language, mapped onto the cultures the platform has texts for (zh-CN → zh-Hans).</summary>
    public static IServiceCollection AddPlatformRequestLocalization(this IServiceCollection services) =>
        services.AddRequestLocalization(o =>
        {
            o.SetDefaultCulture(TextLocalizer.DefaultCulture);
            o.AddSupportedCultures([.. TextLocalizer.SupportedCultures]);
            o.AddSupportedUICultures([.. TextLocalizer.SupportedCultures]);
            o.FallBackToParentUICultures = true;
            o.FallBackToParentCultures = true;
        });
}
