namespace AggregatedPayments.Channels;

/// <summary>
/// The administrator's steps to define a channel and open it to a merchant, through the client proxies
/// as the portal would: one place for what every channel-backed test needs.
/// </summary>
public static class ChannelSetup
{
    /// <summary>Creates, configures and (optionally) opens a channel; <paramref name="addresses"/> names a function's address.</summary>
    public static async Task<ChannelDto> DefineAsync(
        HttpClient admin,
        string provider,
        IReadOnlyCollection<string> functions,
        IReadOnlyDictionary<string, string?> platformParameters,
        bool open = false,
        string? code = null,
        IReadOnlyDictionary<string, string>? addresses = null,
        Action<UpdateChannelDto>? configure = null)
    {
        var channels = new ChannelClientProxy(admin);
        var channel = await channels.CreateAsync(new CreateChannelDto { Code = code ?? "ch" + Guid.NewGuid().ToString("N")[..8], Name = provider, Provider = provider });
        var update = new UpdateChannelDto
        {
            Name = channel.Name,
            Currencies = ["CNY"],
            Functions = functions.Select(f => new ChannelFunctionDto { Function = f, Address = addresses?.GetValueOrDefault(f), IsEnabled = true }).ToList(),
            Version = channel.Version
        };
        configure?.Invoke(update);
        channel = await channels.UpdateAsync(channel.Id, update);
        if (platformParameters.Count > 0)
        {
            channel = await channels.UpdateParametersAsync(channel.Id, new UpdateChannelParametersDto { Values = platformParameters.ToDictionary() });
        }

        return open ? await channels.OpenAsync(channel.Id) : channel;
    }

    /// <summary>Opens <paramref name="channelId"/> to the merchant with its own parameters, and switches the opening on unless told not to.</summary>
    public static async Task<MerchantChannelDto> OpenToMerchantAsync(
        HttpClient admin,
        Guid merchantId,
        Guid channelId,
        IReadOnlyCollection<string> functions,
        IReadOnlyDictionary<string, string?> merchantParameters,
        bool open = true,
        int priority = 0,
        int weight = 1)
    {
        var openings = new MerchantChannelClientProxy(admin);
        var opened = await openings.CreateAsync(merchantId, new CreateMerchantChannelDto
        {
            ChannelId = channelId,
            Functions = [.. functions],
            Priority = priority,
            Weight = weight,
            Parameters = merchantParameters.ToDictionary()
        });
        return !open ? opened : await openings.UpdateAsync(merchantId, opened.Id, new UpdateMerchantChannelDto
        {
            Functions = [.. opened.Functions],
            Priority = opened.Priority,
            Weight = opened.Weight,
            IsOpen = true,
            Version = opened.Version
        });
    }
}
