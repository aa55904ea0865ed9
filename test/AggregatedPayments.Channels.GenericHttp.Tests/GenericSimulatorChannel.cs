namespace AggregatedPayments.Channels.GenericHttp;

/// <summary>
/// The generic HTTP channel configured, by parameters alone, to speak the simulator's "generic"
/// provider as its documentation describes it: its field names, decimal-string amounts, status
/// values, headers and canonical string. Nothing here is shared with the simulator's code.
/// </summary>
public static class GenericSimulatorChannel
{
    public const string FieldMapping = """
        {
          "request": { "key": "order_ref", "amount": "pay_amount", "currency": "currency_code", "payeeAccount": "beneficiary_account",
                       "payeeName": "beneficiary_name", "bankCode": "bank_code", "title": "narrative", "notifyUrl": "callback_url",
                       "statementDate": "statement_date" },
          "response": { "key": "result.order_ref", "status": "result.state", "providerReference": "result.txn_id", "amount": "result.pay_amount",
                        "currency": "result.currency_code", "errorCode": "error.code", "errorMessage": "error.message",
                        "available": "result.available_balance", "frozen": "result.frozen_balance" },
          "statement": { "key": "order_ref", "providerReference": "txn_id", "amount": "pay_amount", "currency": "currency_code",
                         "status": "state", "bookedAt": "booked_at", "fee": "fee" }
        }
        """;

    public const string StatusMapping = """{"ok":"Succeeded","pending":"Processing","rejected":"Failed","returned":"Returned"}""";

    /// <summary>The provider's documented string to sign, in the template language of the adapter (\n is two characters).</summary>
    public const string CanonicalTemplate = "{timestamp}\\n{method}\\n{path}\\n{body}";

    public static Dictionary<string, string> Parameters(string merchant, string secret, string canonicalTemplate = CanonicalTemplate) => new()
    {
        [GenericHttpParameterNames.FieldMapping] = FieldMapping,
        [GenericHttpParameterNames.AmountFormat] = GenericHttpAmountFormat.DecimalString,
        [GenericHttpParameterNames.StatusMapping] = StatusMapping,
        [GenericHttpParameterNames.CanonicalTemplate] = canonicalTemplate,
        [GenericHttpParameterNames.SignatureHeader] = "X-GP-Signature",
        [GenericHttpParameterNames.TimestampHeader] = "X-GP-Timestamp",
        [GenericHttpParameterNames.MerchantIdHeader] = "X-GP-Merchant",
        [GenericHttpParameterNames.DuplicateKeyCodes] = "DUPLICATE_ORDER_REF,ORDER_REF_EXPIRED",
        [GenericHttpParameterNames.MerchantId] = merchant,
        [GenericHttpParameterNames.Secret] = secret,
    };

    public static Dictionary<ChannelFunctions, Uri> Addresses(Uri simulator) => new()
    {
        [ChannelFunctions.Payout] = new Uri(simulator, "/generic/payout"),
        [ChannelFunctions.Query] = new Uri(simulator, "/generic/query"),
        [ChannelFunctions.Balance] = new Uri(simulator, "/generic/balance"),
        [ChannelFunctions.Statement] = new Uri(simulator, "/generic/statement"),
    };
}
