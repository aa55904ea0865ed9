using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Json;
using AggregatedPayments.Hosting;
using AggregatedPayments.Merchants.Credentials;
using AggregatedPayments.Payroll;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

namespace AggregatedPayments.PayrollDataSources;

/// <summary>
/// A merchant's HTTP data source as the contract describes it, on a real Kestrel at 127.0.0.1 (reached as
/// "localhost", the target the test host allows): items made one by one as each page is written, each request's
/// signature checked with the merchant's secret (a request that fails the check is answered 401 and counted),
/// and the faults a test asks for — a page held until released, an error from some page on, a malformed page.
/// </summary>
public sealed class PayrollSourceServer : IAsyncDisposable
{
    public const string Path = "/payroll/pending";

    private readonly WebApplication _app;
    private readonly Func<long, PayrollItemInput> _item;
    private readonly long _count;
    private readonly TaskCompletionSource _release = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource _held = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly PayrollSourceFaults _faults;
    private MerchantSigningCredential? _credential;
    private int _badSignatures;
    private int _pagesServed;

    private PayrollSourceServer(WebApplication app, long count, Func<long, PayrollItemInput> item, PayrollSourceFaults faults)
    {
        _app = app;
        _count = count;
        _item = item;
        _faults = faults;
    }

    /// <summary>The address a data source is given.</summary>
    public string Url { get; private set; } = null!;

    /// <summary>Each request's target as it arrived ("/payroll/pending?limit=…&amp;cursor=…").</summary>
    public ConcurrentQueue<string> Requests { get; } = new();

    public int BadSignatures => _badSignatures;

    /// <summary>Pages answered with items (bad signatures and faults left out).</summary>
    public int PagesServed => _pagesServed;

    /// <summary>Completes when the held page has been asked for.</summary>
    public Task HeldPageRequested => _held.Task.WaitAsync(TimeSpan.FromSeconds(60));

    /// <summary><paramref name="count"/> items, the n-th (1-based) made by <paramref name="item"/>: valid numbered payouts unless given.</summary>
    public static async Task<PayrollSourceServer> StartAsync(long count, Func<long, PayrollItemInput>? item = null, PayrollSourceFaults? faults = null)
    {
        var server = new PayrollSourceServer(LocalKestrel.Create(), count, item ?? (n => TestPayrollItems.Valid(n)), faults ?? new PayrollSourceFaults());
        await server.StartAsync();
        return server;
    }

    /// <summary>Checks every request against this credential from now on.</summary>
    public void Trust(string keyId, string secret) => _credential = new MerchantSigningCredential(keyId, secret);

    public void Release() => _release.TrySetResult();

    public async ValueTask DisposeAsync()
    {
        _release.TrySetResult();
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private async Task StartAsync()
    {
        _app.MapGet(Path, ServeAsync);
        var address = await LocalKestrel.StartAsync(_app);
        Url = $"http://localhost:{address.Port}{Path}";
    }

    private async Task ServeAsync(HttpContext context)
    {
        var target = context.Features.GetRequiredFeature<IHttpRequestFeature>().RawTarget;
        Requests.Enqueue(target);
        if (!IsSigned(context.Request, target))
        {
            Interlocked.Increment(ref _badSignatures);
            context.Response.StatusCode = StatusCodes.Status401Unauthorized;
            return;
        }

        var limit = int.Parse(context.Request.Query["limit"]!, CultureInfo.InvariantCulture);
        var cursor = context.Request.Query["cursor"].ToString();
        var offset = _faults.LoopCursor && cursor == "again" ? 0 : cursor.Length == 0 ? 0 : long.Parse(cursor, CultureInfo.InvariantCulture);
        var page = (int)(offset / limit) + 1;
        if (page == _faults.HoldPage)
        {
            _held.TrySetResult();
            await _release.Task.WaitAsync(context.RequestAborted);
        }

        if (page >= _faults.FailFromPage)
        {
            context.Response.StatusCode = StatusCodes.Status500InternalServerError;
            await context.Response.WriteAsync("the payroll system is down");
            return;
        }

        context.Response.ContentType = "application/json";
        if (page == 2 && _faults.SecondPageBody is not null)
        {
            await context.Response.WriteAsync(_faults.SecondPageBody);
            return;
        }

        var end = Math.Min(offset + limit, _count);
        await WritePageAsync(context.Response, offset, end, _faults.LoopCursor ? "again" : end < _count ? end.ToString(CultureInfo.InvariantCulture) : null);
        Interlocked.Increment(ref _pagesServed);
    }

    private bool IsSigned(HttpRequest request, string target)
    {
        var credential = _credential ?? throw new InvalidOperationException("Trust the merchant's credential before pulling.");
        return request.Headers[MerchantRequestSignature.KeyIdHeader] == credential.KeyId
               && long.TryParse(request.Headers[MerchantRequestSignature.TimestampHeader], CultureInfo.InvariantCulture, out var timestamp)
               && MerchantRequestSignature.Verify(
                   credential.Secret, request.Method, target, timestamp, request.Headers[MerchantRequestSignature.NonceHeader].ToString(), [],
                   request.Headers[MerchantRequestSignature.SignatureHeader]);
    }

    /// <summary>Written item by item as it is made: the server never holds more than the one it writes.</summary>
    private async Task WritePageAsync(HttpResponse response, long offset, long end, string? nextCursor)
    {
        await using var json = new Utf8JsonWriter(response.Body);
        json.WriteStartObject();
        json.WriteStartArray("items");
        for (var n = offset + 1; n <= end; n++)
        {
            WriteItem(json, _item(n));
            if (json.BytesPending > 16 * 1024)
            {
                await json.FlushAsync();
            }
        }

        json.WriteEndArray();
        json.WriteString("nextCursor", nextCursor);
        json.WriteEndObject();
        await json.FlushAsync();
    }

    private static void WriteItem(Utf8JsonWriter json, PayrollItemInput item)
    {
        json.WriteStartObject();
        json.WriteString("merchantReference", item.MerchantReference);
        json.WriteString("payeeName", item.PayeeName);
        json.WriteString("accountNumber", item.AccountNumber);
        json.WriteString("bankCode", item.BankCode);
        if (item.AmountMinor is { } amount)
        {
            json.WriteNumber("amountMinor", amount);
        }

        json.WriteString("currency", item.Currency);
        json.WriteString("purpose", item.Purpose);
        json.WriteString("remark", item.Remark);
        json.WriteEndObject();
    }
}
