using AggregatedPayments.Dtos;
using AggregatedPayments.Http;

namespace AggregatedPayments.AuditLogging;

public sealed class AuditLogClientProxy(HttpClient httpClient) : ClientProxyBase(httpClient), IAuditLogAppService
{
    private const string BasePath = "api/audit-logs";

    public Task<AuditLogDto> GetAsync(Guid id, CancellationToken cancellationToken = default) =>
        GetAsync<AuditLogDto>($"{BasePath}/{id}", cancellationToken);

    public Task<PagedResultDto<AuditLogDto>> GetListAsync(GetAuditLogListInput input, CancellationToken cancellationToken = default) =>
        GetAsync<PagedResultDto<AuditLogDto>>(
            WithQuery(BasePath,
                (nameof(input.TenantId), input.TenantId),
                (nameof(input.UserId), input.UserId),
                (nameof(input.UserName), input.UserName),
                (nameof(input.HttpMethod), input.HttpMethod),
                (nameof(input.UrlContains), input.UrlContains),
                (nameof(input.StatusCode), input.StatusCode),
                (nameof(input.From), input.From),
                (nameof(input.To), input.To),
                (nameof(input.HasError), input.HasError),
                (nameof(input.SkipCount), input.SkipCount),
                (nameof(input.MaxResultCount), input.MaxResultCount)),
            cancellationToken);
}
