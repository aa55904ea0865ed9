using AggregatedPayments.Data;

namespace AggregatedPayments.Dictionaries;

/// <summary>
/// Adds the platform's own error codes, then the providers' answers mapped onto them, where missing;
/// existing entries keep their edited messages and flags.
/// </summary>
public sealed class ErrorDictionaryDataSeedContributor(ErrorDictionaryManager manager, IUnitOfWork unitOfWork) : IDataSeedContributor
{
    public int Order => 10;

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        foreach (var seed in DictionarySeedData.PlatformErrors)
        {
            if (await manager.FindAsync(null, seed.Code, cancellationToken) is null)
            {
                await manager.CreateAsync(seed.Code, null, null, seed.MessageEn, seed.MessageZhHans, seed.Flags, isBuiltIn: true, cancellationToken);
            }
        }

        await unitOfWork.SaveChangesAsync(cancellationToken);
        foreach (var seed in DictionarySeedData.ChannelErrors)
        {
            if (await manager.FindAsync(seed.ChannelCode, seed.ChannelErrorCode, cancellationToken) is null)
            {
                await manager.CreateAsync(seed.Code, seed.ChannelCode, seed.ChannelErrorCode, seed.MessageEn, seed.MessageZhHans, seed.Flags, isBuiltIn: true, cancellationToken);
            }
        }

        await unitOfWork.SaveChangesAsync(cancellationToken);
    }
}
