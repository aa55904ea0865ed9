using AggregatedPayments.Data;
using AggregatedPayments.EntityFrameworkCore;
using AggregatedPayments.Exceptions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Shouldly;
using Xunit;

namespace AggregatedPayments.Encryption;

public sealed class DataKeyRingTests
{
    private const string Purpose = "Payee.AccountNumber";

    [Fact]
    public async Task Should_create_the_first_data_key_on_first_use_and_store_it_only_wrapped()
    {
        await using var database = await TestDatabase.CreateAsync(s => s.AddEncryptionForTests());
        var ring = database.Services.GetRequiredService<IDataKeyRing>();

        var primary = await ring.GetPrimaryAsync();

        var rows = await ReadKeysAsync(database);
        rows.Count.ShouldBe(1);
        rows[0].KeyId.ShouldBe(primary.KeyId);
        rows[0].IsPrimary.ShouldBeTrue();
        rows[0].WrappingKeyId.ShouldBe(KeyEncryptionKey.Parse(EncryptionKeyValidator.TestKey).Id);
        rows[0].WrappedKey.ShouldNotBe(primary.Key);
        rows[0].CreationTime.ShouldBe(database.Clock.GetUtcNow().UtcDateTime);
    }

    [Fact]
    public async Task Should_create_the_first_data_key_through_the_seeder()
    {
        await using var database = await TestDatabase.CreateAsync(s => s.AddEncryptionForTests());
        await using (var scope = database.CreateScope())
        {
            await scope.ServiceProvider.GetRequiredService<DataSeeder>().SeedAsync(CancellationToken.None);
            await scope.ServiceProvider.GetRequiredService<DataSeeder>().SeedAsync(CancellationToken.None);
        }

        (await ReadKeysAsync(database)).Select(k => k.KeyId).ShouldBe([1]);
    }

    [Fact]
    public async Task Should_decrypt_values_encrypted_by_another_instance_on_the_same_database()
    {
        await using var database = await TestDatabase.CreateAsync(s => s.AddEncryptionForTests());
        await using var other = database.CreateSiblingInstance(s => s.AddEncryptionForTests());
        var fromFirst = await database.Services.GetRequiredService<IEncryptionService>().EncryptAsync("6222021234567890", Purpose);

        var fromOther = await other.GetRequiredService<IEncryptionService>().EncryptAsync("6217000010001234", Purpose);

        (await other.GetRequiredService<IEncryptionService>().DecryptAsync(fromFirst, Purpose)).ShouldBe("6222021234567890");
        (await database.Services.GetRequiredService<IEncryptionService>().DecryptAsync(fromOther, Purpose)).ShouldBe("6217000010001234");
        (await ReadKeysAsync(database)).Count.ShouldBe(1);
    }

    [Fact]
    public async Task Should_agree_on_one_first_key_when_several_instances_start_at_once()
    {
        await using var database = await TestDatabase.CreateAsync(s => s.AddEncryptionForTests());
        var instances = Enumerable.Range(0, 3).Select(_ => database.CreateSiblingInstance(s => s.AddEncryptionForTests())).ToList();
        try
        {
            var rings = instances.Select(i => i.GetRequiredService<IDataKeyRing>()).Append(database.Services.GetRequiredService<IDataKeyRing>());

            var primaries = await Task.WhenAll(rings.Select(r => Task.Run(() => r.GetPrimaryAsync())));

            primaries.Select(p => p.KeyId).Distinct().ShouldBe([1]);
            primaries.Select(p => Convert.ToBase64String(p.Key)).Distinct().Count().ShouldBe(1);
            (await ReadKeysAsync(database)).Count.ShouldBe(1);
        }
        finally
        {
            foreach (var instance in instances)
            {
                await instance.DisposeAsync();
            }
        }
    }

    [Fact]
    public async Task Should_encrypt_with_a_new_key_after_rotation_and_still_read_values_of_the_old_one()
    {
        await using var database = await TestDatabase.CreateAsync(s => s.AddEncryptionForTests());
        var encryption = database.Services.GetRequiredService<IEncryptionService>();
        var before = await encryption.EncryptAsync("before", Purpose);

        var newKeyId = await database.Services.GetRequiredService<IDataKeyRing>().RotateAsync();
        var after = await encryption.EncryptAsync("after", Purpose);

        newKeyId.ShouldBe(2);
        before.ShouldStartWith("v1:1:");
        after.ShouldStartWith("v1:2:");
        (await encryption.DecryptAsync(before, Purpose)).ShouldBe("before");
        (await encryption.DecryptAsync(after, Purpose)).ShouldBe("after");
        (await ReadKeysAsync(database)).Select(k => (k.KeyId, k.IsPrimary)).ShouldBe([(1, false), (2, true)]);
    }

