using AggregatedPayments.Data;

namespace AggregatedPayments.Dictionaries;

/// <summary>
/// Creates the built-in dictionaries and adds the seed items they lack. What exists is left as it is:
/// an administrator's renamed, reordered or deactivated item stays so on every later start.
/// </summary>
public sealed class ServiceDictionaryDataSeedContributor(DictionaryManager manager, IUnitOfWork unitOfWork) : IDataSeedContributor
{
    /// <summary>Early: other seeds and features read dictionaries.</summary>
    public int Order => 10;

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        foreach (var seed in DictionarySeedData.Dictionaries)
        {
            var dictionary = await manager.FindByCodeAsync(seed.Code, cancellationToken)
                             ?? await manager.CreateAsync(seed.Code, seed.NameEn, seed.NameZhHans, seed.Description, isBuiltIn: true, cancellationToken);
            foreach (var item in seed.Items.Where(i => dictionary.FindItem(i.Code) is null))
            {
                dictionary.AddItem(item.Code, item.NameEn, item.NameZhHans, item.SortOrder, item.IsActive, item.Extra?.GetRawText(), isBuiltIn: true);
            }
        }

        await unitOfWork.SaveChangesAsync(cancellationToken);
    }
}
