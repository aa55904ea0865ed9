using System.Text.RegularExpressions;
using AggregatedPayments.Data;
using AggregatedPayments.Encryption;
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
    IEncryptionService encryption)
{
    public const string MaskedValue = "******";

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

    /// <summary>
    /// Applies the platform's parameter changes: a name with a value replaces it, a name with null removes
    /// it, a name left out keeps what is stored (how a masked secret is left alone).
    /// </summary>
    public async Task SetParametersAsync(Channel channel, IReadOnlyDictionary<string, string?> changes, CancellationToken cancellationToken)
    {
        var schema = adapters.Get(channel.Provider).Parameters;
        var kept = channel.Parameters.Where(p => !changes.ContainsKey(p.Name)).ToList();
        var newValues = changes.Where(c => c.Value is not null).ToDictionary(c => c.Key, c => c.Value!, StringComparer.Ordinal);
        ChannelParameterValidator.Validate(schema, ParameterSupplier.Platform, newValues, kept.Select(p => p.Name).ToHashSet(StringComparer.Ordinal));

        var stored = new List<StoredParameter>(kept);
        foreach (var (name, value) in newValues)
        {
            var secret = schema.Single(d => d.Name == name).IsSecret;
            stored.Add(secret
                ? new StoredParameter(name, await encryption.EncryptAsync(value, Purpose(channel, name), cancellationToken), IsEncrypted: true)
                : new StoredParameter(name, value, IsEncrypted: false));
        }

        channel.SetParameters(stored.OrderBy(p => p.Name, StringComparer.Ordinal));
    }

    /// <summary>The platform's values in clear, for the adapter call that needs them; never for a response.</summary>
    public async Task<Dictionary<string, string>> DecryptParametersAsync(Channel channel, CancellationToken cancellationToken)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var parameter in channel.Parameters)
        {
            values[parameter.Name] = parameter.IsEncrypted
                ? await encryption.DecryptAsync(parameter.Value, Purpose(channel, parameter.Name), cancellationToken)
                : parameter.Value;
        }

        return values;
    }

    /// <summary>What an administrator may see: plain values as they are, secrets only as a mask.</summary>
    public static IReadOnlyDictionary<string, string> Masked(Channel channel) =>
        channel.Parameters.ToDictionary(p => p.Name, p => p.IsEncrypted ? MaskedValue : p.Value, StringComparer.Ordinal);

    // The purpose binds a ciphertext to this channel and parameter: copied elsewhere, it does not decrypt.
    private static string Purpose(Channel channel, string name) => $"Channel:{channel.Id:N}:{name}";

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
