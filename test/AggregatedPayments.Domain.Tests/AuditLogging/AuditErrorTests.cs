using AggregatedPayments.Exceptions;
using Shouldly;
using Xunit;

namespace AggregatedPayments.AuditLogging;

public sealed class AuditErrorTests
{
    [Fact]
    public void Should_keep_the_code_and_the_text_a_user_was_shown()
    {
        var error = AuditError.From(new ConflictException(ErrorCodes.MerchantCodeAlreadyExists).WithData("code", "acme"));

        error.Code.ShouldBe(ErrorCodes.MerchantCodeAlreadyExists);
        error.Message.ShouldBe("A merchant with the code 'acme' already exists.");
    }

    [Fact]
    public void Should_keep_what_failed_validation()
    {
        var error = AuditError.From(new InvalidInputException("Name", "The name is required."));

        error.Code.ShouldBe(ErrorCodes.ValidationFailed);
        error.Message.ShouldContain("[Name] The name is required.");
    }

    [Fact]
    public void Should_keep_only_the_type_of_an_unexpected_exception_never_its_message()
    {
        var error = AuditError.From(new InvalidOperationException("Duplicate entry '6222020200112233' for key 'AccountNo'"));

        error.Code.ShouldBe(ErrorCodes.InternalError);
        error.Message.ShouldBe("System.InvalidOperationException");
    }
}
