using AggregatedPayments.Localization;
using Shouldly;
using Xunit;

namespace AggregatedPayments.Payouts;

public sealed class PayoutApprovalTextsTests
{
    [Fact]
    public void Should_have_an_english_and_a_chinese_text_for_every_approval_code_permission_and_menu()
    {
        var keys = typeof(PayoutApprovalsErrorCodes).GetFields().Select(f => (string)f.GetValue(null)!)
            .Concat(["PermissionGroup:AggregatedPayments.PayoutApprovals", "Permission:AggregatedPayments.PayoutApprovals.View",
                "Permission:AggregatedPayments.PayoutApprovals.Approve", "Menu:PayoutApprovals"])
            .ToList();

        foreach (var culture in TextLocalizer.SupportedCultures)
        {
            var texts = TextLocalizer.Instance.GetAll(culture);
            keys.Where(key => !texts.ContainsKey(key)).ShouldBeEmpty($"texts missing in {culture}");
        }
    }
}
