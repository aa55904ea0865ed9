using AggregatedPayments.Exceptions;
using Microsoft.AspNetCore.Identity;

namespace AggregatedPayments.Identity;

internal static class IdentityResultExtensions
{
    /// <summary>Identity's refusals (weak password, taken name) become validation errors the caller can act on.</summary>
    public static void EnsureSucceeded(this IdentityResult result, string member)
    {
        if (result.Succeeded)
        {
            return;
        }

        if (result.Errors.Any(e => e.Code is "DuplicateUserName" or "DuplicateRoleName"))
        {
            throw new ConflictException(ErrorCodes.DuplicateKey, string.Join(" ", result.Errors.Select(e => e.Description)));
        }

        throw new InvalidInputException(result.Errors.Select(e => new ValidationError(e.Description, [member])).ToList());
    }
}
