namespace AggregatedPayments.Exceptions;

/// <summary>Input failed validation; nothing was changed.</summary>
public sealed class InvalidInputException : BusinessException
{
    public InvalidInputException(IReadOnlyList<ValidationError> errors)
        : base(ErrorCodes.ValidationFailed)
    {
        Errors = errors;
    }

    public InvalidInputException(string member, string message)
        : this([new ValidationError(message, [member])])
    {
    }

    public IReadOnlyList<ValidationError> Errors { get; }

    public override ErrorKind Kind => ErrorKind.Validation;
}