    [Fact]
    public async Task Should_switch_to_a_key_rotated_by_another_instance_after_the_refresh_interval()
    {
        await using var database = await TestDatabase.CreateAsync(s => s.AddEncryptionForTests());
        await using var other = database.CreateSiblingInstance(s => s.AddEncryptionForTests());
        var encryption = database.Services.GetRequiredService<IEncryptionService>();
        await encryption.EncryptAsync("warm-up", Purpose);

        await other.GetRequiredService<IDataKeyRing>().RotateAsync();
        var beforeRefresh = await encryption.EncryptAsync("value", Purpose);
        database.Clock.Advance(DataKeyRing.PrimaryRefreshInterval);
        var afterRefresh = await encryption.EncryptAsync("value", Purpose);

        beforeRefresh.ShouldStartWith("v1:1:");
        afterRefresh.ShouldStartWith("v1:2:");
        (await other.GetRequiredService<IEncryptionService>().DecryptAsync(afterRefresh, Purpose)).ShouldBe("value");
    }

    [Fact]
    public async Task Should_rewrap_every_data_key_under_a_new_key_encryption_key_without_touching_values()
    {
        await using var database = await TestDatabase.CreateAsync(s => s.AddEncryptionForTests());
        var oldEncryption = database.Services.GetRequiredService<IEncryptionService>();
        var first = await oldEncryption.EncryptAsync("first", Purpose);
        await database.Services.GetRequiredService<IDataKeyRing>().RotateAsync();
        var second = await oldEncryption.EncryptAsync("second", Purpose);

        await using (var changing = database.CreateSiblingInstance(s => s.AddEncryptionForTests(EncryptionKeyValidator.SecondTestKey, EncryptionKeyValidator.TestKey)))
        {
            (await changing.GetRequiredService<IDataKeyRing>().RewrapAsync()).ShouldBe(2);
        }

        await using var changed = database.CreateSiblingInstance(s => s.AddEncryptionForTests(EncryptionKeyValidator.SecondTestKey));
        var newKekId = KeyEncryptionKey.Parse(EncryptionKeyValidator.SecondTestKey).Id;
        (await ReadKeysAsync(database)).ShouldAllBe(k => k.WrappingKeyId == newKekId);
        (await changed.GetRequiredService<IEncryptionService>().DecryptAsync(first, Purpose)).ShouldBe("first");
        (await changed.GetRequiredService<IEncryptionService>().DecryptAsync(second, Purpose)).ShouldBe("second");
        (await changed.GetRequiredService<IDataKeyRing>().RewrapAsync()).ShouldBe(0);
    }

    [Fact]
    public async Task Should_not_decrypt_when_configured_with_another_key_encryption_key()
    {
        await using var database = await TestDatabase.CreateAsync(s => s.AddEncryptionForTests());
        var value = await database.Services.GetRequiredService<IEncryptionService>().EncryptAsync("secret", Purpose);
        await using var misconfigured = database.CreateSiblingInstance(s => s.AddEncryptionForTests(EncryptionKeyValidator.SecondTestKey));

        var exception = await Should.ThrowAsync<BusinessException>(() => misconfigured.GetRequiredService<IEncryptionService>().DecryptAsync(value, Purpose));

        exception.Code.ShouldBe(ErrorCodes.DecryptionFailed);
    }

    [Fact]
    public async Task Should_refuse_a_value_naming_a_key_that_does_not_exist()
    {
        await using var database = await TestDatabase.CreateAsync(s => s.AddEncryptionForTests());
        var value = Ciphertext.Parse(await database.Services.GetRequiredService<IEncryptionService>().EncryptAsync("secret", Purpose));

        var exception = await Should.ThrowAsync<BusinessException>(() =>
            database.Services.GetRequiredService<IEncryptionService>().DecryptAsync((value with { KeyId = 99 }).ToString(), Purpose));

        exception.Code.ShouldBe(ErrorCodes.DecryptionFailed);
    }

    private static async Task<List<DataKey>> ReadKeysAsync(TestDatabase database)
    {
        await using var scope = database.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<AggregatedPaymentsDbContext>().Set<DataKey>()
            .AsNoTracking().OrderBy(k => k.KeyId).ToListAsync();
    }
}
