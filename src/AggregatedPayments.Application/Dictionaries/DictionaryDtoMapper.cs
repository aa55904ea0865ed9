using System.Text.Json;

namespace AggregatedPayments.Dictionaries;

/// <summary>Entity to DTO, one method per DTO, so that every endpoint shows a dictionary the same way.</summary>
internal static class DictionaryDtoMapper
{
    public static TDto ToDto<TDto>(ServiceDictionary dictionary)
        where TDto : ServiceDictionaryDto, new() =>
        new()
        {
            Id = dictionary.Id,
            Code = dictionary.Code,
            NameEn = dictionary.NameEn,
            NameZhHans = dictionary.NameZhHans,
            Description = dictionary.Description,
            IsActive = dictionary.IsActive,
            IsBuiltIn = dictionary.IsBuiltIn,
            ItemCount = dictionary.Items.Count,
            Version = dictionary.Version,
            CreationTime = dictionary.CreationTime
        };

    public static ServiceDictionaryWithItemsDto ToDtoWithItems(ServiceDictionary dictionary)
    {
        var dto = ToDto<ServiceDictionaryWithItemsDto>(dictionary);
        dto.Items = dictionary.Items
            .OrderBy(i => i.SortOrder).ThenBy(i => i.Code, StringComparer.Ordinal)
            .Select(ToDto).ToList();
        return dto;
    }

    public static DictionaryItemDto ToDto(DictionaryItem item) =>
        new()
        {
            Id = item.Id,
            DictionaryId = item.DictionaryId,
            Code = item.Code,
            NameEn = item.NameEn,
            NameZhHans = item.NameZhHans,
            SortOrder = item.SortOrder,
            IsActive = item.IsActive,
            IsBuiltIn = item.IsBuiltIn,
            Extra = ToJson(item.Extra),
            Version = item.Version,
            CreationTime = item.CreationTime
        };

    public static DictionaryItemDto ToDto(DictionaryItemInfo item) =>
        new()
        {
            Id = item.Id,
            DictionaryId = item.DictionaryId,
            Code = item.Code,
            NameEn = item.NameEn,
            NameZhHans = item.NameZhHans,
            SortOrder = item.SortOrder,
            IsActive = item.IsActive,
            IsBuiltIn = item.IsBuiltIn,
            Extra = ToJson(item.ExtraJson),
            Version = item.Version,
            CreationTime = item.CreationTime
        };

    public static ErrorDictionaryEntryDto ToDto(ErrorDictionaryEntry entry) =>
        new()
        {
            Id = entry.Id,
            Code = entry.Code,
            ChannelCode = entry.IsPlatformEntry ? null : entry.ChannelCode,
            ChannelErrorCode = entry.IsPlatformEntry ? null : entry.ChannelErrorCode,
            MessageEn = entry.MessageEn,
            MessageZhHans = entry.MessageZhHans,
            IsRetryable = entry.IsRetryable,
            IsFinal = entry.IsFinal,
            IsNeverAccepted = entry.IsNeverAccepted,
            IsBuiltIn = entry.IsBuiltIn,
            Version = entry.Version,
            CreationTime = entry.CreationTime
        };

    private static JsonElement? ToJson(string? json)
    {
        if (json is null)
        {
            return null;
        }

        using var document = JsonDocument.Parse(json);
        return document.RootElement.Clone();
    }
}
