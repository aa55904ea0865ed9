using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace AggregatedPayments.EntityFrameworkCore.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "ApiRequestNonces",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    KeyId = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Nonce = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    ExpiresAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ApiRequestNonces", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "AuditLogs",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TenantId = table.Column<Guid>(type: "TEXT", nullable: true),
                    UserId = table.Column<Guid>(type: "TEXT", nullable: true),
                    UserName = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    UserTenantId = table.Column<Guid>(type: "TEXT", nullable: true),
                    ImpersonatedTenantId = table.Column<Guid>(type: "TEXT", nullable: true),
                    ClientIp = table.Column<string>(type: "TEXT", maxLength: 45, nullable: true),
                    HttpMethod = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Url = table.Column<string>(type: "TEXT", maxLength: 512, nullable: false),
                    StatusCode = table.Column<int>(type: "INTEGER", nullable: false),
                    DurationMs = table.Column<long>(type: "INTEGER", nullable: false),
                    ErrorCode = table.Column<string>(type: "TEXT", maxLength: 128, nullable: true),
                    ErrorMessage = table.Column<string>(type: "TEXT", maxLength: 1024, nullable: true),
                    CorrelationId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    ExecutionTime = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AuditLogs", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "BackgroundJobs",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    JobName = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    ArgsJson = table.Column<string>(type: "TEXT", maxLength: 65536, nullable: false),
                    TenantId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Priority = table.Column<int>(type: "INTEGER", nullable: false),
                    TryCount = table.Column<int>(type: "INTEGER", nullable: false),
                    NextTryTime = table.Column<DateTime>(type: "TEXT", nullable: false),
                    LastTryTime = table.Column<DateTime>(type: "TEXT", nullable: true),
                    IsAbandoned = table.Column<bool>(type: "INTEGER", nullable: false),
                    LeaseOwner = table.Column<string>(type: "TEXT", maxLength: 128, nullable: true),
                    LeaseExpiresAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    LastError = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    CreationTime = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_BackgroundJobs", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Channels",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Code = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    Provider = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    SingleLimitMinor = table.Column<long>(type: "INTEGER", nullable: true),
                    DailyLimitMinor = table.Column<long>(type: "INTEGER", nullable: true),
                    Currencies = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    CreationTime = table.Column<DateTime>(type: "TEXT", nullable: false),
                    IsDeleted = table.Column<bool>(type: "INTEGER", nullable: false),
                    DeletionTime = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Channels", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "DataKeys",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    KeyId = table.Column<int>(type: "INTEGER", nullable: false),
                    WrappedKey = table.Column<byte[]>(type: "BLOB", maxLength: 60, nullable: false),
                    WrappingKeyId = table.Column<string>(type: "TEXT", fixedLength: true, maxLength: 16, nullable: false),
                    IsPrimary = table.Column<bool>(type: "INTEGER", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    CreationTime = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DataKeys", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ErrorDictionaryEntries",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Code = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    ChannelCode = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    ChannelErrorCode = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    MessageEn = table.Column<string>(type: "TEXT", maxLength: 512, nullable: false),
                    MessageZhHans = table.Column<string>(type: "TEXT", maxLength: 512, nullable: true),
                    IsRetryable = table.Column<bool>(type: "INTEGER", nullable: false),
                    IsFinal = table.Column<bool>(type: "INTEGER", nullable: false),
                    IsNeverAccepted = table.Column<bool>(type: "INTEGER", nullable: false),
                    IsBuiltIn = table.Column<bool>(type: "INTEGER", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    CreationTime = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ErrorDictionaryEntries", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "IdempotentRequests",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TenantId = table.Column<Guid>(type: "TEXT", nullable: true),
                    UserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Key = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    RequestHash = table.Column<string>(type: "TEXT", fixedLength: true, maxLength: 64, nullable: false),
                    StatusCode = table.Column<int>(type: "INTEGER", nullable: true),
                    ResponseBody = table.Column<string>(type: "TEXT", maxLength: 262144, nullable: true),
                    CreationTime = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_IdempotentRequests", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "InterceptionRules",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    Order = table.Column<int>(type: "INTEGER", nullable: false),
                    PathPattern = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    Methods = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    IpCidr = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    TenantId = table.Column<Guid>(type: "TEXT", nullable: true),
                    ApiClientId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    Action = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    PermitLimit = table.Column<int>(type: "INTEGER", nullable: true),
                    WindowSeconds = table.Column<int>(type: "INTEGER", nullable: true),
                    IsEnabled = table.Column<bool>(type: "INTEGER", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    CreationTime = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_InterceptionRules", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "LedgerBalances",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TenantId = table.Column<Guid>(type: "TEXT", nullable: true),
                    MerchantChannelId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Currency = table.Column<string>(type: "TEXT", fixedLength: true, maxLength: 3, nullable: false),
                    Available = table.Column<long>(type: "INTEGER", nullable: false),
                    Held = table.Column<long>(type: "INTEGER", nullable: false),
                    PaidOut = table.Column<long>(type: "INTEGER", nullable: false),
                    Fees = table.Column<long>(type: "INTEGER", nullable: false),
                    Adjustments = table.Column<long>(type: "INTEGER", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    CreationTime = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LedgerBalances", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "LedgerPostings",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TenantId = table.Column<Guid>(type: "TEXT", nullable: true),
                    MerchantChannelId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Currency = table.Column<string>(type: "TEXT", fixedLength: true, maxLength: 3, nullable: false),
                    DebitAccount = table.Column<string>(type: "TEXT", maxLength: 24, nullable: false),
                    CreditAccount = table.Column<string>(type: "TEXT", maxLength: 24, nullable: false),
                    AmountMinor = table.Column<long>(type: "INTEGER", nullable: false),
                    SourceId = table.Column<Guid>(type: "TEXT", nullable: false),
                    EventKind = table.Column<string>(type: "TEXT", maxLength: 24, nullable: false),
                    Time = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LedgerPostings", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "MenuItemOverrides",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TenantId = table.Column<Guid>(type: "TEXT", nullable: true),
                    MenuName = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    DisplayName = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    Order = table.Column<int>(type: "INTEGER", nullable: true),
                    IsHidden = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MenuItemOverrides", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "MerchantApiCredentials",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TenantId = table.Column<Guid>(type: "TEXT", nullable: true),
                    KeyId = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    SecretCiphertext = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    ExpiresAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    RevokedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    CreationTime = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MerchantApiCredentials", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "MerchantChannelDailyUsages",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TenantId = table.Column<Guid>(type: "TEXT", nullable: true),
                    MerchantChannelId = table.Column<Guid>(type: "TEXT", nullable: false),
                    DayStartUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UsedMinor = table.Column<long>(type: "INTEGER", nullable: false),
                    CreationTime = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MerchantChannelDailyUsages", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "MerchantNotifications",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TenantId = table.Column<Guid>(type: "TEXT", nullable: true),
                    OrderId = table.Column<Guid>(type: "TEXT", nullable: false),
                    EventType = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    EventVersion = table.Column<int>(type: "INTEGER", nullable: false),
                    Body = table.Column<string>(type: "TEXT", maxLength: 131072, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 24, nullable: false),
                    Round = table.Column<int>(type: "INTEGER", nullable: false),
                    RoundAttemptCount = table.Column<int>(type: "INTEGER", nullable: false),
                    AttemptCount = table.Column<int>(type: "INTEGER", nullable: false),
                    NextAttemptTime = table.Column<DateTime>(type: "TEXT", nullable: true),
                    LastAttemptTime = table.Column<DateTime>(type: "TEXT", nullable: true),
                    DeliveredTime = table.Column<DateTime>(type: "TEXT", nullable: true),
                    ResentBy = table.Column<string>(type: "TEXT", maxLength: 128, nullable: true),
                    ResentTime = table.Column<DateTime>(type: "TEXT", nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    CreationTime = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MerchantNotifications", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Merchants",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Code = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    LegalName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    ContactName = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    Phone = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    Email = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    Address = table.Column<string>(type: "TEXT", maxLength: 512, nullable: true),
                    LicenceNumber = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    PayoutPolicy = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: false),
                    TimeZone = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    CreationTime = table.Column<DateTime>(type: "TEXT", nullable: false),
                    IsDeleted = table.Column<bool>(type: "INTEGER", nullable: false),
                    DeletionTime = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Merchants", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "PayoutBatches",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TenantId = table.Column<Guid>(type: "TEXT", nullable: true),
                    MerchantChannelId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Currency = table.Column<string>(type: "TEXT", fixedLength: true, maxLength: 3, nullable: false),
                    BatchKey = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    RequestCiphertext = table.Column<string>(type: "TEXT", maxLength: 5592470, nullable: false),
                    ContentType = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    State = table.Column<string>(type: "TEXT", maxLength: 24, nullable: false),
                    FirstSentTime = table.Column<DateTime>(type: "TEXT", nullable: false),
                    LastQueryTime = table.Column<DateTime>(type: "TEXT", nullable: true),
                    NotFoundCount = table.Column<int>(type: "INTEGER", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    CreationTime = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PayoutBatches", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "PayoutOrders",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    AwaitingApproval = table.Column<bool>(type: "INTEGER", nullable: false),
                    TenantId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 24, nullable: false),
                    State = table.Column<string>(type: "TEXT", maxLength: 24, nullable: false),
                    Payee_AccountNumberCiphertext = table.Column<string>(type: "TEXT", maxLength: 310, nullable: false),
                    Payee_AccountNumberIndex = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Payee_MaskedAccountNumber = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Payee_AccountName = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    Payee_AccountType = table.Column<string>(type: "TEXT", maxLength: 24, nullable: false),
                    Payee_BankCode = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    Payee_BankName = table.Column<string>(type: "TEXT", maxLength: 128, nullable: true),
                    Payee_BranchName = table.Column<string>(type: "TEXT", maxLength: 128, nullable: true),
                    AmountMinor = table.Column<long>(type: "INTEGER", nullable: false),
                    Currency = table.Column<string>(type: "TEXT", fixedLength: true, maxLength: 3, nullable: false),
                    CurrentAttemptId = table.Column<Guid>(type: "TEXT", nullable: true),
                    NeedsManualReview = table.Column<bool>(type: "INTEGER", nullable: false),
                    ManualReviewReason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    CreationTime = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PayoutOrders", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "PayrollDataSources",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TenantId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Name = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    IsEnabled = table.Column<bool>(type: "INTEGER", nullable: false),
                    Url = table.Column<string>(type: "TEXT", maxLength: 2048, nullable: true),
                    PageSize = table.Column<int>(type: "INTEGER", nullable: false),
                    DatabaseHost = table.Column<string>(type: "TEXT", maxLength: 253, nullable: true),
                    DatabasePort = table.Column<int>(type: "INTEGER", nullable: true),
                    DatabaseName = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    DatabaseUser = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    DatabasePasswordCiphertext = table.Column<string>(type: "TEXT", maxLength: 566, nullable: true),
                    DatabaseRequireTls = table.Column<bool>(type: "INTEGER", nullable: false),
                    DatabaseTlsCaCertificatePem = table.Column<string>(type: "TEXT", maxLength: 16384, nullable: true),
                    DatabaseViewName = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    DatabaseStatementTimeoutSeconds = table.Column<int>(type: "INTEGER", nullable: true),
                    LastPullIntakeId = table.Column<Guid>(type: "TEXT", nullable: true),
                    LastPullTime = table.Column<DateTime>(type: "TEXT", nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    CreationTime = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PayrollDataSources", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "PayrollDiscardedItems",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TenantId = table.Column<Guid>(type: "TEXT", nullable: true),
                    DiscardId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ItemId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PayrollDiscardedItems", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "PayrollDiscards",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TenantId = table.Column<Guid>(type: "TEXT", nullable: true),
                    SelectionKind = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    RequestedBy = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    DiscardedCount = table.Column<int>(type: "INTEGER", nullable: false),
                    SkippedCount = table.Column<int>(type: "INTEGER", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    CreationTime = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PayrollDiscards", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "PayrollIntakeErrors",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TenantId = table.Column<Guid>(type: "TEXT", nullable: true),
                    IntakeId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Line = table.Column<long>(type: "INTEGER", nullable: false),
                    MerchantReference = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    Codes = table.Column<string>(type: "TEXT", maxLength: 512, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PayrollIntakeErrors", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "PayrollIntakes",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TenantId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Source = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    DataSourceId = table.Column<Guid>(type: "TEXT", nullable: true),
                    FileName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    FileSha256 = table.Column<string>(type: "TEXT", fixedLength: true, maxLength: 64, nullable: true),
                    RequestedBy = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    EndTime = table.Column<DateTime>(type: "TEXT", nullable: true),
                    ReadCount = table.Column<long>(type: "INTEGER", nullable: false),
                    CreatedCount = table.Column<long>(type: "INTEGER", nullable: false),
                    UnchangedCount = table.Column<long>(type: "INTEGER", nullable: false),
                    ReplacedCount = table.Column<long>(type: "INTEGER", nullable: false),
                    InvalidCount = table.Column<long>(type: "INTEGER", nullable: false),
                    ConflictCount = table.Column<long>(type: "INTEGER", nullable: false),
                    CancelRequested = table.Column<bool>(type: "INTEGER", nullable: false),
                    Failure = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    CreationTime = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PayrollIntakes", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "PayrollItems",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TenantId = table.Column<Guid>(type: "TEXT", nullable: true),
                    IntakeId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Source = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    SourceLine = table.Column<long>(type: "INTEGER", nullable: false),
                    MerchantReference = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    PayeeName = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    AccountType = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    AccountNumberCiphertext = table.Column<string>(type: "TEXT", maxLength: 310, nullable: false),
                    AccountNumberIndex = table.Column<string>(type: "TEXT", fixedLength: true, maxLength: 64, nullable: false),
                    AccountNumberMasked = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    BankCode = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    AmountMinor = table.Column<long>(type: "INTEGER", nullable: false),
                    Currency = table.Column<string>(type: "TEXT", fixedLength: true, maxLength: 3, nullable: false),
                    Purpose = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    Remark = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    ContentHash = table.Column<string>(type: "TEXT", fixedLength: true, maxLength: 64, nullable: false),
                    IsValid = table.Column<bool>(type: "INTEGER", nullable: false),
                    ValidationErrors = table.Column<string>(type: "TEXT", maxLength: 512, nullable: true),
                    Status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    OrderId = table.Column<Guid>(type: "TEXT", nullable: true),
                    SubmittedTime = table.Column<DateTime>(type: "TEXT", nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    CreationTime = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PayrollItems", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "PayrollSubmissionFailures",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TenantId = table.Column<Guid>(type: "TEXT", nullable: true),
                    SubmissionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    GroupNumber = table.Column<int>(type: "INTEGER", nullable: false),
                    OrderId = table.Column<Guid>(type: "TEXT", nullable: true),
                    ItemCount = table.Column<int>(type: "INTEGER", nullable: false),
                    AmountMinor = table.Column<long>(type: "INTEGER", nullable: false),
                    Currency = table.Column<string>(type: "TEXT", fixedLength: true, maxLength: 3, nullable: false),
                    Code = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PayrollSubmissionFailures", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "PayrollSubmissionItems",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TenantId = table.Column<Guid>(type: "TEXT", nullable: true),
                    SubmissionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ChunkNumber = table.Column<int>(type: "INTEGER", nullable: false),
                    GroupNumber = table.Column<int>(type: "INTEGER", nullable: false),
                    ItemId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PayrollSubmissionItems", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "PayrollSubmissions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TenantId = table.Column<Guid>(type: "TEXT", nullable: true),
                    SelectionKind = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    MerchantChannelId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Aggregate = table.Column<bool>(type: "INTEGER", nullable: false),
                    RequestedBy = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    RequestedByUserId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    ItemCount = table.Column<int>(type: "INTEGER", nullable: false),
                    PlannedOrderCount = table.Column<int>(type: "INTEGER", nullable: false),
                    ChunkCount = table.Column<int>(type: "INTEGER", nullable: false),
                    NextChunk = table.Column<int>(type: "INTEGER", nullable: false),
                    SubmittedItemCount = table.Column<int>(type: "INTEGER", nullable: false),
                    OrderCount = table.Column<int>(type: "INTEGER", nullable: false),
                    StartedCount = table.Column<int>(type: "INTEGER", nullable: false),
                    AwaitingApprovalCount = table.Column<int>(type: "INTEGER", nullable: false),
                    FailedToStartCount = table.Column<int>(type: "INTEGER", nullable: false),
                    SkippedInvalid = table.Column<int>(type: "INTEGER", nullable: false),
                    SkippedAlreadySubmitted = table.Column<int>(type: "INTEGER", nullable: false),
                    SkippedDiscarded = table.Column<int>(type: "INTEGER", nullable: false),
                    SkippedNotFound = table.Column<int>(type: "INTEGER", nullable: false),
                    SkippedAboveLimit = table.Column<int>(type: "INTEGER", nullable: false),
                    EndTime = table.Column<DateTime>(type: "TEXT", nullable: true),
                    Failure = table.Column<string>(type: "TEXT", maxLength: 128, nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    CreationTime = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PayrollSubmissions", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "PermissionGrants",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TenantId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Grantee = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    GranteeId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    IsProhibition = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PermissionGrants", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "RefreshTokens",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TenantId = table.Column<Guid>(type: "TEXT", nullable: true),
                    UserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    FamilyId = table.Column<Guid>(type: "TEXT", nullable: false),
                    TokenHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ExpiresAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UsedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    RevokedAt = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RefreshTokens", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Roles",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TenantId = table.Column<Guid>(type: "TEXT", nullable: true),
                    IsStatic = table.Column<bool>(type: "INTEGER", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    NormalizedName = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    ConcurrencyStamp = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Roles", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ServiceDictionaries",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Code = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    NameEn = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    NameZhHans = table.Column<string>(type: "TEXT", maxLength: 128, nullable: true),
                    Description = table.Column<string>(type: "TEXT", maxLength: 512, nullable: true),
                    IsActive = table.Column<bool>(type: "INTEGER", nullable: false),
                    IsBuiltIn = table.Column<bool>(type: "INTEGER", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    CreationTime = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ServiceDictionaries", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "SettingValues",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TenantId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Name = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    Level = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    ProviderKey = table.Column<Guid>(type: "TEXT", nullable: false),
                    Value = table.Column<string>(type: "TEXT", maxLength: 4150, nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    CreationTime = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SettingValues", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Users",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TenantId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Name = table.Column<string>(type: "TEXT", maxLength: 128, nullable: true),
                    IsActive = table.Column<bool>(type: "INTEGER", nullable: false),
                    CreationTime = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UserName = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    NormalizedUserName = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    Email = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    NormalizedEmail = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    EmailConfirmed = table.Column<bool>(type: "INTEGER", nullable: false),
                    PasswordHash = table.Column<string>(type: "TEXT", nullable: true),
                    SecurityStamp = table.Column<string>(type: "TEXT", nullable: true),
                    ConcurrencyStamp = table.Column<string>(type: "TEXT", nullable: true),
                    PhoneNumber = table.Column<string>(type: "TEXT", nullable: true),
                    PhoneNumberConfirmed = table.Column<bool>(type: "INTEGER", nullable: false),
                    TwoFactorEnabled = table.Column<bool>(type: "INTEGER", nullable: false),
                    LockoutEnd = table.Column<DateTimeOffset>(type: "TEXT", nullable: true),
                    LockoutEnabled = table.Column<bool>(type: "INTEGER", nullable: false),
                    AccessFailedCount = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Users", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "AuditLogEntityChanges",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    EntityType = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    EntityId = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    ChangeType = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    PropertyChanges = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    IsRolledBack = table.Column<bool>(type: "INTEGER", nullable: false),
                    AuditLogId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AuditLogEntityChanges", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AuditLogEntityChanges_AuditLogs_AuditLogId",
                        column: x => x.AuditLogId,
                        principalTable: "AuditLogs",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ChannelFunctions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Function = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Address = table.Column<string>(type: "TEXT", maxLength: 512, nullable: true),
                    IsEnabled = table.Column<bool>(type: "INTEGER", nullable: false),
                    ChannelId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ChannelFunctions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ChannelFunctions_Channels_ChannelId",
                        column: x => x.ChannelId,
                        principalTable: "Channels",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ChannelParameters",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Name = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Value = table.Column<string>(type: "TEXT", maxLength: 8192, nullable: false),
                    IsEncrypted = table.Column<bool>(type: "INTEGER", nullable: false),
                    ChannelId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ChannelParameters", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ChannelParameters_Channels_ChannelId",
                        column: x => x.ChannelId,
                        principalTable: "Channels",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "MerchantChannels",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TenantId = table.Column<Guid>(type: "TEXT", nullable: true),
                    ChannelId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Functions = table.Column<int>(type: "INTEGER", nullable: false),
                    Priority = table.Column<int>(type: "INTEGER", nullable: false),
                    Weight = table.Column<int>(type: "INTEGER", nullable: false),
                    SingleLimitMinor = table.Column<long>(type: "INTEGER", nullable: true),
                    DailyLimitMinor = table.Column<long>(type: "INTEGER", nullable: true),
                    TradingStart = table.Column<TimeOnly>(type: "TEXT", nullable: true),
                    TradingEnd = table.Column<TimeOnly>(type: "TEXT", nullable: true),
                    Status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    CreationTime = table.Column<DateTime>(type: "TEXT", nullable: false),
                    IsDeleted = table.Column<bool>(type: "INTEGER", nullable: false),
                    DeletionTime = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MerchantChannels", x => x.Id);
                    table.ForeignKey(
                        name: "FK_MerchantChannels_Channels_ChannelId",
                        column: x => x.ChannelId,
                        principalTable: "Channels",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "MerchantNotificationAttempts",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TenantId = table.Column<Guid>(type: "TEXT", nullable: true),
                    NotificationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Round = table.Column<int>(type: "INTEGER", nullable: false),
                    Number = table.Column<int>(type: "INTEGER", nullable: false),
                    Time = table.Column<DateTime>(type: "TEXT", nullable: false),
                    KeyId = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    HttpStatus = table.Column<int>(type: "INTEGER", nullable: true),
                    ErrorKind = table.Column<string>(type: "TEXT", maxLength: 24, nullable: true),
                    LatencyMs = table.Column<long>(type: "INTEGER", nullable: false),
                    ResponseExcerpt = table.Column<string>(type: "TEXT", maxLength: 1024, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MerchantNotificationAttempts", x => x.Id);
                    table.ForeignKey(
                        name: "FK_MerchantNotificationAttempts_MerchantNotifications_NotificationId",
                        column: x => x.NotificationId,
                        principalTable: "MerchantNotifications",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "PayoutBatchItems",
                columns: table => new
                {
                    AttemptId = table.Column<Guid>(type: "TEXT", nullable: false),
                    BatchId = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrderId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ItemKey = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    AmountMinor = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PayoutBatchItems", x => new { x.BatchId, x.AttemptId });
                    table.ForeignKey(
                        name: "FK_PayoutBatchItems_PayoutBatches_BatchId",
                        column: x => x.BatchId,
                        principalTable: "PayoutBatches",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "PayoutApprovals",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TenantId = table.Column<Guid>(type: "TEXT", nullable: true),
                    OrderId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ContentHash = table.Column<string>(type: "TEXT", fixedLength: true, maxLength: 64, nullable: false),
                    AmountMinor = table.Column<long>(type: "INTEGER", nullable: false),
                    Currency = table.Column<string>(type: "TEXT", fixedLength: true, maxLength: 3, nullable: false),
                    Cause = table.Column<string>(type: "TEXT", maxLength: 24, nullable: false),
                    ThresholdMinor = table.Column<long>(type: "INTEGER", nullable: false),
                    DayTotalMinor = table.Column<long>(type: "INTEGER", nullable: true),
                    MerchantChannelId = table.Column<Guid>(type: "TEXT", nullable: true),
                    RequestedBy = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    RequestedByUserId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Status = table.Column<string>(type: "TEXT", maxLength: 24, nullable: false),
                    DecidedBy = table.Column<string>(type: "TEXT", maxLength: 128, nullable: true),
                    DecidedByUserId = table.Column<Guid>(type: "TEXT", nullable: true),
                    DecisionReason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    DecisionTime = table.Column<DateTime>(type: "TEXT", nullable: true),
                    VoidedBy = table.Column<string>(type: "TEXT", maxLength: 128, nullable: true),
                    VoidReason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    VoidTime = table.Column<DateTime>(type: "TEXT", nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    CreationTime = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PayoutApprovals", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PayoutApprovals_PayoutOrders_OrderId",
                        column: x => x.OrderId,
                        principalTable: "PayoutOrders",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "PayoutAttempts",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TenantId = table.Column<Guid>(type: "TEXT", nullable: true),
                    OrderId = table.Column<Guid>(type: "TEXT", nullable: false),
                    MerchantChannelId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ChannelKey = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    RequestCiphertext = table.Column<string>(type: "TEXT", maxLength: 87446, nullable: false),
                    ContentType = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    AmountMinor = table.Column<long>(type: "INTEGER", nullable: false),
                    Currency = table.Column<string>(type: "TEXT", fixedLength: true, maxLength: 3, nullable: false),
                    State = table.Column<string>(type: "TEXT", maxLength: 24, nullable: false),
                    ProviderReference = table.Column<string>(type: "TEXT", maxLength: 128, nullable: true),
                    FirstSentTime = table.Column<DateTime>(type: "TEXT", nullable: true),
                    LastQueryTime = table.Column<DateTime>(type: "TEXT", nullable: true),
                    FeeMinor = table.Column<long>(type: "INTEGER", nullable: true),
                    ProviderErrorCode = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    ProviderErrorSubCode = table.Column<string>(type: "TEXT", maxLength: 128, nullable: true),
                    CreationTime = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Routing = table.Column<string>(type: "TEXT", maxLength: 24, nullable: false),
                    NextCheckTime = table.Column<DateTime>(type: "TEXT", nullable: true),
                    PendingJobId = table.Column<Guid>(type: "TEXT", nullable: true),
                    QueryCount = table.Column<int>(type: "INTEGER", nullable: false),
                    NotFoundCount = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PayoutAttempts", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PayoutAttempts_PayoutOrders_OrderId",
                        column: x => x.OrderId,
                        principalTable: "PayoutOrders",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "PayoutLines",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TenantId = table.Column<Guid>(type: "TEXT", nullable: true),
                    OrderId = table.Column<Guid>(type: "TEXT", nullable: false),
                    LineNumber = table.Column<int>(type: "INTEGER", nullable: false),
                    MerchantReference = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    AmountMinor = table.Column<long>(type: "INTEGER", nullable: false),
                    Currency = table.Column<string>(type: "TEXT", fixedLength: true, maxLength: 3, nullable: false),
                    Purpose = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    Remark = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    ContentHash = table.Column<string>(type: "TEXT", fixedLength: true, maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PayoutLines", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PayoutLines_PayoutOrders_OrderId",
                        column: x => x.OrderId,
                        principalTable: "PayoutOrders",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "PayoutStateChanges",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TenantId = table.Column<Guid>(type: "TEXT", nullable: true),
                    OrderId = table.Column<Guid>(type: "TEXT", nullable: false),
                    AttemptId = table.Column<Guid>(type: "TEXT", nullable: true),
                    From = table.Column<string>(type: "TEXT", maxLength: 24, nullable: false),
                    To = table.Column<string>(type: "TEXT", maxLength: 24, nullable: false),
                    IsIgnored = table.Column<bool>(type: "INTEGER", nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    Actor = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    Time = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PayoutStateChanges", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PayoutStateChanges_PayoutOrders_OrderId",
                        column: x => x.OrderId,
                        principalTable: "PayoutOrders",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "RoleClaims",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    RoleId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ClaimType = table.Column<string>(type: "TEXT", nullable: true),
                    ClaimValue = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RoleClaims", x => x.Id);
                    table.ForeignKey(
                        name: "FK_RoleClaims_Roles_RoleId",
                        column: x => x.RoleId,
                        principalTable: "Roles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "DictionaryItems",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    DictionaryId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Code = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    NameEn = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    NameZhHans = table.Column<string>(type: "TEXT", maxLength: 128, nullable: true),
                    SortOrder = table.Column<int>(type: "INTEGER", nullable: false),
                    IsActive = table.Column<bool>(type: "INTEGER", nullable: false),
                    Extra = table.Column<string>(type: "TEXT", maxLength: 2048, nullable: true),
                    IsBuiltIn = table.Column<bool>(type: "INTEGER", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    CreationTime = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DictionaryItems", x => x.Id);
                    table.ForeignKey(
                        name: "FK_DictionaryItems_ServiceDictionaries_DictionaryId",
                        column: x => x.DictionaryId,
                        principalTable: "ServiceDictionaries",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "UserClaims",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    UserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ClaimType = table.Column<string>(type: "TEXT", nullable: true),
                    ClaimValue = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_UserClaims", x => x.Id);
                    table.ForeignKey(
                        name: "FK_UserClaims_Users_UserId",
                        column: x => x.UserId,
                        principalTable: "Users",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "UserLogins",
                columns: table => new
                {
                    LoginProvider = table.Column<string>(type: "TEXT", nullable: false),
                    ProviderKey = table.Column<string>(type: "TEXT", nullable: false),
                    ProviderDisplayName = table.Column<string>(type: "TEXT", nullable: true),
                    UserId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_UserLogins", x => new { x.LoginProvider, x.ProviderKey });
                    table.ForeignKey(
                        name: "FK_UserLogins_Users_UserId",
                        column: x => x.UserId,
                        principalTable: "Users",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "UserRoles",
                columns: table => new
                {
                    UserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    RoleId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_UserRoles", x => new { x.UserId, x.RoleId });
                    table.ForeignKey(
                        name: "FK_UserRoles_Roles_RoleId",
                        column: x => x.RoleId,
                        principalTable: "Roles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_UserRoles_Users_UserId",
                        column: x => x.UserId,
                        principalTable: "Users",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "UserTokens",
                columns: table => new
                {
                    UserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    LoginProvider = table.Column<string>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", nullable: false),
                    Value = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_UserTokens", x => new { x.UserId, x.LoginProvider, x.Name });
                    table.ForeignKey(
                        name: "FK_UserTokens_Users_UserId",
                        column: x => x.UserId,
                        principalTable: "Users",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ChannelCallbacks",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TenantId = table.Column<Guid>(type: "TEXT", nullable: true),
                    MerchantChannelId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Fingerprint = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    IsVerified = table.Column<bool>(type: "INTEGER", nullable: false),
                    Key = table.Column<string>(type: "TEXT", maxLength: 128, nullable: true),
                    ProviderReference = table.Column<string>(type: "TEXT", maxLength: 128, nullable: true),
                    ClaimedState = table.Column<string>(type: "TEXT", maxLength: 16, nullable: true),
                    ClaimedAmountMinor = table.Column<long>(type: "INTEGER", nullable: true),
                    ClaimedCurrency = table.Column<string>(type: "TEXT", maxLength: 3, nullable: true),
                    FailureCode = table.Column<string>(type: "TEXT", maxLength: 128, nullable: true),
                    FirstReceivedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    LastReceivedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    TimesReceived = table.Column<int>(type: "INTEGER", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    CreationTime = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ChannelCallbacks", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ChannelCallbacks_MerchantChannels_MerchantChannelId",
                        column: x => x.MerchantChannelId,
                        principalTable: "MerchantChannels",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "MerchantChannelParameters",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Name = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Value = table.Column<string>(type: "TEXT", maxLength: 8192, nullable: false),
                    IsEncrypted = table.Column<bool>(type: "INTEGER", nullable: false),
                    MerchantChannelId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MerchantChannelParameters", x => x.Id);
                    table.ForeignKey(
                        name: "FK_MerchantChannelParameters_MerchantChannels_MerchantChannelId",
                        column: x => x.MerchantChannelId,
                        principalTable: "MerchantChannels",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "MerchantWithdrawalCards",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TenantId = table.Column<Guid>(type: "TEXT", nullable: true),
                    MerchantChannelId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ActiveMerchantChannelId = table.Column<Guid>(type: "TEXT", nullable: true),
                    PendingMerchantChannelId = table.Column<Guid>(type: "TEXT", nullable: true),
                    AccountNumberCiphertext = table.Column<string>(type: "TEXT", maxLength: 310, nullable: false),
                    AccountNumberIndex = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    MaskedAccountNumber = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    AccountName = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    BankCode = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    BankName = table.Column<string>(type: "TEXT", maxLength: 128, nullable: true),
                    Status = table.Column<string>(type: "TEXT", maxLength: 24, nullable: false),
                    RequestedBy = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    RequestedByUserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    DecidedBy = table.Column<string>(type: "TEXT", maxLength: 128, nullable: true),
                    DecidedByUserId = table.Column<Guid>(type: "TEXT", nullable: true),
                    DecisionReason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    DecisionTime = table.Column<DateTime>(type: "TEXT", nullable: true),
                    SupersededTime = table.Column<DateTime>(type: "TEXT", nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    CreationTime = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MerchantWithdrawalCards", x => x.Id);
                    table.ForeignKey(
                        name: "FK_MerchantWithdrawalCards_MerchantChannels_MerchantChannelId",
                        column: x => x.MerchantChannelId,
                        principalTable: "MerchantChannels",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ApiRequestNonces_ExpiresAt",
                table: "ApiRequestNonces",
                column: "ExpiresAt");

            migrationBuilder.CreateIndex(
                name: "IX_ApiRequestNonces_KeyId_Nonce",
                table: "ApiRequestNonces",
                columns: new[] { "KeyId", "Nonce" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_AuditLogEntityChanges_AuditLogId",
                table: "AuditLogEntityChanges",
                column: "AuditLogId");

            migrationBuilder.CreateIndex(
                name: "IX_AuditLogEntityChanges_EntityType_EntityId",
                table: "AuditLogEntityChanges",
                columns: new[] { "EntityType", "EntityId" });

            migrationBuilder.CreateIndex(
                name: "IX_AuditLogs_ExecutionTime",
                table: "AuditLogs",
                column: "ExecutionTime");

            migrationBuilder.CreateIndex(
                name: "IX_AuditLogs_TenantId",
                table: "AuditLogs",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_AuditLogs_TenantId_ExecutionTime",
                table: "AuditLogs",
                columns: new[] { "TenantId", "ExecutionTime" });

            migrationBuilder.CreateIndex(
                name: "IX_AuditLogs_UserId",
                table: "AuditLogs",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_BackgroundJobs_IsAbandoned_NextTryTime",
                table: "BackgroundJobs",
                columns: new[] { "IsAbandoned", "NextTryTime" });

            migrationBuilder.CreateIndex(
                name: "IX_ChannelCallbacks_MerchantChannelId_Fingerprint",
                table: "ChannelCallbacks",
                columns: new[] { "MerchantChannelId", "Fingerprint" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ChannelCallbacks_MerchantChannelId_Key",
                table: "ChannelCallbacks",
                columns: new[] { "MerchantChannelId", "Key" });

            migrationBuilder.CreateIndex(
                name: "IX_ChannelCallbacks_TenantId",
                table: "ChannelCallbacks",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_ChannelFunctions_ChannelId",
                table: "ChannelFunctions",
                column: "ChannelId");

            migrationBuilder.CreateIndex(
                name: "IX_ChannelParameters_ChannelId",
                table: "ChannelParameters",
                column: "ChannelId");

            migrationBuilder.CreateIndex(
                name: "IX_Channels_Code",
                table: "Channels",
                column: "Code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_DataKeys_KeyId",
                table: "DataKeys",
                column: "KeyId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_DictionaryItems_DictionaryId_Code",
                table: "DictionaryItems",
                columns: new[] { "DictionaryId", "Code" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ErrorDictionaryEntries_ChannelCode_ChannelErrorCode",
                table: "ErrorDictionaryEntries",
                columns: new[] { "ChannelCode", "ChannelErrorCode" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ErrorDictionaryEntries_Code",
                table: "ErrorDictionaryEntries",
                column: "Code");

            migrationBuilder.CreateIndex(
                name: "IX_IdempotentRequests_CreationTime",
                table: "IdempotentRequests",
                column: "CreationTime");

            migrationBuilder.CreateIndex(
                name: "IX_IdempotentRequests_TenantId",
                table: "IdempotentRequests",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_IdempotentRequests_TenantId_UserId_Key",
                table: "IdempotentRequests",
                columns: new[] { "TenantId", "UserId", "Key" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_InterceptionRules_Order_Id",
                table: "InterceptionRules",
                columns: new[] { "Order", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_LedgerBalances_TenantId",
                table: "LedgerBalances",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_LedgerBalances_TenantId_MerchantChannelId_Currency",
                table: "LedgerBalances",
                columns: new[] { "TenantId", "MerchantChannelId", "Currency" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_LedgerPostings_SourceId_EventKind",
                table: "LedgerPostings",
                columns: new[] { "SourceId", "EventKind" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_LedgerPostings_TenantId",
                table: "LedgerPostings",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_LedgerPostings_TenantId_MerchantChannelId_Currency_Time",
                table: "LedgerPostings",
                columns: new[] { "TenantId", "MerchantChannelId", "Currency", "Time" });

            migrationBuilder.CreateIndex(
                name: "IX_MenuItemOverrides_TenantId",
                table: "MenuItemOverrides",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_MenuItemOverrides_TenantId_MenuName",
                table: "MenuItemOverrides",
                columns: new[] { "TenantId", "MenuName" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_MerchantApiCredentials_KeyId",
                table: "MerchantApiCredentials",
                column: "KeyId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_MerchantApiCredentials_TenantId",
                table: "MerchantApiCredentials",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_MerchantChannelDailyUsages_TenantId",
                table: "MerchantChannelDailyUsages",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_MerchantChannelDailyUsages_TenantId_MerchantChannelId_DayStartUtc",
                table: "MerchantChannelDailyUsages",
                columns: new[] { "TenantId", "MerchantChannelId", "DayStartUtc" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_MerchantChannelParameters_MerchantChannelId",
                table: "MerchantChannelParameters",
                column: "MerchantChannelId");

            migrationBuilder.CreateIndex(
                name: "IX_MerchantChannels_ChannelId",
                table: "MerchantChannels",
                column: "ChannelId");

            migrationBuilder.CreateIndex(
                name: "IX_MerchantChannels_TenantId",
                table: "MerchantChannels",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_MerchantChannels_TenantId_ChannelId",
                table: "MerchantChannels",
                columns: new[] { "TenantId", "ChannelId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_MerchantNotificationAttempts_NotificationId_Round_Number",
                table: "MerchantNotificationAttempts",
                columns: new[] { "NotificationId", "Round", "Number" });

            migrationBuilder.CreateIndex(
                name: "IX_MerchantNotificationAttempts_TenantId",
                table: "MerchantNotificationAttempts",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_MerchantNotifications_OrderId_EventVersion_EventType",
                table: "MerchantNotifications",
                columns: new[] { "OrderId", "EventVersion", "EventType" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_MerchantNotifications_TenantId",
                table: "MerchantNotifications",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_MerchantNotifications_TenantId_CreationTime_Id",
                table: "MerchantNotifications",
                columns: new[] { "TenantId", "CreationTime", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_MerchantNotifications_TenantId_Status_CreationTime",
                table: "MerchantNotifications",
                columns: new[] { "TenantId", "Status", "CreationTime" });

            migrationBuilder.CreateIndex(
                name: "IX_Merchants_Code",
                table: "Merchants",
                column: "Code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_MerchantWithdrawalCards_ActiveMerchantChannelId",
                table: "MerchantWithdrawalCards",
                column: "ActiveMerchantChannelId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_MerchantWithdrawalCards_MerchantChannelId",
                table: "MerchantWithdrawalCards",
                column: "MerchantChannelId");

            migrationBuilder.CreateIndex(
                name: "IX_MerchantWithdrawalCards_PendingMerchantChannelId",
                table: "MerchantWithdrawalCards",
                column: "PendingMerchantChannelId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_MerchantWithdrawalCards_TenantId",
                table: "MerchantWithdrawalCards",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_MerchantWithdrawalCards_TenantId_MerchantChannelId_CreationTime",
                table: "MerchantWithdrawalCards",
                columns: new[] { "TenantId", "MerchantChannelId", "CreationTime" });

            migrationBuilder.CreateIndex(
                name: "IX_PayoutApprovals_OrderId_Status",
                table: "PayoutApprovals",
                columns: new[] { "OrderId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_PayoutApprovals_TenantId",
                table: "PayoutApprovals",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_PayoutApprovals_TenantId_Status_CreationTime_Id",
                table: "PayoutApprovals",
                columns: new[] { "TenantId", "Status", "CreationTime", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_PayoutAttempts_MerchantChannelId_ChannelKey",
                table: "PayoutAttempts",
                columns: new[] { "MerchantChannelId", "ChannelKey" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PayoutAttempts_MerchantChannelId_State_FirstSentTime_CreationTime",
                table: "PayoutAttempts",
                columns: new[] { "MerchantChannelId", "State", "FirstSentTime", "CreationTime" });

            migrationBuilder.CreateIndex(
                name: "IX_PayoutAttempts_NextCheckTime_Id",
                table: "PayoutAttempts",
                columns: new[] { "NextCheckTime", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_PayoutAttempts_OrderId",
                table: "PayoutAttempts",
                column: "OrderId");

            migrationBuilder.CreateIndex(
                name: "IX_PayoutAttempts_TenantId",
                table: "PayoutAttempts",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_PayoutAttempts_TenantId_State_CreationTime",
                table: "PayoutAttempts",
                columns: new[] { "TenantId", "State", "CreationTime" });

            migrationBuilder.CreateIndex(
                name: "IX_PayoutBatches_MerchantChannelId_BatchKey",
                table: "PayoutBatches",
                columns: new[] { "MerchantChannelId", "BatchKey" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PayoutBatches_TenantId",
                table: "PayoutBatches",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_PayoutBatchItems_AttemptId",
                table: "PayoutBatchItems",
                column: "AttemptId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PayoutLines_OrderId",
                table: "PayoutLines",
                column: "OrderId");

            migrationBuilder.CreateIndex(
                name: "IX_PayoutLines_TenantId",
                table: "PayoutLines",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_PayoutLines_TenantId_MerchantReference",
                table: "PayoutLines",
                columns: new[] { "TenantId", "MerchantReference" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PayoutOrders_ApprovalDailySum",
                table: "PayoutOrders",
                columns: new[] { "TenantId", "Currency", "CreationTime", "State", "AwaitingApproval", "AmountMinor" });

            migrationBuilder.CreateIndex(
                name: "IX_PayoutOrders_TenantId",
                table: "PayoutOrders",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_PayoutOrders_TenantId_CreationTime_Id",
                table: "PayoutOrders",
                columns: new[] { "TenantId", "CreationTime", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_PayoutOrders_TenantId_State_CreationTime",
                table: "PayoutOrders",
                columns: new[] { "TenantId", "State", "CreationTime" });

            migrationBuilder.CreateIndex(
                name: "IX_PayoutStateChanges_OrderId_Time",
                table: "PayoutStateChanges",
                columns: new[] { "OrderId", "Time" });

            migrationBuilder.CreateIndex(
                name: "IX_PayoutStateChanges_TenantId",
                table: "PayoutStateChanges",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_PayrollDataSources_TenantId",
                table: "PayrollDataSources",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_PayrollDataSources_TenantId_Name",
                table: "PayrollDataSources",
                columns: new[] { "TenantId", "Name" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PayrollDiscardedItems_TenantId",
                table: "PayrollDiscardedItems",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_PayrollDiscardedItems_TenantId_DiscardId",
                table: "PayrollDiscardedItems",
                columns: new[] { "TenantId", "DiscardId" });

            migrationBuilder.CreateIndex(
                name: "IX_PayrollDiscardedItems_TenantId_ItemId",
                table: "PayrollDiscardedItems",
                columns: new[] { "TenantId", "ItemId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PayrollDiscards_TenantId",
                table: "PayrollDiscards",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_PayrollDiscards_TenantId_CreationTime",
                table: "PayrollDiscards",
                columns: new[] { "TenantId", "CreationTime" });

            migrationBuilder.CreateIndex(
                name: "IX_PayrollIntakeErrors_TenantId",
                table: "PayrollIntakeErrors",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_PayrollIntakeErrors_TenantId_IntakeId_Line",
                table: "PayrollIntakeErrors",
                columns: new[] { "TenantId", "IntakeId", "Line" });

            migrationBuilder.CreateIndex(
                name: "IX_PayrollIntakes_TenantId",
                table: "PayrollIntakes",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_PayrollIntakes_TenantId_CreationTime_Id",
                table: "PayrollIntakes",
                columns: new[] { "TenantId", "CreationTime", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_PayrollIntakes_TenantId_FileSha256",
                table: "PayrollIntakes",
                columns: new[] { "TenantId", "FileSha256" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PayrollItems_TenantId",
                table: "PayrollItems",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_PayrollItems_TenantId_IntakeId",
                table: "PayrollItems",
                columns: new[] { "TenantId", "IntakeId" });

            migrationBuilder.CreateIndex(
                name: "IX_PayrollItems_TenantId_MerchantReference",
                table: "PayrollItems",
                columns: new[] { "TenantId", "MerchantReference" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PayrollItems_TenantId_Status_AccountNumberIndex",
                table: "PayrollItems",
                columns: new[] { "TenantId", "Status", "AccountNumberIndex" });

            migrationBuilder.CreateIndex(
                name: "IX_PayrollItems_TenantId_Status_IsValid_CreationTime_Id",
                table: "PayrollItems",
                columns: new[] { "TenantId", "Status", "IsValid", "CreationTime", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_PayrollSubmissionFailures_TenantId",
                table: "PayrollSubmissionFailures",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_PayrollSubmissionFailures_TenantId_SubmissionId_GroupNumber",
                table: "PayrollSubmissionFailures",
                columns: new[] { "TenantId", "SubmissionId", "GroupNumber" });

            migrationBuilder.CreateIndex(
                name: "IX_PayrollSubmissionItems_TenantId",
                table: "PayrollSubmissionItems",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_PayrollSubmissionItems_TenantId_SubmissionId_ChunkNumber_GroupNumber",
                table: "PayrollSubmissionItems",
                columns: new[] { "TenantId", "SubmissionId", "ChunkNumber", "GroupNumber" });

            migrationBuilder.CreateIndex(
                name: "IX_PayrollSubmissions_TenantId",
                table: "PayrollSubmissions",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_PayrollSubmissions_TenantId_CreationTime_Id",
                table: "PayrollSubmissions",
                columns: new[] { "TenantId", "CreationTime", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_PermissionGrants_GranteeId_Grantee_Name",
                table: "PermissionGrants",
                columns: new[] { "GranteeId", "Grantee", "Name" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PermissionGrants_TenantId",
                table: "PermissionGrants",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_RefreshTokens_FamilyId",
                table: "RefreshTokens",
                column: "FamilyId");

            migrationBuilder.CreateIndex(
                name: "IX_RefreshTokens_TenantId",
                table: "RefreshTokens",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_RefreshTokens_TokenHash",
                table: "RefreshTokens",
                column: "TokenHash",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_RefreshTokens_UserId",
                table: "RefreshTokens",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_RoleClaims_RoleId",
                table: "RoleClaims",
                column: "RoleId");

            migrationBuilder.CreateIndex(
                name: "IX_Roles_TenantId",
                table: "Roles",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_Roles_TenantId_NormalizedName",
                table: "Roles",
                columns: new[] { "TenantId", "NormalizedName" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ServiceDictionaries_Code",
                table: "ServiceDictionaries",
                column: "Code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_SettingValues_Level_ProviderKey_Name",
                table: "SettingValues",
                columns: new[] { "Level", "ProviderKey", "Name" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_SettingValues_TenantId",
                table: "SettingValues",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_UserClaims_UserId",
                table: "UserClaims",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_UserLogins_UserId",
                table: "UserLogins",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_UserRoles_RoleId",
                table: "UserRoles",
                column: "RoleId");

            migrationBuilder.CreateIndex(
                name: "EmailIndex",
                table: "Users",
                column: "NormalizedEmail");

            migrationBuilder.CreateIndex(
                name: "IX_Users_TenantId",
                table: "Users",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_Users_TenantId_NormalizedUserName",
                table: "Users",
                columns: new[] { "TenantId", "NormalizedUserName" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ApiRequestNonces");

            migrationBuilder.DropTable(
                name: "AuditLogEntityChanges");

            migrationBuilder.DropTable(
                name: "BackgroundJobs");

            migrationBuilder.DropTable(
                name: "ChannelCallbacks");

            migrationBuilder.DropTable(
                name: "ChannelFunctions");

            migrationBuilder.DropTable(
                name: "ChannelParameters");

            migrationBuilder.DropTable(
                name: "DataKeys");

            migrationBuilder.DropTable(
                name: "DictionaryItems");

            migrationBuilder.DropTable(
                name: "ErrorDictionaryEntries");

            migrationBuilder.DropTable(
                name: "IdempotentRequests");

            migrationBuilder.DropTable(
                name: "InterceptionRules");

            migrationBuilder.DropTable(
                name: "LedgerBalances");

            migrationBuilder.DropTable(
                name: "LedgerPostings");

            migrationBuilder.DropTable(
                name: "MenuItemOverrides");

            migrationBuilder.DropTable(
                name: "MerchantApiCredentials");

            migrationBuilder.DropTable(
                name: "MerchantChannelDailyUsages");

            migrationBuilder.DropTable(
                name: "MerchantChannelParameters");

            migrationBuilder.DropTable(
                name: "MerchantNotificationAttempts");

            migrationBuilder.DropTable(
                name: "Merchants");

            migrationBuilder.DropTable(
                name: "MerchantWithdrawalCards");

            migrationBuilder.DropTable(
                name: "PayoutApprovals");

            migrationBuilder.DropTable(
                name: "PayoutAttempts");

            migrationBuilder.DropTable(
                name: "PayoutBatchItems");

            migrationBuilder.DropTable(
                name: "PayoutLines");

            migrationBuilder.DropTable(
                name: "PayoutStateChanges");

            migrationBuilder.DropTable(
                name: "PayrollDataSources");

            migrationBuilder.DropTable(
                name: "PayrollDiscardedItems");

            migrationBuilder.DropTable(
                name: "PayrollDiscards");

            migrationBuilder.DropTable(
                name: "PayrollIntakeErrors");

            migrationBuilder.DropTable(
                name: "PayrollIntakes");

            migrationBuilder.DropTable(
                name: "PayrollItems");

            migrationBuilder.DropTable(
                name: "PayrollSubmissionFailures");

            migrationBuilder.DropTable(
                name: "PayrollSubmissionItems");

            migrationBuilder.DropTable(
                name: "PayrollSubmissions");

            migrationBuilder.DropTable(
                name: "PermissionGrants");

            migrationBuilder.DropTable(
                name: "RefreshTokens");

            migrationBuilder.DropTable(
                name: "RoleClaims");

            migrationBuilder.DropTable(
                name: "SettingValues");

            migrationBuilder.DropTable(
                name: "UserClaims");

            migrationBuilder.DropTable(
                name: "UserLogins");

            migrationBuilder.DropTable(
                name: "UserRoles");

            migrationBuilder.DropTable(
                name: "UserTokens");

            migrationBuilder.DropTable(
                name: "AuditLogs");

            migrationBuilder.DropTable(
                name: "ServiceDictionaries");

            migrationBuilder.DropTable(
                name: "MerchantNotifications");

            migrationBuilder.DropTable(
                name: "MerchantChannels");

            migrationBuilder.DropTable(
                name: "PayoutBatches");

            migrationBuilder.DropTable(
                name: "PayoutOrders");

            migrationBuilder.DropTable(
                name: "Roles");

            migrationBuilder.DropTable(
                name: "Users");

            migrationBuilder.DropTable(
                name: "Channels");
        }
    }
}
