using AggregatedPayments.Hosting;
using AggregatedPayments.Payroll;
using Shouldly;
using Xunit;

namespace AggregatedPayments.PayrollDataSources;

/// <summary>The runnable sample of the docs is a source the platform really pulls from, and it really checks signatures.</summary>
[Collection(HostCollection.Name)]
public sealed class SamplePayrollSourceTests(AggregatedPaymentsWebFactory factory) : PayrollDataSourceTestBase(factory)
{
    [Fact]
    public async Task Should_take_in_the_samples_list_and_nothing_new_on_a_second_pull()
    {
        var (merchant, credential) = await CreateSigningMerchantAsync();
        await using var sample = Start(credential.KeyId, credential.Secret);
        var source = await CreateHttpSourceAsync(merchant, sample.Url, pageSize: 100);

        var test = await DataSources(merchant).TestAsync(source.Id);
        var first = await PullAsync(merchant, source.Id);
        var second = await PullAsync(merchant, source.Id);

        test.Succeeded.ShouldBeTrue(test.Message);
        first.Status.ShouldBe(PayrollIntakeStatus.Completed, first.Failure);
        (first.ReadCount, first.CreatedCount, first.InvalidCount).ShouldBe((250L, 250L, 0L));
        (second.ReadCount, second.CreatedCount, second.UnchangedCount).ShouldBe((250L, 0L, 250L));
    }

    [Fact]
    public async Task Should_be_refused_by_the_sample_when_signed_with_another_secret()
    {
        var (merchant, credential) = await CreateSigningMerchantAsync();
        await using var sample = Start(credential.KeyId, "not-the-merchants-secret");
        var source = await CreateHttpSourceAsync(merchant, sample.Url);

        var intake = await PullAsync(merchant, source.Id);

        intake.Status.ShouldBe(PayrollIntakeStatus.Failed);
        intake.Failure.ShouldBe("The source answered page 1 with HTTP 401 Unauthorized: it must answer 200 with the page.");
    }

    // The test host's clock is a fake one other tests move: the sample accepts any timestamp within a year of its own.
    private static RunningSamplePayrollSource Start(string keyId, string secret) => RunningSamplePayrollSource.Start(new Dictionary<string, string>
    {
        ["AP_ITEMS"] = "250",
        ["AP_SEED"] = "7",
        ["AP_KEY_ID"] = keyId,
        ["AP_SECRET"] = secret,
        ["AP_CLOCK_SKEW_SECONDS"] = "31536000"
    });
}
