using System.ComponentModel.DataAnnotations;

namespace AggregatedPayments.Channels;

/// <summary>
/// The platform's parameter changes: a name with a value replaces it, a name with null removes it, and
/// a name left out keeps its stored value — how a masked secret is left alone ("replace" means sending it).
/// </summary>
public sealed class UpdateChannelParametersDto
{
    [Required]
    public Dictionary<string, string?> Values { get; set; } = [];
}
