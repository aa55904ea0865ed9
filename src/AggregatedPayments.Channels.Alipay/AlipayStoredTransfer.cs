using System.Text.Json;

namespace AggregatedPayments.Channels.Alipay;

/// <summary>
/// What a stored transfer request asks for, read back from its own bytes, so the answer is checked
/// against exactly what was sent (not against a value that might have changed since it was stored).
/// </summary>
internal sealed record AlipayStoredTransfer(string OutBizNo, long AmountFen)
{
    public static AlipayStoredTransfer Read(StoredRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);

        IReadOnlyList<KeyValuePair<string, string>> form;
        try
        {
            form = AlipayFormEncoding.Decode(request.Body);
        }
        catch (FormatException e)
        {
            throw new ArgumentException("The stored request is not a form body made by PrepareSubmit.", nameof(request), e);
        }

        var values = form.ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal);
        if (values.GetValueOrDefault(AlipayParameterNames.Method) != AlipayMethods.Transfer
            || !values.TryGetValue(AlipayParameterNames.BizContent, out var bizContent))
        {
            throw new ArgumentException($"The stored request is not an {AlipayMethods.Transfer} call.", nameof(request));
        }

        using var document = JsonDocument.Parse(bizContent);
        var outBizNo = document.RootElement.GetProperty("out_biz_no").GetString();
        var amount = AlipayAmount.ParseYuan(document.RootElement.GetProperty("trans_amount").GetString());
        if (outBizNo != request.Key)
        {
            throw new ArgumentException("The stored request's out_biz_no is not its key.", nameof(request));
        }

        return new AlipayStoredTransfer(outBizNo, amount);
    }
}
