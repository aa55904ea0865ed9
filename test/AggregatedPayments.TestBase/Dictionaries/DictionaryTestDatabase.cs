using AggregatedPayments.Data;
using Microsoft.Extensions.DependencyInjection;

namespace AggregatedPayments.Dictionaries;

/// <summary>A test database with the dictionary services registered and the seed data in place.</summary>
public static class DictionaryTestDatabase
{
    public static async Task<TestDatabase> CreateSeededAsync()
    {
        var database = await TestDatabase.CreateAsync(services =>
        {
            services.AddDictionariesDomain();
            services.AddDictionariesApplication();
        });
        await SeedAsync(database);
        return database;
    }

    public static async Task SeedAsync(TestDatabase database)
    {
        await using var scope = database.CreateScope();
        await scope.ServiceProvider.GetRequiredService<DataSeeder>().SeedAsync(CancellationToken.None);
    }

    /// <summary>Runs <paramref name="action"/> in a fresh scope, as a separate request would.</summary>
    public static async Task<T> InScopeAsync<T>(this TestDatabase database, Func<IServiceProvider, Task<T>> action)
    {
        await using var scope = database.CreateScope();
        return await action(scope.ServiceProvider);
    }

    public static async Task InScopeAsync(this TestDatabase database, Func<IServiceProvider, Task> action)
    {
        await using var scope = database.CreateScope();
        await action(scope.ServiceProvider);
    }
}
