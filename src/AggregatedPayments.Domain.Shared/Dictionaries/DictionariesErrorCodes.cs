using AggregatedPayments.Exceptions;

namespace AggregatedPayments.Dictionaries;

/// <summary>The error codes of the dictionaries; the first three were reserved in <see cref="ErrorCodes"/> with their texts.</summary>
public static class DictionariesErrorCodes
{
    public const string CodeAlreadyExists = ErrorCodes.DictionaryCodeAlreadyExists;
    public const string ItemCodeAlreadyExists = ErrorCodes.DictionaryItemCodeAlreadyExists;
    public const string ErrorEntryAlreadyExists = ErrorCodes.ErrorEntryAlreadyExists;

    public const string BuiltInCannotBeDeleted = "AP:Dictionaries:BuiltInCannotBeDeleted";
    public const string UnknownPlatformCode = "AP:Dictionaries:UnknownPlatformCode";
    public const string PlatformCodeInUse = "AP:Dictionaries:PlatformCodeInUse";
    public const string UnknownCurrency = "AP:Dictionaries:UnknownCurrency";
}
