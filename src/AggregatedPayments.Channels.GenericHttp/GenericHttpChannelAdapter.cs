using System.Runtime.CompilerServices;

namespace AggregatedPayments.Channels.GenericHttp;

/// <summary>
/// A JSON-over-HTTP provider connected by configuration alone: every request is a POST of a JSON
/// object to the function's address (Payout, Query, Balance, Statement) signed with HMAC-SHA256 over the
/// configured canonical string; every answer must be signed the same way. The payout body is built
/// once and stored; the timestamp, merchant id and signature headers are added per send, so a
/// resend carries the stored body byte for byte under fresh headers. The query posts
/// <c>{keyName: key}</c>, the balance <c>{currencyName: currency}</c> (or <c>{}</c> when currency is not mapped),
/// the statement <c>{statementDateName: "yyyy-MM-dd"}</c> (see <see cref="GenericHttpStatement"/>).
/// </summary>
public sealed class GenericHttpChannelAdapter : IPayoutChannelAdapter, IChannelBalance, IChannelStatement, IChannelNotification
{
    public const string ProviderName = "GenericHttp";

    public string Provider => ProviderName;

    /// <summary>
    /// Nothing is known of the provider's idempotency or retention, so the windows are deliberately
    /// short and conservative: a day of resends after NotFound, 30 days of queries.
    /// </summary>
    public ChannelCapabilities Capabilities { get; } = new(
        ChannelFunctions.Payout | ChannelFunctions.Query | ChannelFunctions.Balance | ChannelFunctions.Statement | ChannelFunctions.Notification,
        IdempotencyWindow: TimeSpan.FromDays(1),
        QueryRetention: TimeSpan.FromDays(30),
        MaxBatchItems: 1,
        Currencies: ["CNY", "HKD", "USD", "EUR", "GBP", "JPY", "SGD"]);

    public IReadOnlyList<ChannelParameterDefinition> Parameters => GenericHttpChannelParameters.Definitions;

    /// <summary>32 lower-case hex digits: short and plain enough for any provider's order number.</summary>
    public string FormatKey(Guid attemptId) => attemptId.ToString("N");

    public StoredRequest PrepareSubmit(PayoutInstruction instruction, ChannelContext context)
    {
        ArgumentNullException.ThrowIfNull(instruction);
        var settings = GenericHttpSettings.From(context);
        return new StoredRequest(instruction.Key, GenericHttpJson.ContentType, GenericHttpPayoutBody.Build(instruction, settings));
    }

    public async Task<SubmitResult> SubmitAsync(StoredRequest request, ChannelContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var settings = GenericHttpSettings.From(context);
        var sent = GenericHttpSentPayout.Read(request, settings);
        var answer = await Client(settings, context).PostAsync(context.AddressOf(ChannelFunctions.Payout), request.Body, cancellationToken);
        return GenericHttpSubmitClassifier.Classify(answer, sent, settings.DuplicateKeyCodes);
    }

    public async Task<QueryResult> QueryAsync(string key, ChannelAmount requestedAmount, ChannelContext context, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(key);
        ArgumentNullException.ThrowIfNull(requestedAmount);
        var settings = GenericHttpSettings.From(context);
        var body = GenericHttpJson.Object(w => w.WriteString(settings.Fields.RequiredRequestName(GenericHttpFields.Key), key));
        var answer = await Client(settings, context).PostAsync(context.AddressOf(ChannelFunctions.Query), body, cancellationToken);
        return GenericHttpQueryClassifier.Classify(answer, key, requestedAmount);
    }

    public async Task<BalanceResult> QueryBalanceAsync(string currency, ChannelContext context, CancellationToken cancellationToken)
    {
        var settings = GenericHttpSettings.From(context);
        var currencyName = settings.Fields.RequestName(GenericHttpFields.Currency);
        var body = GenericHttpJson.Object(w =>
        {
            if (currencyName is not null)
            {
                w.WriteString(currencyName, currency);
            }
        });
        var answer = await Client(settings, context).PostAsync(context.AddressOf(ChannelFunctions.Balance), body, cancellationToken);
        return GenericHttpBalanceClassifier.Classify(answer, currency, settings.AmountExponent);
    }

    public async IAsyncEnumerable<StatementLine> DownloadStatementAsync(
        DateOnly day, ChannelContext context, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var settings = GenericHttpSettings.From(context);
        var exchange = await Client(settings, context).ExchangeAsync(
            context.AddressOf(ChannelFunctions.Statement), GenericHttpStatement.Request(day, settings), cancellationToken);
        foreach (var line in GenericHttpStatement.Read(exchange, settings))
        {
            yield return line;
        }
    }

    public NotificationResult VerifyAndParse(NotificationRequest request, ChannelContext context)
    {
        ArgumentNullException.ThrowIfNull(request);
        return GenericHttpNotifications.VerifyAndParse(request, GenericHttpSettings.From(context), context.Clock);
    }

    private static GenericHttpClient Client(GenericHttpSettings settings, ChannelContext context) => new(context.Http, settings, context.Clock);
}
