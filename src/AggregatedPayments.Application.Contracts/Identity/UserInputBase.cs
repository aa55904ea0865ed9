using System.ComponentModel.DataAnnotations;

namespace AggregatedPayments.Identity;

public abstract class UserInputBase
{
    [StringLength(128)]
    public string? Name { get; set; }

    [StringLength(256)]
    [EmailAddress]
    public string? Email { get; set; }

    [StringLength(32)]
    [Phone]
    public string? PhoneNumber { get; set; }

    public bool IsActive { get; set; } = true;

    /// <summary>The roles the user holds afterwards (replaces the current set).</summary>
    public List<string> RoleNames { get; set; } = [];
}
