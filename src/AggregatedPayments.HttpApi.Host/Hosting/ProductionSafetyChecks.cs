using AggregatedPayments.Account;
using AggregatedPayments.Demo;
using AggregatedPayments.Identity;

namespace AggregatedPayments.Hosting;

/// <summary>
/// Refuses to start a Production host with a secret that is public: the development values that ship
/// in appsettings.Development.json are known to everyone who can read this repository.
/// </summary>
public static class ProductionSafetyChecks
{
    public const string DevelopmentJwtSigningKey = "ZGV2ZWxvcG1lbnQtb25seS1zaWduaW5nLWtleS0wMDAwMDAwMDAwMDAwMDAw";
    public const string DevelopmentAdminPassword = "1q2w3E*Admin";

    public static void Run(IHostEnvironment environment, IConfiguration configuration)
    {
        if (!environment.IsProduction())
        {
            return;
        }

        var jwt = configuration.GetSection(JwtOptions.SectionName).Get<JwtOptions>() ?? new JwtOptions();
        if (string.IsNullOrWhiteSpace(jwt.SigningKey) || jwt.SigningKey == DevelopmentJwtSigningKey)
        {
            throw new InvalidOperationException("Production needs its own Jwt:SigningKey (base64 of 32+ random bytes); the development key is public.");
        }

        jwt.GetSigningKeyBytes();
        if (configuration[IdentitySeedContributor.AdminPasswordKey] == DevelopmentAdminPassword)
        {
            throw new InvalidOperationException("Production must not seed the admin with the public development password.");
        }

        if (DemoOptions.From(configuration).Enabled)
        {
            throw new InvalidOperationException("Production must not run the demo: Demo:Enabled seeds a merchant whose passwords are public.");
        }
    }
}
