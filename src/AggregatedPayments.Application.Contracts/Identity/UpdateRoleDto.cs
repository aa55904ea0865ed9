using System.ComponentModel.DataAnnotations;

namespace AggregatedPayments.Identity;

public sealed class UpdateRoleDto
{
    [Required]
    [StringLength(IdentityConsts.MaxRoleNameLength)]
    public string Name { get; set; } = "";
}
