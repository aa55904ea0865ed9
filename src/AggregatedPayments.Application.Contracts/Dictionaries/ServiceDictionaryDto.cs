namespace AggregatedPayments.Dictionaries;

public class ServiceDictionaryDto
{
    public Guid Id { get; set; }

    public string Code { get; set; } = "";

    public string NameEn { get; set; } = "";

    public string? NameZhHans { get; set; }

    public string? Description { get; set; }

    public bool IsActive { get; set; }

    /// <summary>Seeded by the platform: editable, not deletable.</summary>
    public bool IsBuiltIn { get; set; }

    public int ItemCount { get; set; }

    /// <summary>Send it back on update: a change made by someone else meanwhile is refused, not overwritten.</summary>
    public int Version { get; set; }

    public DateTime CreationTime { get; set; }
}
