namespace AggregatedPayments.Exceptions;

/// <summary>
/// A rule of the business was broken. The code is stable (see <see cref="ErrorCodes"/>) and names
/// a localized text; <see cref="Data"/> fills the text's placeholders.
/// </summary>
public class BusinessException : Exception
{
    public BusinessException(string code, string? details = null, Exception? innerException = null)
        : base(code, innerException)
    {
        Code = code;
        Details = details;
    }

    public string Code { get; }

    public string? Details { get; }

    public IDictionary<string, object?> Values { get; } = new Dictionary<string, object?>();

    public virtual ErrorKind Kind => ErrorKind.Business;

    public BusinessException WithData(string name, object? value)
    {
        Values[name] = value;
        return this;
    }
}
