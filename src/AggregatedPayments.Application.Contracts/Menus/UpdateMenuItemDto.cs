using System.ComponentModel.DataAnnotations;

namespace AggregatedPayments.Menus;

public sealed class UpdateMenuItemDto
{
    /// <summary>Null keeps the defined name.</summary>
    [StringLength(64)]
    public string? DisplayName { get; set; }

    /// <summary>Null keeps the defined order.</summary>
    [Range(-10000, 10000)]
    public int? Order { get; set; }

    public bool IsHidden { get; set; }
}
