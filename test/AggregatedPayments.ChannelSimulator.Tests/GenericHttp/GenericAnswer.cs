using System.Net;
using System.Text.Json;

namespace AggregatedPayments.ChannelSimulator.GenericHttp;

/// <summary>One answer of the generic provider as the test client saw it, and whether its signature verified with the merchant's secret.</summary>
public sealed record GenericAnswer(HttpStatusCode Status, string Body, bool Verified)
{
    public string? Result(string name) => Read("result", name);

    public string? ErrorCode => Read("error", "code");

    private string? Read(string section, string name)
    {
        using var document = JsonDocument.Parse(Body);
        return document.RootElement.TryGetProperty(section, out var node) && node.TryGetProperty(name, out var value) ? value.GetString() : null;
    }
}
