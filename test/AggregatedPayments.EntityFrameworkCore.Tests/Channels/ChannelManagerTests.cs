using AggregatedPayments.Data;
using AggregatedPayments.EntityFrameworkCore;
using AggregatedPayments.Exceptions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Shouldly;
using Xunit;

namespace AggregatedPayments.Channels;

public sealed class ChannelManagerTests : IAsyncLifetime
{
    private TestDatabase _database = null!;

    public async Task InitializeAsync()
    {
        _database = await TestDatabase.CreateWithApplicationAsync(s => s.AddSingleton<IPayoutChannelAdapter, SchemaOnlyAdapter>());
        await using var scope = _database.CreateScope();
        await scope.ServiceProvider.GetRequiredService<DataSeeder>().SeedAsync(default);
    }

    public async Task DisposeAsync() => await _database.DisposeAsync();

    [Fact]
    public async Task Should_create_a_closed_channel_with_the_adapters_functions_switched_off()
    {
        var id = await CreateAsync("alpha");

        var channel = await LoadAsync(id);

        channel.Status.ShouldBe(ChannelStatus.Closed);
        channel.Functions.Select(f => f.Function).ShouldBe([ChannelFunctions.Payout, ChannelFunctions.Query, ChannelFunctions.Balance], ignoreOrder: true);
        channel.Functions.ShouldAllBe(f => !f.IsEnabled);
        channel.Currencies.ShouldBe(["CNY", "USD"]);
    }

    [Fact]
    public async Task Should_refuse_an_unknown_provider_and_a_taken_code()
    {
        await CreateAsync("beta");

        (await Should.ThrowAsync<BusinessException>(() => CreateAsync("gamma", "NoSuchProvider"))).Code.ShouldBe(ChannelsErrorCodes.UnknownProvider);
        (await Should.ThrowAsync<ConflictException>(() => CreateAsync("beta"))).Code.ShouldBe(ChannelsErrorCodes.CodeAlreadyExists);
    }

    [Fact]
    public async Task Should_store_a_secret_only_encrypted_and_show_it_only_masked()
    {
        var id = await CreateAsync("delta");

        await ChangeAsync(id, (manager, channel) => manager.SetParametersAsync(channel, Values(("app_id", "2019090366875133"), ("app_secret", "very-secret-value")), default));

        var channel = await LoadAsync(id);
        var raw = await RawParameterValueAsync(id, "app_secret");
        raw.ShouldNotContain("very-secret-value");
        ChannelParameterProtector.Masked(channel.Parameters)["app_secret"].ShouldBe(ChannelParameterProtector.MaskedValue);
        ChannelParameterProtector.Masked(channel.Parameters)["app_id"].ShouldBe("2019090366875133");
        await using var scope = _database.CreateScope();
        (await scope.ServiceProvider.GetRequiredService<ChannelManager>().DecryptParametersAsync(channel, default))["app_secret"].ShouldBe("very-secret-value");
    }

    [Fact]
    public async Task Should_keep_a_secret_that_is_left_out_of_a_change()
    {
        var id = await CreateAsync("epsilon");
        await ChangeAsync(id, (manager, channel) => manager.SetParametersAsync(channel, Values(("app_id", "1"), ("app_secret", "kept-secret")), default));

        await ChangeAsync(id, (manager, channel) => manager.SetParametersAsync(channel, Values(("app_id", "2")), default));

        await using var scope = _database.CreateScope();
        var values = await scope.ServiceProvider.GetRequiredService<ChannelManager>().DecryptParametersAsync(await LoadAsync(id), default);
        values["app_id"].ShouldBe("2");
        values["app_secret"].ShouldBe("kept-secret");
    }

    [Theory]
    [InlineData("unknown_name", "x", ChannelsErrorCodes.UnknownParameter)]
    [InlineData("merchant_account", "x", ChannelsErrorCodes.ParameterNotForSupplier)]
    [InlineData("gateway", "ftp://example.com", ChannelsErrorCodes.ParameterInvalid)]
    [InlineData("gateway", "https://user:pw@example.com", ChannelsErrorCodes.ParameterInvalid)]
    [InlineData("mode", "test", ChannelsErrorCodes.ParameterInvalid)]
    public async Task Should_refuse_a_parameter_its_adapter_does_not_accept_and_change_nothing(string name, string value, string code)
    {
        var id = await CreateAsync("zeta" + Math.Abs(name.GetHashCode() ^ value.GetHashCode()) % 100000);
        await ChangeAsync(id, (manager, channel) => manager.SetParametersAsync(channel, Values(("app_id", "1"), ("app_secret", "s")), default));

        var refused = await Should.ThrowAsync<BusinessException>(() =>
            ChangeAsync(id, (manager, channel) => manager.SetParametersAsync(channel, Values((name, value)), default)));

        refused.Code.ShouldBe(code);
        (await LoadAsync(id)).Parameters.Select(p => p.Name).ShouldBe(["app_id", "app_secret"], ignoreOrder: true);
    }

