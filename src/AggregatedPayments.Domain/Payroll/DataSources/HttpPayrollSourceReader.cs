using System.Net.Http.Headers;
using System.Runtime.CompilerServices;
using System.Security.Cryptography;
using System.Text.Json;
using AggregatedPayments.Merchants.Credentials;
using AggregatedPayments.OutboundCalls;

namespace AggregatedPayments.Payroll.DataSources;

/// <summary>
/// Reads the HTTP contract page by page (docs/payroll-data-sources.md, "HTTP"): each request signed with the
/// merchant's current API credential and sent through the outbound-call guard (address checked at connect,
/// no redirects, each page capped in size and time), each page parsed from the response stream, so that
/// no more than one page is ever held. A failing, malformed, oversized or looping source ends the pull with
/// a <see cref="PayrollSourceException"/> that says what to fix.
/// </summary>
public sealed class HttpPayrollSourceReader(IOutboundHttpClientFactory clients, IMerchantSigningCredentials credentials, TimeProvider clock)
{
    private static readonly JsonSerializerOptions JsonOptions = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        PropertyNameCaseInsensitive = true
    };

    public async IAsyncEnumerable<PayrollItemInput> ReadAsync(
        Guid merchantId, Uri url, int pageSize, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(url);
        var credential = await CredentialAsync(merchantId, cancellationToken);
        var http = clients.CreateClient(PayrollDataSourceConsts.OutboundPurpose);
        var cursors = new HashSet<string>(StringComparer.Ordinal);
        string? cursor = null;
        long line = 0;
        for (var pageNumber = 1; ; pageNumber++)
        {
            var page = await FetchAsync(http, credential, url, pageSize, cursor, pageNumber, cancellationToken);
            foreach (var item in page.Items!)
            {
                line++;
                yield return item?.ToInput(line) ?? new PayrollItemInput(line, null, null, null, null, null, null);
            }

            if (page.NextCursor is null)
            {
                yield break;
            }

            if (page.Items!.Count == 0)
            {
                throw new PayrollSourceException($"Page {pageNumber} has no items but names a next cursor: only the last page may be empty.");
            }

            if (!cursors.Add(page.NextCursor))
            {
                throw new PayrollSourceException($"Page {pageNumber} names a next cursor the source gave before: its pages go round in a loop.");
            }

            cursor = page.NextCursor;
        }
    }

    /// <summary>Asks for one item of the first page: proves the address, the signature and the contract without taking anything in.</summary>
    public async Task<string> TestAsync(Guid merchantId, Uri url, CancellationToken cancellationToken)
    {
        var credential = await CredentialAsync(merchantId, cancellationToken);
        var page = await FetchAsync(clients.CreateClient(PayrollDataSourceConsts.OutboundPurpose), credential, url, 1, null, 1, cancellationToken);
        return page.Items!.Count == 0
            ? "The source answered the contract: it has no pending payouts now."
            : page.NextCursor is null
                ? "The source answered the contract with one pending payout."
                : "The source answered the contract with its first pending payout, and more to follow.";
    }

    private async Task<MerchantSigningCredential> CredentialAsync(Guid merchantId, CancellationToken cancellationToken) =>
        await credentials.GetCurrentAsync(merchantId, cancellationToken)
        ?? throw new PayrollSourceException("The merchant has no active API credential to sign the requests with: issue one, then try again.");

    private async Task<PayrollHttpPage> FetchAsync(
        HttpClient http, MerchantSigningCredential credential, Uri url, int limit, string? cursor, int pageNumber, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, PageUri(url, limit, cursor));
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        Sign(request, credential);
        try
        {
            using var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
            if (!response.IsSuccessStatusCode)
            {
                throw new PayrollSourceException(
                    $"The source answered page {pageNumber} with HTTP {(int)response.StatusCode} {response.ReasonPhrase}: it must answer 200 with the page.");
            }

            if (response.Content.Headers.ContentType?.MediaType is not { } mediaType || !IsJson(mediaType))
            {
                throw new PayrollSourceException(
                    $"The source answered page {pageNumber} as '{response.Content.Headers.ContentType?.MediaType ?? "no content type"}': the contract asks for application/json.");
            }

            await using var body = await response.Content.ReadAsStreamAsync(cancellationToken);
            var page = await JsonSerializer.DeserializeAsync<PayrollHttpPage>(body, JsonOptions, cancellationToken);
            return Checked(page, pageNumber);
        }
        catch (JsonException exception)
        {
            var where = exception.Path is null ? "" : $" at {exception.Path}";
            throw new PayrollSourceException($"Page {pageNumber} does not keep the contract{where}: {FirstSentence(exception.Message)}", exception);
        }
        catch (OutboundCallException exception) when (exception.Code == OutboundCallsErrorCodes.ResponseTooLarge)
        {
            throw new PayrollSourceException($"Page {pageNumber} is too large: {exception.Message} Ask for fewer items per page.", exception);
        }
        catch (OutboundCallException exception)
        {
            throw new PayrollSourceException(exception.Message, exception);
        }
        catch (TaskCanceledException exception) when (exception.InnerException is TimeoutException)
        {
            throw new PayrollSourceException($"The source did not answer page {pageNumber} in time.", exception);
        }
        catch (HttpRequestException exception)
        {
            throw new PayrollSourceException($"The source could not be reached for page {pageNumber}: {exception.Message}", exception);
        }
    }

    private static PayrollHttpPage Checked(PayrollHttpPage? page, int pageNumber)
    {
        if (page?.Items is null)
        {
            throw new PayrollSourceException($"Page {pageNumber} has no \"items\" array: the contract's answer is {{ \"items\": [ … ], \"nextCursor\": … }}.");
        }

        if (page.NextCursor is { Length: 0 or > PayrollDataSourceConsts.MaxCursorLength })
        {
            throw new PayrollSourceException(
                $"Page {pageNumber} names a next cursor that is empty or longer than {PayrollDataSourceConsts.MaxCursorLength} characters: give null on the last page.");
        }

        return page;
    }

    /// <summary>The source's own address with the contract's query added after any query it already has.</summary>
    private static Uri PageUri(Uri url, int limit, string? cursor)
    {
        var query = FormattableString.Invariant($"limit={limit}") + (cursor is null ? "" : "&cursor=" + Uri.EscapeDataString(cursor));
        var own = url.Query.TrimStart('?');
        return new UriBuilder(url) { Query = own.Length == 0 ? query : own + "&" + query }.Uri;
    }

    /// <summary>The four headers of <see cref="MerchantRequestSignature"/>, over the path and query exactly as sent and an empty body.</summary>
    private void Sign(HttpRequestMessage request, MerchantSigningCredential credential)
    {
        var timestamp = clock.GetUtcNow().ToUnixTimeSeconds();
        var nonce = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
        var signature = MerchantRequestSignature.Compute(credential.Secret, request.Method.Method, request.RequestUri!.PathAndQuery, timestamp, nonce, []);
        request.Headers.Add(MerchantRequestSignature.KeyIdHeader, credential.KeyId);
        request.Headers.Add(MerchantRequestSignature.TimestampHeader, timestamp.ToString(System.Globalization.CultureInfo.InvariantCulture));
        request.Headers.Add(MerchantRequestSignature.NonceHeader, nonce);
        request.Headers.Add(MerchantRequestSignature.SignatureHeader, signature);
    }

    private static bool IsJson(string mediaType) =>
        mediaType.Equals("application/json", StringComparison.OrdinalIgnoreCase)
        || mediaType.EndsWith("+json", StringComparison.OrdinalIgnoreCase);

    /// <summary>System.Text.Json appends where it stopped ("Path: … | LineNumber: …"), which the message already says.</summary>
    private static string FirstSentence(string message)
    {
        var cut = message.IndexOf(" Path:", StringComparison.Ordinal);
        return cut < 0 ? message : message[..cut];
    }
}
