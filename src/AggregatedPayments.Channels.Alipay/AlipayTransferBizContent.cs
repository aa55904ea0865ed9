using System.Text.Json;

namespace AggregatedPayments.Channels.Alipay;

/// <summary>The <c>biz_content</c> of <c>alipay.fund.trans.uni.transfer</c> for one payout.</summary>
internal static class AlipayTransferBizContent
{
    private const int MaxTitleLength = 128;
    private const int MaxRemarkLength = 200;

    public static string Build(PayoutInstruction instruction, string productCode)
    {
        ArgumentNullException.ThrowIfNull(instruction);
        if (!AlipayOutBizNo.IsValid(instruction.Key))
        {
            throw new ArgumentException("The key is not an out_biz_no made by FormatKey.", nameof(instruction));
        }

        ArgumentException.ThrowIfNullOrWhiteSpace(instruction.Title, nameof(instruction));
        if (instruction.Title.Length > MaxTitleLength || instruction.Remark?.Length > MaxRemarkLength)
        {
            throw new ArgumentException(
                $"Alipay takes an order title of at most {MaxTitleLength} and a remark of at most {MaxRemarkLength} characters.", nameof(instruction));
        }

        var payee = instruction.Payee;
        var identityType = IdentityType(payee.AccountType, productCode);

        // Refuses amounts outside Alipay's range here, so they fail before anything is stored or sent.
        var amount = AlipayAmount.FormatTransferAmount(AlipayCny.ToFen(instruction.Amount));

        return AlipayBizContentJson.Write(writer =>
        {
            writer.WriteString("out_biz_no", instruction.Key);
            writer.WriteString("trans_amount", amount);
            writer.WriteString("product_code", productCode);
            writer.WriteString("biz_scene", AlipayProductCodes.DirectTransfer);
            writer.WriteString("order_title", instruction.Title);
            writer.WriteOptional("remark", instruction.Remark);
            writer.WritePropertyName("payee_info");
            WritePayee(writer, payee, identityType);
        });
    }

    private static void WritePayee(Utf8JsonWriter writer, Payee payee, string identityType)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(payee.AccountNumber, nameof(payee));

        // Alipay checks the name against the account's real name, which stops a payout to a
        // mistyped account; it is required for login ids and bank cards, so we always send it.
        ArgumentException.ThrowIfNullOrWhiteSpace(payee.AccountName, nameof(payee));

        writer.WriteStartObject();
        writer.WriteString("identity", payee.AccountNumber);
        writer.WriteString("identity_type", identityType);
        writer.WriteString("name", payee.AccountName);
        if (payee.AccountType == PayeeAccountType.BankCard)
        {
            writer.WritePropertyName("bankcard_ext_info");
            writer.WriteStartObject();

            // 1 = corporate account, 2 = personal account.
            writer.WriteString("account_type", payee.IsCorporate ? "1" : "2");
            writer.WriteOptional("inst_name", payee.BankName);
            writer.WriteOptional("inst_branch_name", payee.BranchName);
            writer.WriteOptional("bank_code", payee.BankCode);
            writer.WriteEndObject();
        }

        writer.WriteEndObject();
    }

    /// <summary>The product decides where money can go: a bank-card product pays cards only, and the reverse.</summary>
    private static string IdentityType(PayeeAccountType accountType, string productCode) =>
        (accountType, productCode) switch
        {
            (PayeeAccountType.BankCard, AlipayProductCodes.ToBankCard) => "BANKCARD_ACCOUNT",
            (PayeeAccountType.ProviderUserId, AlipayProductCodes.ToAccount) => "ALIPAY_USER_ID",
            (PayeeAccountType.ProviderLogin, AlipayProductCodes.ToAccount) => "ALIPAY_LOGON_ID",
            _ => throw new ArgumentException(
                $"A {accountType} payee cannot be paid with the Alipay product {productCode}.", nameof(accountType)),
        };
}
