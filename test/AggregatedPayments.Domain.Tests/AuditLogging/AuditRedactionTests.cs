using Shouldly;
using Xunit;

namespace AggregatedPayments.AuditLogging;

public sealed class AuditRedactionTests
{
    [Theory]
    [InlineData("PasswordHash")]
    [InlineData("password")]
    [InlineData("ClientSecret")]
    [InlineData("ApiKey")]
    [InlineData("api_key")]
    [InlineData("PrivateKeyPem")]
    [InlineData("access_token")]
    [InlineData("SecurityStamp")]
    [InlineData("ConcurrencyStamp")]
    [InlineData("AccountNo")]
    [InlineData("payee_account_no")]
    [InlineData("BankAccount.Number")]
    [InlineData("AccountNumber")]
    [InlineData("CipherText")]
    public void Should_redact_names_that_say_secret_or_account_number(string name) =>
        AuditRedaction.IsSensitiveName(name).ShouldBeTrue();

    [Theory]
    [InlineData("Name")]
    [InlineData("Code")]
    [InlineData("PathPattern")]
    [InlineData("IpCidr")]
    [InlineData("TimeZone")]
    [InlineData("Profile.Email")]
    public void Should_keep_ordinary_names(string name) =>
        AuditRedaction.IsSensitiveName(name).ShouldBeFalse();

    [Fact]
    public void Should_redact_a_member_marked_as_redacted_whatever_its_name()
    {
        AuditRedaction.IsRedacted("Pin", typeof(Marked).GetProperty(nameof(Marked.Pin))).ShouldBeTrue();
        AuditRedaction.IsRedacted("Notes", typeof(Marked).GetProperty(nameof(Marked.Notes))).ShouldBeTrue();
        AuditRedaction.IsRedacted("Label", typeof(Marked).GetProperty(nameof(Marked.Label))).ShouldBeFalse();
    }

    [Fact]
    public void Should_audit_marked_entities_and_identity_role_membership_only()
    {
        AuditedEntities.IsAudited(typeof(Interception.InterceptionRule)).ShouldBeTrue();
        AuditedEntities.IsAudited(typeof(Merchants.Merchant)).ShouldBeTrue();
        AuditedEntities.IsAudited(typeof(Microsoft.AspNetCore.Identity.IdentityUserRole<Guid>)).ShouldBeTrue();
        AuditedEntities.IsAudited(typeof(Identity.RefreshToken)).ShouldBeFalse();
        AuditedEntities.IsAudited(typeof(AuditLog)).ShouldBeFalse();
        AuditedEntities.IsAudited(typeof(OptedOut)).ShouldBeFalse();
    }

    private sealed class Marked
    {
        [Redacted]
        public string? Pin { get; set; }

        [DisableAuditing]
        public string? Notes { get; set; }

        public string? Label { get; set; }
    }

    [Audited]
    [DisableAuditing]
    private sealed class OptedOut;
}