    [Fact]
    public async Task Should_refuse_to_remove_a_required_parameter()
    {
        var id = await CreateAsync("eta");
        await ChangeAsync(id, (manager, channel) => manager.SetParametersAsync(channel, Values(("app_id", "1"), ("app_secret", "s")), default));

        var refused = await Should.ThrowAsync<BusinessException>(() =>
            ChangeAsync(id, (manager, channel) => manager.SetParametersAsync(channel, new Dictionary<string, string?> { ["app_id"] = null }, default)));

        refused.Code.ShouldBe(ChannelsErrorCodes.ParameterRequired);
    }

    [Fact]
    public async Task Should_refuse_functions_currencies_and_limits_the_adapter_cannot_serve()
    {
        var id = await CreateAsync("theta");

        (await Should.ThrowAsync<BusinessException>(() => ChangeAsync(id, (manager, channel) =>
        {
            manager.Configure(channel, ["CNY"], [new ChannelFunctionSetting(ChannelFunctions.Withdraw, null, true)], null, null);
            return Task.CompletedTask;
        }))).Code.ShouldBe(ChannelsErrorCodes.FunctionNotSupported);
        (await Should.ThrowAsync<BusinessException>(() => ChangeAsync(id, (manager, channel) =>
        {
            manager.Configure(channel, ["JPY"], [], null, null);
            return Task.CompletedTask;
        }))).Code.ShouldBe(ChannelsErrorCodes.CurrencyNotSupported);
        (await Should.ThrowAsync<BusinessException>(() => ChangeAsync(id, (manager, channel) =>
        {
            manager.Configure(channel, ["CNY"], [], 500, 100);
            return Task.CompletedTask;
        }))).Code.ShouldBe(ChannelsErrorCodes.InvalidLimits);
    }

    [Fact]
    public async Task Should_store_functions_with_their_addresses_currencies_and_limits()
    {
        var id = await CreateAsync("iota");

        await ChangeAsync(id, (manager, channel) =>
        {
            manager.Configure(channel, ["CNY"],
                [new ChannelFunctionSetting(ChannelFunctions.Payout, "https://gateway.example/pay", true), new ChannelFunctionSetting(ChannelFunctions.Query, null, true)],
                10_000_00, 1_000_000_00);
            return Task.CompletedTask;
        });

        var channel = await LoadAsync(id);
        channel.Currencies.ShouldBe(["CNY"]);
        channel.Functions.Single(f => f.Function == ChannelFunctions.Payout).Address.ShouldBe("https://gateway.example/pay");
        channel.DailyLimitMinor.ShouldBe(1_000_000_00);
    }

    private static Dictionary<string, string?> Values(params (string Name, string Value)[] values) =>
        values.ToDictionary(v => v.Name, v => (string?)v.Value);

    private async Task<Guid> CreateAsync(string code, string provider = SchemaOnlyAdapter.ProviderName)
    {
        await using var scope = _database.CreateScope();
        var channel = await scope.ServiceProvider.GetRequiredService<ChannelManager>().CreateAsync(code, "Channel " + code, provider, default);
        await scope.ServiceProvider.GetRequiredService<IUnitOfWork>().SaveChangesAsync();
        return channel.Id;
    }

    private async Task ChangeAsync(Guid id, Func<ChannelManager, Channel, Task> change)
    {
        await using var scope = _database.CreateScope();
        var channel = await scope.ServiceProvider.GetRequiredService<IRepository<Channel>>().GetAsync(id);
        await change(scope.ServiceProvider.GetRequiredService<ChannelManager>(), channel);
        await scope.ServiceProvider.GetRequiredService<IUnitOfWork>().SaveChangesAsync();
    }

    private async Task<Channel> LoadAsync(Guid id)
    {
        await using var scope = _database.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<IRepository<Channel>>().GetAsync(id);
    }

    private async Task<string> RawParameterValueAsync(Guid channelId, string name)
    {
        await using var scope = _database.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AggregatedPaymentsDbContext>();
        return await db.Database.SqlQuery<string>($"SELECT Value FROM ChannelParameters WHERE ChannelId = {channelId} AND Name = {name}").SingleAsync();
    }
}
