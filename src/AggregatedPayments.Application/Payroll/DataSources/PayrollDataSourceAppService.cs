using AggregatedPayments.Data;
using AggregatedPayments.Dtos;
using AggregatedPayments.Exceptions;
using AggregatedPayments.MultiTenancy;
using AggregatedPayments.Users;

namespace AggregatedPayments.Payroll.DataSources;

/// <summary>A merchant's data sources, inside its tenant: kept, tested, and pulled from in the background.</summary>
public sealed class PayrollDataSourceAppService(
    IRepository<PayrollDataSource> sources,
    IAsyncQueryExecuter executer,
    IUnitOfWork unitOfWork,
    PayrollDataSourceManager manager,
    PayrollDataSourceReader reader,
    PayrollPullStarter pulls,
    ICurrentTenant currentTenant,
    ICurrentUser currentUser) : IPayrollDataSourceAppService
{
    public async Task<PagedResultDto<PayrollDataSourceDto>> GetListAsync(GetPayrollDataSourceListInput input, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        RequireMerchant();
        var query = sources.QueryNoTracking();
        if (!string.IsNullOrWhiteSpace(input.Filter))
        {
            var filter = input.Filter.Trim();
            query = query.Where(s => s.Name.Contains(filter));
        }

        if (input.Kind is { } kind)
        {
            query = query.Where(s => s.Kind == kind);
        }

        if (input.IsEnabled is { } isEnabled)
        {
            query = query.Where(s => s.IsEnabled == isEnabled);
        }

        var total = await executer.CountAsync(query, cancellationToken);
        var page = await executer.ToListAsync(
            query.OrderBy(s => s.Name).ThenBy(s => s.Id)
                .Skip(Math.Max(input.SkipCount, 0)).Take(Math.Clamp(input.MaxResultCount, 1, PagedRequestDto.MaxPageSize)),
            cancellationToken);
        return new PagedResultDto<PayrollDataSourceDto>(page.Select(ToDto).ToList(), total);
    }

    public async Task<PayrollDataSourceDto> GetAsync(Guid id, CancellationToken cancellationToken = default)
    {
        RequireMerchant();
        return ToDto(await sources.GetAsync(id, cancellationToken));
    }

    public async Task<PayrollDataSourceDto> CreateAsync(CreatePayrollDataSourceDto input, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        var source = await manager.CreateAsync(RequireMerchant(), ToDefinition(input.Kind, input), cancellationToken);
        await SaveAsync(source, cancellationToken);
        return ToDto(source);
    }

    public async Task<PayrollDataSourceDto> UpdateAsync(Guid id, UpdatePayrollDataSourceDto input, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        RequireMerchant();
        var source = await sources.GetAsync(id, cancellationToken);
        if (source.Version != input.Version)
        {
            throw new ConflictException(ErrorCodes.ConcurrencyConflict);
        }

        await manager.UpdateAsync(source, ToDefinition(source.Kind, input), cancellationToken);
        await SaveAsync(source, cancellationToken);
        return ToDto(source);
    }

    public async Task DeleteAsync(Guid id, CancellationToken cancellationToken = default)
    {
        RequireMerchant();
        var source = await sources.GetAsync(id, cancellationToken);
        if (await pulls.IsPullRunningAsync(source, cancellationToken))
        {
            throw new ConflictException(PayrollDataSourcesErrorCodes.PullAlreadyRunning);
        }

        sources.Delete(source);
        await unitOfWork.SaveChangesAsync(cancellationToken);
    }

    public async Task<PayrollDataSourceTestResultDto> TestAsync(Guid id, CancellationToken cancellationToken = default)
    {
        RequireMerchant();
        var source = await sources.GetAsync(id, cancellationToken);
        try
        {
            return new PayrollDataSourceTestResultDto(true, await reader.TestAsync(source, cancellationToken));
        }
        catch (PayrollSourceException exception)
        {
            return new PayrollDataSourceTestResultDto(false, exception.Message);
        }
    }

    public async Task<PayrollIntakeDto> PullAsync(Guid id, CancellationToken cancellationToken = default)
    {
        RequireMerchant();
        var source = await sources.GetAsync(id, cancellationToken);
        return PayrollDtoMapper.ToDto(await pulls.StartAsync(source, currentUser.UserName ?? "api", cancellationToken));
    }

    /// <summary>A name taken by a concurrent save shows as the same clear conflict as one taken before.</summary>
    private async Task SaveAsync(PayrollDataSource source, CancellationToken cancellationToken)
    {
        try
        {
            await unitOfWork.SaveChangesAsync(cancellationToken);
        }
        catch (ConflictException conflict) when (conflict.Code == ErrorCodes.DuplicateKey)
        {
            throw new ConflictException(PayrollDataSourcesErrorCodes.NameInUse, innerException: conflict).WithData("name", source.Name);
        }
    }

    private Guid RequireMerchant() => currentTenant.Id ?? throw new BusinessException(PayrollErrorCodes.ActInsideMerchant);

    private static PayrollDataSourceDefinition ToDefinition(PayrollDataSourceKind kind, PayrollDataSourceInputDto input) => new(
        kind,
        input.Name,
        input.IsEnabled,
        input.Http is { } http ? new PayrollHttpSourceSettings(http.Url, http.PageSize) : null,
        input.Database is { } database
            ? new MerchantDatabaseSettings(
                database.Host ?? "",
                database.Port ?? MerchantDatabaseSettingsRules.DefaultPort,
                database.Database ?? "",
                database.User ?? "",
                database.Password ?? "",
                database.RequireTls,
                database.ViewName ?? "",
                database.StatementTimeoutSeconds ?? MerchantDatabaseSettingsRules.DefaultStatementTimeoutSeconds,
                string.IsNullOrWhiteSpace(database.TlsCaCertificatePem) ? null : database.TlsCaCertificatePem.Trim())
            : null);

    private static PayrollDataSourceDto ToDto(PayrollDataSource s) => new(
        s.Id,
        s.Name,
        s.Kind,
        s.IsEnabled,
        s.Kind == PayrollDataSourceKind.Http ? new PayrollHttpSourceDto(s.Url!, s.PageSize) : null,
        s.Kind == PayrollDataSourceKind.Database
            ? new PayrollDatabaseSourceDto(
                s.DatabaseHost!, s.DatabasePort ?? 0, s.DatabaseName!, s.DatabaseUser!, s.HasDatabasePassword, s.DatabaseRequireTls,
                s.DatabaseViewName!, s.DatabaseStatementTimeoutSeconds ?? 0, s.DatabaseTlsCaCertificatePem)
            : null,
        s.LastPullIntakeId,
        s.LastPullTime,
        s.CreationTime,
        s.Version);
}
