using System.Text.RegularExpressions;
using AggregatedPayments.Data;
using AggregatedPayments.Exceptions;

namespace AggregatedPayments.Channels;

/// <summary>
/// The rules that need the adapter or other channels: unique codes, an installed provider, only the
/// functions, currencies and parameters its adapter declares, secrets encrypted at rest.
/// </summary>
public sealed partial class ChannelManager(
    IRepository<Channel> channels,
    IAsyncQueryExecuter executer,
    IDataFilter dataFilter,
    ChannelAdapterRegistry adapters,
    ChannelParameterProtector protector)
{
    public async Task<Channel> CreateAsync(string code, string name, string provider, CancellationToken cancellationToken)
    {
        if (!CodeRegex().IsMatch(code ?? ""))
        {
            throw new InvalidInputException(nameof(Channel.Code), "The code is 2 to 32 letters, digits, '-' or '_'.");
        }

        var adapter = adapters.Get(provider);
        await EnsureCodeIsFreeAsync(code!, cancellationToken);
        var channel = new Channel(Guid.NewGuid(), code!, name, provider);
        channel.SetCurrencies(adapter.Capabilities.Currencies);
        channel.SetFunctions(Enum.GetValues<ChannelFunctions>()
            .Where(f => f != ChannelFunctions.None && adapter.Capabilities.Supports(f))
            .Select(f => new ChannelFunctionSetting(f, null, IsEnabled: false)));
        await channels.InsertAsync(channel, cancellationToken);
        return channel;
    }

    public void Configure(Channel channel, IReadOnlyCollection<string> currencies, IReadOnlyCollection<ChannelFunctionSetting> functions, long? singleLimitMinor, long? dailyLimitMinor)
    {
        var capabilities = adapters.Get(channel.Provider).Capabilities;
        var unsupportedCurrency = currencies.FirstOrDefault(c => !capabilities.Currencies.Contains(c, StringComparer.Ordinal));
        if (unsupportedCurrency is not null)
        {
            throw new BusinessException(ChannelsErrorCodes.CurrencyNotSupported).WithData("currency", unsupportedCurrency);
        }

        var unsupported = functions.FirstOrDefault(f => !capabilities.Supports(f.Function) || f.Function == ChannelFunctions.None);
        if (unsupported is not null)
        {
            throw new BusinessException(ChannelsErrorCodes.FunctionNotSupported).WithData("function", unsupported.Function);
        }

        var badAddress = functions.FirstOrDefault(f => f.Address is not null && !IsHttpAddress(f.Address));
        if (badAddress is not null)
        {
            throw new InvalidInputException(nameof(Channel.Functions), $"The address of {badAddress.Function} is not an absolute http(s) address.");
        }

        ChannelLimits.Validate(singleLimitMinor, dailyLimitMinor);
        channel.SetCurrencies(currencies.Distinct(StringComparer.Ordinal));
        channel.SetFunctions(functions.DistinctBy(f => f.Function));
        channel.SetLimits(singleLimitMinor, dailyLimitMinor);
    }

    /// <summary>Applies the platform's parameter changes (see <see cref="ChannelParameterProtector.ApplyAsync"/>).</summary>
    public async Task SetParametersAsync(Channel channel, IReadOnlyDictionary<string, string?> changes, CancellationToken cancellationToken) =>
        channel.SetParameters(await protector.ApplyAsync(
            adapters.Get(channel.Provider).Parameters, ParameterSupplier.Platform, channel.Parameters, changes, Owner(channel), cancellationToken));

    /// <summary>The platform's values in clear, for the adapter call that needs them; never for a response.</summary>
    public Task<Dictionary<string, string>> DecryptParametersAsync(Channel channel, CancellationToken cancellationToken) =>
        protector.DecryptAsync(channel.Parameters, Owner(channel), cancellationToken);

    private static string Owner(Channel channel) => $"Channel:{channel.Id:N}";

    private static bool IsHttpAddress(string address) =>
        Uri.TryCreate(address, UriKind.Absolute, out var uri) && uri.Scheme is "https" or "http" && string.IsNullOrEmpty(uri.UserInfo);

    private async Task EnsureCodeIsFreeAsync(string code, CancellationToken cancellationToken)
    {
        using (dataFilter.DisableSoftDeleteFilter())
        {
            if (await executer.AnyAsync(channels.QueryNoTracking().Where(c => c.Code == code), cancellationToken))
            {
                throw new ConflictException(ChannelsErrorCodes.CodeAlreadyExists).WithData("code", code);
            }
        }
    }

    [GeneratedRegex(ChannelConsts.CodePattern)]
    private static partial Regex CodeRegex();
}
