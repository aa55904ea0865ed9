using System.Globalization;

namespace AggregatedPayments.Channels.Alipay;

/// <summary>
/// The two steps of a bill download: read the link from a verified
/// <c>alipay.data.dataservice.bill.downloadurl.query</c> answer, then fetch the file through the
/// platform's guarded HttpClient (the link is valid for 30 seconds, so it is fetched at once).
/// </summary>
internal static class AlipayBillDownload
{
    /// <summary>The account ledger (账务明细): every movement of the paying account, which is what payouts reconcile against.</summary>
    public const string SignCustomer = "signcustomer";

    public static string BizContent(DateOnly day) => AlipayBizContentJson.Write(writer =>
    {
        writer.WriteString("bill_type", SignCustomer);
        writer.WriteString("bill_date", day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
    });

    public static Uri Link(AlipayGatewayAnswer answer)
    {
        if (!answer.IsVerified)
        {
            throw new AlipayStatementException($"The bill link answer is not trustworthy: {answer.Failure}");
        }

        if (answer.Code != AlipayGatewayCodes.Success)
        {
            throw new AlipayStatementException($"The bill link was refused ({answer.Describe()}).");
        }

        return Uri.TryCreate(answer.Text("bill_download_url"), UriKind.Absolute, out var link) && AlipayGateway.IsAbsoluteHttp(link)
            ? link
            : throw new AlipayStatementException("The answer has no absolute http(s) bill_download_url.");
    }

    public static async Task<byte[]> FetchAsync(HttpClient http, Uri link, CancellationToken cancellationToken)
    {
        try
        {
            using var response = await http.GetAsync(link, HttpCompletionOption.ResponseContentRead, cancellationToken);
            return response.IsSuccessStatusCode
                ? await response.Content.ReadAsByteArrayAsync(cancellationToken)
                : throw new AlipayStatementException($"The bill download answered HTTP {(int)response.StatusCode}.");
        }
        catch (HttpRequestException e)
        {
            throw new AlipayStatementException($"The bill could not be downloaded ({e.HttpRequestError}).");
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            throw new AlipayStatementException("The bill download did not finish in time.");
        }
    }
}
