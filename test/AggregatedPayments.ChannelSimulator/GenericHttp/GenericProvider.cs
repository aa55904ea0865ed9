using System.Globalization;
using System.Text.Json.Nodes;
using AggregatedPayments.ChannelSimulator.Faults;

namespace AggregatedPayments.ChannelSimulator.GenericHttp;

/// <summary>
/// The HTTP side of the generic provider: fault knobs of the path, then the merchant, timestamp and
/// signature checks (a request that fails them is refused before anything is read as a payout),
/// then the function, then a signed answer. A lost answer, or one held past the client's timeout,
/// is lost after the work is done.
/// </summary>
public sealed class GenericProvider(GenericLedger ledger, GenericPayouts payouts, GenericStatements statements, FaultKnobs faults, TimeProvider clock)
{
    public async Task HandleAsync(HttpContext context)
    {
        var path = context.Request.Path.Value ?? string.Empty;
        var aborted = context.RequestAborted;
        var fault = faults.Decide(path);
        if (!await FaultedExchange.BeforeWorkAsync(context, fault, clock))
        {
            return;
        }

        using var buffer = new MemoryStream();
        await context.Request.Body.CopyToAsync(buffer, aborted);
        var body = buffer.ToArray();
        var account = ledger.Find(context.Request.Headers[GenericProtocol.MerchantHeader].ToString());
        if (account is null)
        {
            // No merchant, no secret to sign with: the refusal goes out unsigned.
            await WriteAsync(context, GenericReply.Error(401, GenericErrorCodes.UnknownMerchant, "unknown merchant"), null, path);
            return;
        }

        var reply = Authenticate(context.Request, account, path, body)
            ?? (fault.Kind == FaultKind.Error ? GenericReply.Error(503, GenericErrorCodes.ServiceUnavailable, "service busy, nothing was done") : null)
            ?? Dispatch(path, account, body);

        if (!await FaultedExchange.AfterWorkAsync(context, fault, clock))
        {
            return;
        }

        await WriteAsync(context, reply, account.Secret, path);
    }

    private GenericReply? Authenticate(HttpRequest request, GenericAccount account, string path, byte[] body)
    {
        var timestamp = request.Headers[GenericProtocol.TimestampHeader].ToString();
        if (!long.TryParse(timestamp, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds)
            || Math.Abs(clock.GetUtcNow().ToUnixTimeSeconds() - seconds) > (long)GenericProtocol.TimestampTolerance.TotalSeconds)
        {
            return GenericReply.Error(401, GenericErrorCodes.TimestampExpired, "the timestamp is missing or too far from the provider's clock");
        }

        var expected = GenericHmac.SignRequest(account.Secret, timestamp, request.Method, path, body);
        return GenericHmac.Matches(expected, request.Headers[GenericProtocol.SignatureHeader].ToString())
            ? null
            : GenericReply.Error(401, GenericErrorCodes.SignatureInvalid, "the signature does not match");
    }

    private GenericReply Dispatch(string path, GenericAccount account, byte[] body)
    {
        if (GenericJson.ParseObject(body) is not { } request)
        {
            return GenericReply.Error(400, GenericErrorCodes.InvalidRequest, "the body is not a JSON object");
        }

        return path switch
        {
            GenericProtocol.PayoutPath => payouts.Payout(account, request),
            GenericProtocol.QueryPath => payouts.Query(account, request),
            GenericProtocol.BalancePath => payouts.Balance(account, request),
            _ => statements.Statement(account, request),
        };
    }

    private async Task WriteAsync(HttpContext context, GenericReply reply, string? secret, string path)
    {
        var response = context.Response;
        response.StatusCode = reply.StatusCode;
        response.ContentType = reply.ContentType;
        if (secret is not null)
        {
            var timestamp = clock.GetUtcNow().ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
            response.Headers[GenericProtocol.TimestampHeader] = timestamp;
            response.Headers[GenericProtocol.SignatureHeader] = GenericHmac.SignRequest(secret, timestamp, "POST", path, reply.Body);
        }

        await response.Body.WriteAsync(reply.Body, context.RequestAborted);
    }
}
