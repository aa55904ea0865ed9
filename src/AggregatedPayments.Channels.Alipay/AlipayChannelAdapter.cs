using System.Runtime.CompilerServices;

namespace AggregatedPayments.Channels.Alipay;

/// <summary>
/// The Alipay open platform behind the channel contract (CHANNEL-PROTOCOLS.md sections 1 and 7):
/// single transfers with <c>alipay.fund.trans.uni.transfer</c>, queries by out_biz_no, the account
/// balance, the day's account-ledger bill and the <c>alipay.fund.trans.order.changed</c> message. Keys are loaded per call from
/// the channel parameters and disposed at its end; the gateway comes from the parameters, because
/// one address serves every method.
/// </summary>
public sealed class AlipayChannelAdapter : IPayoutChannelAdapter, IChannelBalance, IChannelStatement, IChannelNotification
{
    public const string ProviderName = "Alipay";

    public string Provider => ProviderName;

    /// <summary>
    /// Alipay answers a repeated out_biz_no idempotently without a documented expiry; a day bounds
    /// how long after a NotFound we rely on that before a person decides. The query retention is
    /// not documented either; 90 days is what we rely on.
    /// </summary>
    public ChannelCapabilities Capabilities { get; } = new(
        ChannelFunctions.Payout | ChannelFunctions.Query | ChannelFunctions.Balance | ChannelFunctions.Statement | ChannelFunctions.Notification,
        IdempotencyWindow: TimeSpan.FromDays(1),
        QueryRetention: TimeSpan.FromDays(90),
        MaxBatchItems: 1,
        Currencies: [AlipayCny.Code]);

    public IReadOnlyList<ChannelParameterDefinition> Parameters => AlipayChannelParameters.Definitions;

    public string FormatKey(Guid attemptId) => AlipayOutBizNo.Format(attemptId);

    public StoredRequest PrepareSubmit(PayoutInstruction instruction, ChannelContext context)
    {
        ArgumentNullException.ThrowIfNull(instruction);
        var settings = AlipayChannelSettings.From(context);
        var bizContent = AlipayTransferBizContent.Build(instruction, settings.ProductCode);

        Uri? notifyUrl = null;
        if (instruction.NotifyUrl is not null && !Uri.TryCreate(instruction.NotifyUrl, UriKind.Absolute, out notifyUrl))
        {
            throw new ArgumentException("The notify address is not an absolute address.", nameof(instruction));
        }

        var signed = Sign(settings, context, AlipayMethods.Transfer, bizContent, notifyUrl);
        return new StoredRequest(instruction.Key, AlipayGateway.FormContentType, signed.Body.ToArray());
    }

    public async Task<SubmitResult> SubmitAsync(StoredRequest request, ChannelContext context, CancellationToken cancellationToken)
    {
        var sent = AlipayStoredTransfer.Read(request);
        var settings = AlipayChannelSettings.From(context);
        var answer = await SendAsync(settings, context, AlipayMethods.Transfer, request.Body, request.ContentType, cancellationToken);
        return AlipaySubmitClassifier.Classify(answer, sent);
    }

    public async Task<QueryResult> QueryAsync(string key, ChannelAmount requestedAmount, ChannelContext context, CancellationToken cancellationToken)
    {
        if (!AlipayOutBizNo.IsValid(key))
        {
            throw new ArgumentException("The key is not an out_biz_no made by FormatKey.", nameof(key));
        }

        var requestedFen = AlipayCny.ToFen(requestedAmount);
        var settings = AlipayChannelSettings.From(context);

        // out_biz_no alone is ambiguous across products: Alipay requires product_code and biz_scene with it.
        var bizContent = AlipayBizContentJson.Write(writer =>
        {
            writer.WriteString("out_biz_no", key);
            writer.WriteString("product_code", settings.ProductCode);
            writer.WriteString("biz_scene", AlipayProductCodes.DirectTransfer);
        });
        var answer = await SignAndSendAsync(settings, context, AlipayMethods.TransferQuery, bizContent, cancellationToken);
        return AlipayQueryClassifier.Classify(answer, key, requestedFen);
    }

    public async Task<BalanceResult> QueryBalanceAsync(string currency, ChannelContext context, CancellationToken cancellationToken)
    {
        if (currency != AlipayCny.Code)
        {
            return new BalanceResult.Unknown($"An Alipay account holds {AlipayCny.Code} only.");
        }

        var settings = AlipayChannelSettings.From(context);
        var bizContent = AlipayBizContentJson.Write(writer =>
        {
            writer.WriteString("alipay_user_id", settings.AlipayUserId());
            writer.WriteString("account_type", "ACCTRANS_ACCOUNT");
        });
        var answer = await SignAndSendAsync(settings, context, AlipayMethods.AccountQuery, bizContent, cancellationToken);
        return AlipayBalanceClassifier.Classify(answer);
    }

    /// <summary>The signcustomer bill of one Beijing day (Alipay has it from the next day on); see <see cref="AlipayLedgerBill"/>.</summary>
    /// <exception cref="AlipayStatementException">The bill could not be had or read.</exception>
    public async IAsyncEnumerable<StatementLine> DownloadStatementAsync(
        DateOnly day, ChannelContext context, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var settings = AlipayChannelSettings.From(context);
        var answer = await SignAndSendAsync(settings, context, AlipayMethods.BillDownloadUrlQuery, AlipayBillDownload.BizContent(day), cancellationToken);
        var zip = await AlipayBillDownload.FetchAsync(context.Http, AlipayBillDownload.Link(answer), cancellationToken);
        foreach (var line in AlipayLedgerBill.Parse(zip))
        {
            cancellationToken.ThrowIfCancellationRequested();
            yield return line;
        }
    }

    public NotificationResult VerifyAndParse(NotificationRequest request, ChannelContext context)
    {
        ArgumentNullException.ThrowIfNull(request);
        var settings = AlipayChannelSettings.From(context);
        using var alipayKey = settings.LoadAlipayPublicKey();
        var parser = new AlipayNotificationParser(new AlipayRsa2Verifier(alipayKey), settings.AppId, context.Clock, settings.NotificationWindow());
        return AlipayNotificationMapper.Map(parser.Parse(request.Body, AlipayNotificationMapper.Charset(request.ContentType)));
    }

    private static AlipaySignedRequest Sign(AlipayChannelSettings settings, ChannelContext context, string method, string bizContent, Uri? notifyUrl = null)
    {
        using var appKey = settings.LoadAppPrivateKey();
        var builder = new AlipayRequestBuilder(new AlipayRsa2Signer(appKey), context.Clock);
        return builder.Build(settings.AppId, method, bizContent, notifyUrl, settings.AppAuthToken);
    }

    private static Task<AlipayGatewayAnswer> SignAndSendAsync(
        AlipayChannelSettings settings, ChannelContext context, string method, string bizContent, CancellationToken cancellationToken)
    {
        var signed = Sign(settings, context, method, bizContent);
        return SendAsync(settings, context, method, signed.Body.ToArray(), AlipayGateway.FormContentType, cancellationToken);
    }

    private static async Task<AlipayGatewayAnswer> SendAsync(
        AlipayChannelSettings settings, ChannelContext context, string method, byte[] body, string contentType, CancellationToken cancellationToken)
    {
        using var alipayKey = settings.LoadAlipayPublicKey();
        var client = new AlipayGatewayClient(context.Http, settings.Gateway, new AlipayResponseExtractor(new AlipayRsa2Verifier(alipayKey)));
        return await client.SendAsync(method, body, contentType, cancellationToken);
    }
}
