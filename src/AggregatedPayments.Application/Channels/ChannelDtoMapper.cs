using System.Globalization;
using AggregatedPayments.Localization;

namespace AggregatedPayments.Channels;

internal static class ChannelDtoMapper
{
    public static ChannelDto ToDto(Channel channel) => new(
        channel.Id,
        channel.Code,
        channel.Name,
        channel.Provider,
        channel.Status,
        channel.Currencies.ToList(),
        channel.SingleLimitMinor,
        channel.DailyLimitMinor,
        channel.Functions.OrderBy(f => f.Function)
            .Select(f => new ChannelFunctionDto { Function = f.Function.ToString(), Address = f.Address, IsEnabled = f.IsEnabled })
            .ToList(),
        ChannelParameterProtector.Masked(channel.Parameters),
        channel.Version);

    public static ChannelProviderDto ToDto(IPayoutChannelAdapter adapter)
    {
        var chinese = TextLocalizer.Normalize(CultureInfo.CurrentUICulture.Name) == "zh-Hans";
        var capabilities = adapter.Capabilities;
        return new ChannelProviderDto(
            adapter.Provider,
            ChannelFunctionNames.Of(capabilities.Functions),
            capabilities.Currencies,
            capabilities.MaxBatchItems,
            (int)capabilities.IdempotencyWindow.TotalMinutes,
            adapter.Parameters.Select(p => new ChannelParameterDefinitionDto(
                p.Name,
                chinese ? p.LabelZhHans : p.LabelEn,
                p.Type.ToString(),
                p.Required,
                p.SuppliedBy.ToString(),
                p.IsSecret,
                p.Options ?? [])).ToList());
    }

    public static ChannelFunctionSetting FromDto(ChannelFunctionDto dto) => new(
        ChannelFunctionNames.Parse(dto.Function, nameof(ChannelFunctionDto.Function)),
        string.IsNullOrWhiteSpace(dto.Address) ? null : dto.Address.Trim(),
        dto.IsEnabled);
}
