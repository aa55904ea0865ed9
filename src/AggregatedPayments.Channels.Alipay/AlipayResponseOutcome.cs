namespace AggregatedPayments.Channels.Alipay;

/// <summary>
/// What a gateway answer proved. Only <see cref="Verified"/> content may be acted on; every other
/// outcome leaves the result of the call unknown (resolved by a query, never by a new request).
/// </summary>
public enum AlipayResponseOutcome
{
    /// <summary>The response node's exact text carries Alipay's signature.</summary>
    Verified,

    /// <summary>
    /// A signature is present and does not match, or a success answer came without one.
    /// </summary>
    SignatureInvalid,

    /// <summary>
    /// An error answer (<c>error_response</c>, or a code other than 10000) without a signature:
    /// gateway errors may be unsigned, so its content is a hint, not a proof.
    /// </summary>
    UnsignedError,

    /// <summary>
    /// The response node occurs twice at the top level; another parser might read the unsigned
    /// copy, so the whole answer is refused.
    /// </summary>
    DuplicateRootNode,

    /// <summary>Not well-formed JSON, no response node, or a node that is not an object.</summary>
    Malformed,
}
