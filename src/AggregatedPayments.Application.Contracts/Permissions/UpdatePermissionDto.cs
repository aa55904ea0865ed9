using System.ComponentModel.DataAnnotations;

namespace AggregatedPayments.Permissions;

public sealed class UpdatePermissionDto
{
    [Required]
    [StringLength(128)]
    public string Name { get; set; } = "";

    public PermissionState State { get; set; }
}
