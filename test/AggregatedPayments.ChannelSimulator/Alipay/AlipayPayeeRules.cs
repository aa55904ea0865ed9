using System.Text.Json.Nodes;

namespace AggregatedPayments.ChannelSimulator.Alipay;

/// <summary>
/// Which payees the simulated Alipay refuses, by documented 40004 sub_codes, before anything is
/// paid. The rules read the payee as sent, so a test picks the refusal by the payee it writes:
/// an identity containing <c>notexist</c> does not exist, a name containing <c>mismatch</c> does
/// not match its account, a bank card number containing <c>badcard</c> is not a valid card, and the
/// payer's own user id cannot be paid (<c>PAYER_PAYEE_CANNOT_SAME</c>, a documented code that an error
/// dictionary may well not know).
/// </summary>
public static class AlipayPayeeRules
{
    public const string NotExistMarker = "notexist";
    public const string NameMismatchMarker = "mismatch";
    public const string BadCardMarker = "badcard";

    public static (string SubCode, string SubMsg)? Refusal(JsonNode biz, string productCode, string payerUserId)
    {
        var payee = biz["payee_info"];
        var identity = Text(payee, "identity") ?? string.Empty;
        var name = Text(payee, "name") ?? string.Empty;

        if (productCode == AlipayProducts.ToBankCard && identity.Contains(BadCardMarker, StringComparison.OrdinalIgnoreCase))
        {
            return ("PAYEE_CARD_INFO_ERROR", "收款方卡信息有误");
        }

        if (identity == payerUserId)
        {
            return ("PAYER_PAYEE_CANNOT_SAME", "收付款方不能相同");
        }

        if (identity.Contains(NotExistMarker, StringComparison.OrdinalIgnoreCase))
        {
            return ("PAYEE_NOT_EXIST", "收款账号不存在");
        }

        if (name.Contains(NameMismatchMarker, StringComparison.OrdinalIgnoreCase))
        {
            return ("PAYEE_USER_INFO_ERROR", "支付宝账号和姓名不匹配，请确认姓名是否正确");
        }

        return null;
    }

    private static string? Text(JsonNode? node, string name) =>
        node?[name] is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;
}
