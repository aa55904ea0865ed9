using System.Text.Json;
using AggregatedPayments.Merchants;
using AggregatedPayments.Payroll.DataSources;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Shouldly;
using Xunit;

namespace AggregatedPayments.Demo;

/// <summary>
/// The host started again on another address: the demo's notify address and payroll source move with it, so the
/// walk-through still works; an address someone pointed elsewhere stays theirs.
/// </summary>
public sealed class DemoAddressTests(DemoWebFactory factory) : DemoTestBase(factory), IClassFixture<DemoWebFactory>
{
    private const string ElsewhereNotifyUrl = "http://localhost:7777/erp/payout-events";
    private const string ElsewhereSourceUrl = "http://localhost:7777/erp/payroll";

    [Fact]
    public async Task Should_move_the_demos_own_addresses_with_the_host_and_leave_changed_ones_alone()
    {
        var admin = await AdminAsync();
        var parameters = new MyMerchantClientProxy(admin);
        var sources = new PayrollDataSourceClientProxy(admin);
        var before = await parameters.GetParametersAsync();

        await StartAgainAtAsync("http://localhost:6001/");
        var moved = await parameters.GetParametersAsync();
        var movedSource = (await sources.GetListAsync(new GetPayrollDataSourceListInput())).Items.Single();

        await parameters.UpdateParametersAsync(new UpdateMyMerchantParametersDto
        {
            NotifyUrl = ElsewhereNotifyUrl, AllowedIpRanges = [.. moved.AllowedIpRanges], TimeZone = moved.TimeZone, Version = moved.Version
        });
        await sources.UpdateAsync(movedSource.Id, new UpdatePayrollDataSourceDto
        {
            Name = movedSource.Name, IsEnabled = movedSource.IsEnabled, Http = new PayrollHttpSourceInputDto { Url = ElsewhereSourceUrl, PageSize = 20 },
            Version = movedSource.Version
        });
        await StartAgainAtAsync("http://localhost:6002/");
        var kept = await parameters.GetParametersAsync();
        var keptSource = await sources.GetAsync(movedSource.Id);

        before.NotifyUrl.ShouldBe(new Uri(Factory.BaseAddress, DemoNames.NotificationsPath).ToString());
        moved.NotifyUrl.ShouldBe("http://localhost:6001/" + DemoNames.NotificationsPath);
        JsonSerializer.Serialize(moved.Currencies).ShouldBe(JsonSerializer.Serialize(before.Currencies), "only the address moves");
        moved.TimeZone.ShouldBe(before.TimeZone);
        moved.AllowedIpRanges.ShouldBe(before.AllowedIpRanges);
        movedSource.Http!.Url.ShouldBe("http://localhost:6001/" + DemoNames.PayrollSourcePath);
        kept.NotifyUrl.ShouldBe(ElsewhereNotifyUrl);
        keptSource.Http!.Url.ShouldBe(ElsewhereSourceUrl);
    }

    // What the next start reads from its configuration when it listens elsewhere.
    private async Task StartAgainAtAsync(string selfBaseUrl)
    {
        Factory.Services.GetRequiredService<IConfiguration>()["Demo:SelfBaseUrl"] = selfBaseUrl;
        await Factory.SeedAgainAsync();
    }
}
