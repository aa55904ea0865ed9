using Microsoft.Extensions.DependencyInjection;

namespace AggregatedPayments.Withdrawals;

public static class WithdrawalsApplicationServiceCollectionExtensions
{
    public static IServiceCollection AddWithdrawalsApplication(this IServiceCollection services) =>
        services
            .AddScoped<IWithdrawalAppService, WithdrawalAppService>()
            .AddScoped<IWithdrawalCardAppService, WithdrawalCardAppService>();
}
