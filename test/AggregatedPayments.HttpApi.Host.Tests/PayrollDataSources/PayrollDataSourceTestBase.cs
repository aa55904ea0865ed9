using AggregatedPayments.BackgroundJobs;
using AggregatedPayments.Hosting;
using AggregatedPayments.Merchants;
using AggregatedPayments.Payroll;
using AggregatedPayments.Payroll.DataSources;
using Microsoft.Extensions.DependencyInjection;

namespace AggregatedPayments.PayrollDataSources;

/// <summary>A merchant with a current API credential, its data sources, and pulls run by the host's own job worker.</summary>
public abstract class PayrollDataSourceTestBase(AggregatedPaymentsWebFactory factory) : HostTestBase(factory)
{
    /// <summary>A new merchant and the credential it signs data-source requests with, as its administrator got it.</summary>
    protected async Task<(TestMerchant Merchant, MerchantApiSecretDto Credential)> CreateSigningMerchantAsync()
    {
        var merchant = await CreateMerchantAsync();
        var credential = await new MerchantClientProxy(await HostAdminAsync()).RotateApiCredentialAsync(merchant.Id);
        return (merchant, credential);
    }

    /// <summary>A merchant whose credential <paramref name="server"/> checks every request with.</summary>
    protected async Task<TestMerchant> CreateMerchantTrustedByAsync(PayrollSourceServer server)
    {
        var (merchant, credential) = await CreateSigningMerchantAsync();
        server.Trust(credential.KeyId, credential.Secret);
        return merchant;
    }

    protected static Task<PayrollDataSourceDto> CreateHttpSourceAsync(TestMerchant merchant, string url, int? pageSize = null, string? name = null) =>
        DataSources(merchant).CreateAsync(new CreatePayrollDataSourceDto
        {
            Kind = PayrollDataSourceKind.Http,
            Name = name ?? "Payroll system",
            Http = new PayrollHttpSourceInputDto { Url = url, PageSize = pageSize }
        });

    /// <summary>Starts a pull through the API and runs the queued job to its end, as the host's worker would.</summary>
    protected async Task<PayrollIntakeDto> PullAsync(TestMerchant merchant, Guid dataSourceId)
    {
        var started = await DataSources(merchant).PullAsync(dataSourceId);
        await RunJobsAsync();
        return await Intakes(merchant).GetAsync(started.Id);
    }

    protected Task<int> RunJobsAsync() => Factory.Services.GetRequiredService<BackgroundJobWorker>().RunPendingAsync();

    protected static PayrollDataSourceClientProxy DataSources(TestMerchant merchant) => new(merchant.Admin);

    protected static PayrollIntakeClientProxy Intakes(TestMerchant merchant) => new(merchant.Admin);
}
