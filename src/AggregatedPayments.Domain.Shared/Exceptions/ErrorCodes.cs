namespace AggregatedPayments.Exceptions;

/// <summary>
/// Every error code the platform answers with. Codes are part of the public API: never rename one;
/// each has a text under the same key in the localization files.
/// </summary>
public static class ErrorCodes
{
    public const string InternalError = "AP:InternalError";
    public const string ValidationFailed = "AP:ValidationFailed";
    public const string EntityNotFound = "AP:EntityNotFound";
    public const string Forbidden = "AP:Forbidden";
    public const string Unauthorized = "AP:Unauthorized";
    public const string DuplicateKey = "AP:DuplicateKey";
    public const string ConcurrencyConflict = "AP:ConcurrencyConflict";

    public const string CrossTenantWrite = "AP:MultiTenancy:CrossTenantWrite";
    public const string TenantHeaderNotAllowed = "AP:MultiTenancy:TenantHeaderNotAllowed";
    public const string TenantNotFound = "AP:MultiTenancy:TenantNotFound";

    public const string InvalidCredentials = "AP:Identity:InvalidCredentials";
    public const string UserLockedOut = "AP:Identity:UserLockedOut";
    public const string UserInactive = "AP:Identity:UserInactive";
    public const string MerchantSuspended = "AP:Identity:MerchantSuspended";
    public const string InvalidRefreshToken = "AP:Identity:InvalidRefreshToken";
    public const string RefreshTokenReused = "AP:Identity:RefreshTokenReused";
    public const string IdentityOperationFailed = "AP:Identity:OperationFailed";
    public const string CannotDeleteSelf = "AP:Identity:CannotDeleteSelf";
    public const string StaticRoleCannotBeDeleted = "AP:Identity:StaticRoleCannotBeDeleted";
    public const string StaticRolePermissionsFixed = "AP:Identity:StaticRolePermissionsFixed";
    public const string RoleNotFound = "AP:Identity:RoleNotFound";

    public const string MerchantCodeAlreadyExists = "AP:Merchants:CodeAlreadyExists";
    public const string InvalidTimeZone = "AP:Merchants:InvalidTimeZone";

    public const string UnknownPermission = "AP:Permissions:UnknownPermission";
    public const string PermissionNotForSide = "AP:Permissions:NotForSide";
    public const string ProhibitionOnlyForUsers = "AP:Permissions:ProhibitionOnlyForUsers";

    public const string UnknownSetting = "AP:Settings:UnknownSetting";
    public const string SettingNotForProvider = "AP:Settings:NotForProvider";
    public const string UnknownMenuItem = "AP:Menus:UnknownMenuItem";

    public const string EncryptionKeyInvalid = "AP:Encryption:KeyInvalid";
    public const string DecryptionFailed = "AP:Encryption:DecryptionFailed";

    public const string DictionaryCodeAlreadyExists = "AP:Dictionaries:CodeAlreadyExists";
    public const string DictionaryItemCodeAlreadyExists = "AP:Dictionaries:ItemCodeAlreadyExists";
    public const string ErrorEntryAlreadyExists = "AP:Dictionaries:ErrorEntryAlreadyExists";

    public const string RequestDenied = "AP:Interception:Denied";
    public const string RateLimited = "AP:Interception:RateLimited";
    public const string InvalidCidr = "AP:Interception:InvalidCidr";
    public const string InvalidPattern = "AP:Interception:InvalidPattern";

    public const string UnknownJobType = "AP:BackgroundJobs:UnknownJobType";
}
