using AggregatedPayments.AuditLogging;
using AggregatedPayments.Entities;
using AggregatedPayments.Exceptions;

namespace AggregatedPayments.Dictionaries;

/// <summary>
/// One code of the error dictionary. Without a channel it is a platform code: the platform's own
/// reason, with its message and flags. With a channel it maps that channel's error code onto a
/// platform code, with the flags classification reads for that channel's answer.
/// </summary>
[Audited]
public sealed class ErrorDictionaryEntry : AggregateRoot
{
    /// <summary>
    /// The stored channel of a platform entry. Empty rather than NULL: SQLite and MariaDB both let
    /// NULLs repeat in a unique index, so NULL would let two entries claim the same key.
    /// </summary>
    public const string NoChannel = "";

    private ErrorDictionaryEntry()
    {
    }

    internal ErrorDictionaryEntry(
        Guid id,
        string code,
        string? channelCode,
        string? channelErrorCode,
        string messageEn,
        string? messageZhHans,
        ErrorEntryFlags flags,
        bool isBuiltIn)
        : base(id)
    {
        Code = DictionaryGuard.Code(code, ErrorDictionaryConsts.CodePattern, nameof(Code));
        ChannelCode = ToStoredChannel(channelCode);
        if (ChannelCode == NoChannel)
        {
            if (!string.IsNullOrWhiteSpace(channelErrorCode))
            {
                throw new InvalidInputException(nameof(ChannelErrorCode), "An entry without channel is a platform code and has no channel error code.");
            }

            ChannelErrorCode = Code;
        }
        else
        {
            ChannelErrorCode = DictionaryGuard.Required(channelErrorCode, ErrorDictionaryConsts.MaxChannelErrorCodeLength, nameof(ChannelErrorCode));
        }

        IsBuiltIn = isBuiltIn;
        Set(messageEn, messageZhHans, flags);
    }

    /// <summary>The platform code this entry is or maps to.</summary>
    public string Code { get; private set; } = null!;

    /// <summary><see cref="NoChannel"/> for a platform entry, otherwise the channel's code.</summary>
    public string ChannelCode { get; private set; } = null!;

    /// <summary>
    /// The code as its source answers it: the channel's own error code, or for a platform entry the
    /// platform code itself. One unique index on (ChannelCode, ChannelErrorCode) then keeps both kinds
    /// unique, and one lookup finds both.
    /// </summary>
    public string ChannelErrorCode { get; private set; } = null!;

    public bool IsPlatformEntry => ChannelCode == NoChannel;

    public string MessageEn { get; private set; } = null!;

    public string? MessageZhHans { get; private set; }

    public bool IsRetryable { get; private set; }

    public bool IsFinal { get; private set; }

    public bool IsNeverAccepted { get; private set; }

    public ErrorEntryFlags Flags => new(IsRetryable, IsFinal, IsNeverAccepted);

    /// <summary>A seeded platform code that the platform's own code raises: editable, not deletable.</summary>
    public bool IsBuiltIn { get; private set; }

    /// <summary>Maps "no channel" (null, empty or blank) to the stored <see cref="NoChannel"/>; checks a real channel code.</summary>
    public static string ToStoredChannel(string? channelCode) =>
        string.IsNullOrWhiteSpace(channelCode)
            ? NoChannel
            : DictionaryGuard.Code(channelCode, ErrorDictionaryConsts.ChannelCodePattern, nameof(ChannelCode));

    public void Set(string messageEn, string? messageZhHans, ErrorEntryFlags flags)
    {
        var en = DictionaryGuard.Required(messageEn, ErrorDictionaryConsts.MaxMessageLength, nameof(MessageEn));
        var zh = DictionaryGuard.Optional(messageZhHans, ErrorDictionaryConsts.MaxMessageLength, nameof(MessageZhHans));
        flags.Validate();
        MessageEn = en;
        MessageZhHans = zh;
        (IsRetryable, IsFinal, IsNeverAccepted) = flags;
    }

    public void EnsureCanBeDeleted()
    {
        if (IsBuiltIn)
        {
            throw new BusinessException(DictionariesErrorCodes.BuiltInCannotBeDeleted).WithData("code", Code);
        }
    }
}
