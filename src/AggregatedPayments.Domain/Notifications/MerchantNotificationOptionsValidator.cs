using Microsoft.Extensions.Options;

namespace AggregatedPayments.Notifications;

public sealed class MerchantNotificationOptionsValidator : IValidateOptions<MerchantNotificationOptions>
{
    public ValidateOptionsResult Validate(string? name, MerchantNotificationOptions options) =>
        options.RetryDelays.Any(d => d <= TimeSpan.Zero)
            ? ValidateOptionsResult.Fail($"{MerchantNotificationOptions.SectionName}:RetryDelays must all be positive.")
            : ValidateOptionsResult.Success;
}
