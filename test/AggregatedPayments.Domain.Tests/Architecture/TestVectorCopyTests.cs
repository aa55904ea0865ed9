using AggregatedPayments.Testing;
using Shouldly;
using Xunit;

namespace AggregatedPayments.Architecture;

/// <summary>The repository keeps a copy of the shared signing vectors for clones made elsewhere; it must not drift.</summary>
public class TestVectorCopyTests
{
    [Fact]
    public void Should_keep_the_repository_copy_of_the_vectors_byte_for_byte_equal_to_the_shared_one_when_both_are_present()
    {
        var kept = Path.Combine(TestRepository.Root(), "test", "Shared", "TestVectors", "payout-channels.json");
        var shared = Path.GetFullPath(Path.Combine(TestRepository.Root(), "..", "shared", "test-vectors", "payout-channels.json"));

        File.Exists(kept).ShouldBeTrue();
        if (File.Exists(shared))
        {
            File.ReadAllBytes(kept).ShouldBe(File.ReadAllBytes(shared));
        }
    }
}
