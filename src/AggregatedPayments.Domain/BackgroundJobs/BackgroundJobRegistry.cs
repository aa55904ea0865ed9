using System.Collections.Frozen;
using AggregatedPayments.Exceptions;

namespace AggregatedPayments.BackgroundJobs;

/// <summary>The explicit list of job handlers. Two handlers claiming one name fail at start, not at run time.</summary>
public sealed class BackgroundJobRegistry
{
    private readonly FrozenDictionary<string, BackgroundJobRegistration> _byName;
    private readonly FrozenDictionary<Type, BackgroundJobRegistration> _byArgsType;

    public BackgroundJobRegistry(IEnumerable<BackgroundJobRegistration> registrations)
    {
        var distinct = registrations.DistinctBy(r => (r.Name, r.ArgsType, r.JobType)).ToList();
        foreach (var registration in distinct.Where(r => r.Name.Length > BackgroundJobConsts.MaxJobNameLength))
        {
            throw new InvalidOperationException(
                $"The job name '{registration.Name}' is longer than {BackgroundJobConsts.MaxJobNameLength} characters: give {registration.ArgsType.Name} a [BackgroundJobName].");
        }

        foreach (var clash in distinct.GroupBy(r => r.Name, StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            throw new InvalidOperationException(
                $"The job name '{clash.Key}' is registered for {string.Join(" and ", clash.Select(r => $"{r.JobType.Name}({r.ArgsType.Name})"))}.");
        }

        _byName = distinct.ToFrozenDictionary(r => r.Name, StringComparer.Ordinal);
        _byArgsType = distinct.ToFrozenDictionary(r => r.ArgsType);
    }

    public BackgroundJobRegistration GetByName(string name) =>
        _byName.GetValueOrDefault(name) ?? throw UnknownJobType(name);

    public BackgroundJobRegistration GetByArgsType(Type argsType) =>
        _byArgsType.GetValueOrDefault(argsType) ?? throw UnknownJobType(BackgroundJobNameAttribute.GetName(argsType));

    private static BusinessException UnknownJobType(string name) =>
        new BusinessException(ErrorCodes.UnknownJobType, name).WithData("type", name);
}
