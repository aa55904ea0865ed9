namespace AggregatedPayments.Payouts;

/// <summary>One line as a caller asks for it (API, upload, pull). Lines of one order name the same payee.</summary>
public sealed record PayoutLineRequest(
    string MerchantReference,
    Money Amount,
    PayeeDetails Payee,
    string? Purpose = null,
    string? Remark = null);
