namespace AggregatedPayments.Dictionaries;

public sealed class ServiceDictionaryWithItemsDto : ServiceDictionaryDto
{
    /// <summary>Every item, active or not, in display order.</summary>
    public IReadOnlyList<DictionaryItemDto> Items { get; set; } = [];
}
