using Microsoft.Extensions.Options;

namespace AggregatedPayments.Notifications;

public sealed class MerchantNotificationOptionsValidator : IValidateOptions<MerchantNotificationOptions>
{
    public ValidateOptionsResult Validate(string? name, MerchantNotificationOptions options)
    {
        if (options.RetryDelays.Any(d => d <= TimeSpan.Zero))
        {
            return ValidateOptionsResult.Fail($"{MerchantNotificationOptions.SectionName}:RetryDelays must all be positive.");
        }

        return options.StalledAfter <= TimeSpan.Zero
            ? ValidateOptionsResult.Fail($"{MerchantNotificationOptions.SectionName}:StalledAfter must be positive.")
            : ValidateOptionsResult.Success;
    }
}
