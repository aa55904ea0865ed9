using Xunit;

namespace AggregatedPayments.Hosting;

/// <summary>Every host test class joins this collection: one host and one database per run.</summary>
[CollectionDefinition(Name)]
public sealed class HostCollection : ICollectionFixture<AggregatedPaymentsWebFactory>
{
    public const string Name = "Host";
}
