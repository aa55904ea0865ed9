using System.Text.Json;

namespace AggregatedPayments.Channels.Alipay;

/// <summary>
/// What one gateway call yielded: either the verified response node, or the reason there is no
/// answer we can trust (transport failure, HTTP error, unverifiable body). Only verified fields are
/// ever read.
/// </summary>
internal sealed class AlipayGatewayAnswer
{
    private readonly JsonElement content;

    private AlipayGatewayAnswer(JsonElement content, string? failure)
    {
        this.content = content;
        Failure = failure;
    }

    /// <summary>Why nothing can be concluded from the call; null when the answer is verified.</summary>
    public string? Failure { get; }

    public bool IsVerified => Failure is null;

    public string? Code => Text("code");

    public string? SubCode => Text("sub_code");

    public string? SubMessage => Text("sub_msg");

    public static AlipayGatewayAnswer Verified(JsonElement content) => new(content.Clone(), null);

    public static AlipayGatewayAnswer Untrusted(string reason) => new(default, reason);

    /// <summary>A field as text: a JSON string, or a number's exact text (amounts are then parsed strictly).</summary>
    public string? Text(string name)
    {
        if (!IsVerified || !content.TryGetProperty(name, out var value))
        {
            return null;
        }

        return value.ValueKind switch
        {
            JsonValueKind.String => value.GetString(),
            JsonValueKind.Number => value.GetRawText(),
            _ => null,
        };
    }

    public ProviderError Error() => new(Code ?? "(none)", SubCode, SubMessage);

    /// <summary>Names codes only: sub_msg is Alipay's free text and may echo request values.</summary>
    public string Describe() => $"code {Code ?? "(none)"}, sub_code {SubCode ?? "(none)"}";
}
