using System.ComponentModel.DataAnnotations;

namespace AggregatedPayments.Identity;

public sealed class CreateUserDto : UserInputBase
{
    [Required]
    [StringLength(IdentityConsts.MaxUserNameLength)]
    [RegularExpression("^[A-Za-z0-9._@-]+$")]
    public string UserName { get; set; } = "";

    [Required]
    [StringLength(128)]
    public string Password { get; set; } = "";
}
