using System.Text;
using System.Text.Json;

namespace AggregatedPayments.Channels.Alipay;

/// <summary>
/// Verifies a gateway answer the way the open platform signs it: the signature covers the exact
/// text of the <c>&lt;method&gt;_response</c> (or <c>error_response</c>) object as it sits in the raw
/// body, so that text is cut out byte for byte and never parsed and re-serialized before the check
/// (alipay-sdk-net-all AopJsonParser.GetSignSourceData, DefaultAopClient.CheckResponseSign).
/// The body is read with a strict JSON reader to locate top-level members, which handles braces
/// and quotes inside strings and <c>\</c> escapes, and refuses bodies the SDK would guess at.
/// </summary>
public sealed class AlipayResponseExtractor
{
    public const string ErrorRootNode = "error_response";

    private const string SuccessCode = "10000";
    private const string CodeField = "code";

    private readonly AlipayRsa2Verifier alipayVerifier;

    /// <param name="alipayVerifier">A verifier holding the Alipay public key (not the app's).</param>
    public AlipayResponseExtractor(AlipayRsa2Verifier alipayVerifier)
    {
        ArgumentNullException.ThrowIfNull(alipayVerifier);
        this.alipayVerifier = alipayVerifier;
    }

    public AlipayResponseExtraction Extract(string method, ReadOnlySpan<byte> rawBody)
    {
        var methodNode = AlipayMethodName.ResponseRootNode(method);

        if (!IsUtf8(rawBody))
        {
            return Malformed("The body is not valid UTF-8.");
        }

        var members = new List<(string Name, int Start, int End, JsonTokenType Kind, string? Text)>();
        var problem = ReadTopLevelMembers(rawBody, members);
        if (problem is not null)
        {
            return Malformed(problem);
        }

        // The method's node wins over error_response, as in the SDK.
        var rootNode = members.Any(m => m.Name == methodNode) ? methodNode : ErrorRootNode;
        var roots = members.Where(m => m.Name == rootNode).ToList();
        if (roots.Count == 0)
        {
            return Malformed($"Neither '{methodNode}' nor '{ErrorRootNode}' is a top-level member.");
        }

        if (roots.Count > 1)
        {
            return new AlipayResponseExtraction(
                AlipayResponseOutcome.DuplicateRootNode, rootNode, null, $"'{rootNode}' occurs more than once at the top level.");
        }

        var root = roots[0];
        if (root.Kind != JsonTokenType.StartObject)
        {
            // An encrypted answer carries a base64 string here; encryption is not used by us.
            return Malformed($"'{rootNode}' is not a JSON object.");
        }

        var contentBytes = rawBody[root.Start..root.End];
        var content = AlipayCharset.Utf8Strict.GetString(contentBytes);

        var signs = members.Where(m => m.Name == AlipayParameterNames.Sign).ToList();
        if (signs.Count > 1)
        {
            return Malformed("'sign' occurs more than once at the top level.");
        }

        if (signs.Count == 0)
        {
            return IsError(rootNode, content)
                ? new AlipayResponseExtraction(AlipayResponseOutcome.UnsignedError, rootNode, content, "The error answer is not signed.")
                : new AlipayResponseExtraction(AlipayResponseOutcome.SignatureInvalid, rootNode, content, "A success answer must be signed and is not.");
        }

        var sign = signs[0].Text;
        if (signs[0].Kind != JsonTokenType.String || string.IsNullOrEmpty(sign))
        {
            return Malformed("'sign' is not a non-empty string.");
        }

        if (alipayVerifier.Verify(contentBytes, sign))
        {
            return new AlipayResponseExtraction(AlipayResponseOutcome.Verified, rootNode, content, "The signature matches the node text.");
        }

        // Some paths between Alipay and us escape '/' as '\/'; Alipay signed the unescaped text.
        // One retry with exactly that substitution, as the SDK does, and nothing else.
        if (content.Contains("\\/", StringComparison.Ordinal) && alipayVerifier.Verify(content.Replace("\\/", "/", StringComparison.Ordinal), sign))
        {
            return new AlipayResponseExtraction(
                AlipayResponseOutcome.Verified, rootNode, content, "The signature matches the node text with '\\/' read as '/'.");
        }

        return new AlipayResponseExtraction(AlipayResponseOutcome.SignatureInvalid, rootNode, content, "The signature does not match the node text.");
    }

    public AlipayResponseExtraction Extract(string method, string rawBody)
    {
        ArgumentNullException.ThrowIfNull(rawBody);
        return Extract(method, AlipayCharset.Utf8Strict.GetBytes(rawBody));
    }

    private static AlipayResponseExtraction Malformed(string detail) =>
        new(AlipayResponseOutcome.Malformed, null, null, detail);

    /// <summary>
    /// Records every top-level member with the byte range of its value, or says why the body is not
    /// a single well-formed JSON object.
    /// </summary>
    private static string? ReadTopLevelMembers(
        ReadOnlySpan<byte> body, List<(string Name, int Start, int End, JsonTokenType Kind, string? Text)> members)
    {
        var reader = new Utf8JsonReader(body, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Disallow });
        try
        {
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            {
                return "The body is not a JSON object.";
            }

            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var name = reader.GetString()!;
                reader.Read();
                var kind = reader.TokenType;
                var start = checked((int)reader.TokenStartIndex);
                var text = kind == JsonTokenType.String ? reader.GetString() : null;
                reader.Skip();
                members.Add((name, start, checked((int)reader.BytesConsumed), kind, text));
            }

            if (reader.Read())
            {
                return "The body has content after its JSON object.";
            }
        }
        catch (JsonException)
        {
            return "The body is not well-formed JSON.";
        }

        return null;
    }

    /// <summary>
    /// Only decides how to report an unsigned answer; nothing read here is trusted or returned.
    /// </summary>
    private static bool IsError(string rootNode, string content)
    {
        if (rootNode == ErrorRootNode)
        {
            return true;
        }

        using var document = JsonDocument.Parse(content);
        return !document.RootElement.TryGetProperty(CodeField, out var code)
            || code.ValueKind != JsonValueKind.String
            || code.GetString() != SuccessCode;
    }

    private static bool IsUtf8(ReadOnlySpan<byte> body)
    {
        try
        {
            AlipayCharset.Utf8Strict.GetCharCount(body);
            return true;
        }
        catch (DecoderFallbackException)
        {
            return false;
        }
    }
}
