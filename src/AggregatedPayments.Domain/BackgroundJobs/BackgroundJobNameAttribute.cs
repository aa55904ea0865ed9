using System.Reflection;

namespace AggregatedPayments.BackgroundJobs;

/// <summary>
/// The stored name of a job, put on its arguments type. Without it the type's full name is used, so
/// moving or renaming the type would strand jobs already queued: name every job that ships.
/// </summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Struct, Inherited = false)]
public sealed class BackgroundJobNameAttribute(string name) : Attribute
{
    public string Name { get; } = name;

    public static string GetName(Type argsType) =>
        argsType.GetCustomAttribute<BackgroundJobNameAttribute>()?.Name ?? argsType.FullName ?? argsType.Name;
}
