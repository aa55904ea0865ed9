using AggregatedPayments.Exceptions;
using AggregatedPayments.Localization;

namespace AggregatedPayments.AuditLogging;

/// <summary>
/// What the audit log keeps of a failure: the stable code and the text a user was shown. Never a
/// stack trace, and never the message of an unexpected exception, which may quote data (a database
/// error names the duplicate value, which may be an account number); its type name is kept instead.
/// </summary>
public sealed record AuditError(string Code, string Message)
{
    public static AuditError From(Exception exception)
    {
        if (exception is not BusinessException business)
        {
            return new AuditError(ErrorCodes.InternalError, exception.GetType().FullName ?? exception.GetType().Name);
        }

        var message = TextLocalizer.Instance.Get(business.Code, TextLocalizer.DefaultCulture, business.Values.AsReadOnly());
        if (business is InvalidInputException invalid)
        {
            message += " " + string.Join(" ", invalid.Errors.Select(e => $"[{string.Join(",", e.Members)}] {e.Message}"));
        }

        return new AuditError(business.Code, message);
    }
}
