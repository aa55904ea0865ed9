using System.Reflection;

namespace AggregatedPayments.AuditLogging;

/// <summary>
/// The one rule for what the audit log never shows: a value whose member is marked
/// <see cref="RedactedAttribute"/> or <see cref="DisableAuditingAttribute"/>, or whose name says it is a
/// secret or an account number. Names are compared without case and separators, so "api_key",
/// "ApiKey" and "BankAccount.Number" are all caught. It errs on the side of hiding.
/// </summary>
public static class AuditRedaction
{
    private static readonly string[] SensitiveNameParts =
        ["password", "secret", "key", "token", "hash", "stamp", "accountno", "accountnumber", "cipher"];

    public static bool IsSensitiveName(string name)
    {
        var letters = new string(name.Where(char.IsLetterOrDigit).ToArray());
        return SensitiveNameParts.Any(part => letters.Contains(part, StringComparison.OrdinalIgnoreCase));
    }

    public static bool IsRedacted(string name, MemberInfo? member) =>
        IsSensitiveName(name)
        || (member is not null && (member.IsDefined(typeof(RedactedAttribute), true) || member.IsDefined(typeof(DisableAuditingAttribute), true)));
}
