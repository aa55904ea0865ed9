using AggregatedPayments.Data;
using AggregatedPayments.Exceptions;

namespace AggregatedPayments.Dictionaries;

/// <summary>Rules that need more than one dictionary: unique codes, lookup by code.</summary>
public sealed class DictionaryManager(IRepository<ServiceDictionary> dictionaries, IAsyncQueryExecuter executer)
{
    public async Task<ServiceDictionary> CreateAsync(
        string code,
        string nameEn,
        string? nameZhHans,
        string? description,
        bool isBuiltIn,
        CancellationToken cancellationToken)
    {
        var dictionary = new ServiceDictionary(Guid.NewGuid(), code, nameEn, nameZhHans, description, isBuiltIn);
        if (await executer.AnyAsync(dictionaries.QueryNoTracking().Where(d => d.Code == dictionary.Code), cancellationToken))
        {
            throw new ConflictException(DictionariesErrorCodes.CodeAlreadyExists).WithData("code", dictionary.Code);
        }

        await dictionaries.InsertAsync(dictionary, cancellationToken);
        return dictionary;
    }

    /// <summary>The dictionary with its items, tracked for changes.</summary>
    public Task<ServiceDictionary?> FindByCodeAsync(string code, CancellationToken cancellationToken) =>
        executer.FirstOrDefaultAsync(dictionaries.Query().Where(d => d.Code == code), cancellationToken);

    public async Task<ServiceDictionary> GetByCodeAsync(string code, CancellationToken cancellationToken) =>
        await FindByCodeAsync(code, cancellationToken) ?? throw new EntityNotFoundException(nameof(ServiceDictionary), code);

    public void Delete(ServiceDictionary dictionary)
    {
        dictionary.EnsureCanBeDeleted();
        dictionaries.Delete(dictionary);
    }
}
