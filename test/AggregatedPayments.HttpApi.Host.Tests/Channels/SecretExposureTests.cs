using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text.Json;
using AggregatedPayments.AuditLogging;
using AggregatedPayments.Hosting;
using Shouldly;
using Xunit;

namespace AggregatedPayments.Channels;

/// <summary>
/// Secrets go in once and never come out: not in an API answer, not in a log line at any level, not in
/// an audit row. The scan covers everything the host wrote during the scenario.
/// </summary>
[Collection(HostCollection.Name)]
public sealed class SecretExposureTests(AggregatedPaymentsWebFactory factory) : HostTestBase(factory)
{
    [Fact]
    public async Task Should_never_show_a_channel_secret_in_answers_logs_or_audit_rows()
    {
        using var key = RSA.Create(2048);
        var privateKey = key.ExportPkcs8PrivateKeyPem();
        var privateKeyBody = privateKey.Split('\n')[1];
        var notifySecret = "notify-" + Guid.NewGuid().ToString("N");
        var host = await HostAdminAsync();
        var channels = new ChannelClientProxy(host);
        var merchantChannels = new MerchantChannelClientProxy(host);
        var answers = new List<string>();

        var alipay = await channels.CreateAsync(new CreateChannelDto { Code = "s" + Guid.NewGuid().ToString("N")[..8], Name = "Alipay", Provider = "Alipay" });
        alipay = await channels.UpdateAsync(alipay.Id, new UpdateChannelDto
        {
            Name = "Alipay", Currencies = ["CNY"], Version = alipay.Version,
            Functions = [new ChannelFunctionDto { Function = "Payout", IsEnabled = true }, new ChannelFunctionDto { Function = "Query", IsEnabled = true }]
        });
        answers.Add(Json(await channels.UpdateParametersAsync(alipay.Id, new UpdateChannelParametersDto
        {
            Values = new Dictionary<string, string?> { ["gateway_url"] = "http://127.0.0.1:9/gateway.do", ["product_code"] = "TRANS_ACCOUNT_NO_PWD" }
        })));
        var sandbox = await channels.CreateAsync(new CreateChannelDto { Code = "s" + Guid.NewGuid().ToString("N")[..8], Name = "Sandbox", Provider = "Sandbox" });
        sandbox = await channels.UpdateAsync(sandbox.Id, new UpdateChannelDto
        {
            Name = "Sandbox", Currencies = ["CNY"], Version = sandbox.Version,
            Functions = [new ChannelFunctionDto { Function = "Payout", IsEnabled = true }, new ChannelFunctionDto { Function = "Balance", IsEnabled = true }]
        });
        var merchant = await CreateMerchantAsync();

        var openedAlipay = await merchantChannels.CreateAsync(merchant.Id, new CreateMerchantChannelDto
        {
            ChannelId = alipay.Id,
            Functions = ["Payout", "Query"],
            Parameters = new Dictionary<string, string?>
            {
                ["app_id"] = "2021000000000001",
                ["app_private_key"] = privateKey,
                ["alipay_public_key"] = key.ExportSubjectPublicKeyInfoPem()
            }
        });
        var openedSandbox = await merchantChannels.CreateAsync(merchant.Id, new CreateMerchantChannelDto
        {
            ChannelId = sandbox.Id,
            Functions = ["Payout", "Balance"],
            Parameters = new Dictionary<string, string?> { ["accountId"] = "acct-" + merchant.Code, ["notifySecret"] = notifySecret }
        });
        answers.Add(Json(openedAlipay));
        answers.Add(Json(openedSandbox));
        answers.Add(Json(await merchantChannels.TestConnectionAsync(merchant.Id, openedAlipay.Id)));
        answers.Add(Json(await merchantChannels.TestConnectionAsync(merchant.Id, openedSandbox.Id)));
        answers.Add(Json(await merchantChannels.GetListAsync(merchant.Id)));
        answers.Add(Json(await new MyChannelClientProxy(merchant.Admin).GetListAsync()));
        answers.Add(await host.GetStringAsync($"/api/merchants/{merchant.Id}/channels/{openedAlipay.Id}"));
        answers.Add(Json(await new AuditLogClientProxy(host).GetListAsync(new GetAuditLogListInput { TenantId = merchant.Id, MaxResultCount = 200 })));
        answers.Add(Json(await new AuditLogClientProxy(host).GetListAsync(new GetAuditLogListInput { UrlContains = "/api/channels", MaxResultCount = 200 })));

        var everything = string.Join('\n', answers.Concat(Factory.Logs.Lines));
        everything.ShouldNotContain(privateKeyBody);
        everything.ShouldNotContain(notifySecret);
        answers.ShouldContain(a => a.Contains(ChannelParameterProtector.MaskedValue));
        Factory.Logs.Lines.ShouldContain(l => l.Contains("Executed DbCommand"), "the scan must see the host's own log lines");
    }

    private static string Json<T>(T value) => JsonSerializer.Serialize(value);
}
