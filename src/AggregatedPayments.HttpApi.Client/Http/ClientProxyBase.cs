using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace AggregatedPayments.Http;

/// <summary>
/// What every client proxy shares: JSON in and out with the server's settings, and an error body
/// turned into <see cref="RemoteServiceException"/> so callers see the same code the server sent.
/// </summary>
public abstract class ClientProxyBase(HttpClient httpClient)
{
    protected static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    protected HttpClient HttpClient { get; } = httpClient;

    protected async Task<T> GetAsync<T>(string url, CancellationToken cancellationToken)
    {
        using var response = await HttpClient.GetAsync(url, cancellationToken);
        return await ReadAsync<T>(response, cancellationToken);
    }

    protected async Task<T> PostAsync<T>(string url, object? body, CancellationToken cancellationToken)
    {
        using var response = await HttpClient.PostAsJsonAsync(url, body, JsonOptions, cancellationToken);
        return await ReadAsync<T>(response, cancellationToken);
    }

    protected async Task PostAsync(string url, object? body, CancellationToken cancellationToken)
    {
        using var response = await HttpClient.PostAsJsonAsync(url, body, JsonOptions, cancellationToken);
        await EnsureSuccessAsync(response, cancellationToken);
    }

    protected async Task<T> PutAsync<T>(string url, object? body, CancellationToken cancellationToken)
    {
        using var response = await HttpClient.PutAsJsonAsync(url, body, JsonOptions, cancellationToken);
        return await ReadAsync<T>(response, cancellationToken);
    }

    protected async Task PutAsync(string url, object? body, CancellationToken cancellationToken)
    {
        using var response = await HttpClient.PutAsJsonAsync(url, body, JsonOptions, cancellationToken);
        await EnsureSuccessAsync(response, cancellationToken);
    }

    /// <summary>Posts a body that is not JSON (a multipart file upload) and reads the JSON answer.</summary>
    protected async Task<T> PostContentAsync<T>(string url, HttpContent content, CancellationToken cancellationToken)
    {
        using var response = await HttpClient.PostAsync(url, content, cancellationToken);
        return await ReadAsync<T>(response, cancellationToken);
    }

    /// <summary>A file download: its bytes and its content headers (type, file name).</summary>
    protected async Task<(byte[] Bytes, System.Net.Http.Headers.HttpContentHeaders Headers)> GetBytesAsync(string url, CancellationToken cancellationToken)
    {
        using var response = await HttpClient.GetAsync(url, cancellationToken);
        await EnsureSuccessAsync(response, cancellationToken);
        return (await response.Content.ReadAsByteArrayAsync(cancellationToken), response.Content.Headers);
    }

    protected async Task DeleteAsync(string url, CancellationToken cancellationToken)
    {
        using var response = await HttpClient.DeleteAsync(url, cancellationToken);
        await EnsureSuccessAsync(response, cancellationToken);
    }

    /// <summary>Builds "path?name=value&amp;…" from the non-null values, escaped.</summary>
    protected static string WithQuery(string path, params (string Name, object? Value)[] parameters)
    {
        var pairs = parameters.Where(p => p.Value is not null)
            .Select(p => Uri.EscapeDataString(p.Name) + "=" + Uri.EscapeDataString(FormatValue(p.Value!)));
        var query = string.Join("&", pairs);
        return query.Length == 0 ? path : path + "?" + query;
    }

    private static string FormatValue(object value) => value switch
    {
        DateTime time => time.ToString("O", System.Globalization.CultureInfo.InvariantCulture),
        bool flag => flag ? "true" : "false",
        IFormattable formattable => formattable.ToString(null, System.Globalization.CultureInfo.InvariantCulture),
        _ => value.ToString() ?? ""
    };

    private static async Task<T> ReadAsync<T>(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        await EnsureSuccessAsync(response, cancellationToken);
        return (await response.Content.ReadFromJsonAsync<T>(JsonOptions, cancellationToken))!;
    }

    private static async Task EnsureSuccessAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        if (response.IsSuccessStatusCode)
        {
            return;
        }

        RemoteServiceErrorInfo? error = null;
        if (response.Content.Headers.ContentType?.MediaType?.Contains("json", StringComparison.OrdinalIgnoreCase) == true)
        {
            var body = await response.Content.ReadFromJsonAsync<ErrorEnvelope>(JsonOptions, cancellationToken);
            error = body?.Error;
        }

        throw new RemoteServiceException(response.StatusCode, error ?? new RemoteServiceErrorInfo(
            response.StatusCode == HttpStatusCode.Unauthorized ? "AP:Unauthorized" : null, response.ReasonPhrase, null, null));
    }

    private sealed record ErrorEnvelope(RemoteServiceErrorInfo? Error);
}
