using System.Text.Json;

namespace AggregatedPayments.Channels.Alipay;

/// <summary>The result of <see cref="AlipayResponseExtractor"/>: the outcome and the exact node text.</summary>
public sealed class AlipayResponseExtraction
{
    internal AlipayResponseExtraction(AlipayResponseOutcome outcome, string? rootNode, string? content, string detail)
    {
        Outcome = outcome;
        RootNode = rootNode;
        Content = content;
        Detail = detail;
    }

    public AlipayResponseOutcome Outcome { get; }

    /// <summary>The node that was found: the method's response node or <c>error_response</c>.</summary>
    public string? RootNode { get; }

    public bool IsErrorResponse => RootNode == AlipayResponseExtractor.ErrorRootNode;

    /// <summary>
    /// The node's object exactly as it appeared in the body, whatever the outcome (for the audit
    /// record); trust it only when <see cref="Outcome"/> is <see cref="AlipayResponseOutcome.Verified"/>.
    /// </summary>
    public string? Content { get; }

    /// <summary>Why the outcome is what it is; names nodes and rules, never values from the body.</summary>
    public string Detail { get; }

    public bool IsVerified => Outcome == AlipayResponseOutcome.Verified;

    /// <summary>
    /// Parses the verified node text (and only it: the fields read are the ones that were signed).
    /// The caller disposes the document.
    /// </summary>
    public JsonDocument ParseVerifiedContent()
    {
        if (!IsVerified || Content is null)
        {
            throw new InvalidOperationException($"Only verified content may be read; this response is {Outcome}.");
        }

        return JsonDocument.Parse(Content);
    }
}
