using AggregatedPayments.Merchants.Credentials;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.JwtBearer;

namespace AggregatedPayments.Merchants;

public static class ApiSignatureHostExtensions
{
    /// <summary>
    /// Adds the "ApiSignature" scheme beside the bearer tokens and makes the default scheme choose between
    /// them: a request carrying <see cref="MerchantRequestSignature.KeyIdHeader"/> is judged by its
    /// signature alone. Call after <c>AddPlatformAuthentication</c>, whose default it replaces.
    /// </summary>
    public static IServiceCollection AddApiSignatureAuthentication(this IServiceCollection services)
    {
        services.AddAuthentication(options =>
            {
                options.DefaultScheme = ApiSignatureDefaults.SelectorScheme;
                options.DefaultChallengeScheme = ApiSignatureDefaults.SelectorScheme;
            })
            .AddPolicyScheme(ApiSignatureDefaults.SelectorScheme, null, options =>
                options.ForwardDefaultSelector = context => context.Request.Headers.ContainsKey(MerchantRequestSignature.KeyIdHeader)
                    ? ApiSignatureDefaults.AuthenticationScheme
                    : JwtBearerDefaults.AuthenticationScheme)
            .AddScheme<AuthenticationSchemeOptions, ApiSignatureAuthenticationHandler>(ApiSignatureDefaults.AuthenticationScheme, null);
        return services;
    }
}
