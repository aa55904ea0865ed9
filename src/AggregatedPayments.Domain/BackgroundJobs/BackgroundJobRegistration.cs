using Microsoft.Extensions.DependencyInjection;

namespace AggregatedPayments.BackgroundJobs;

/// <summary>Ties a job name to its arguments type and handler; added by <c>AddBackgroundJob&lt;TJob, TArgs&gt;()</c>.</summary>
public sealed class BackgroundJobRegistration
{
    private readonly Func<IServiceProvider, string, CancellationToken, Task> _execute;

    private BackgroundJobRegistration(string name, Type argsType, Type jobType, Func<IServiceProvider, string, CancellationToken, Task> execute)
    {
        Name = name;
        ArgsType = argsType;
        JobType = jobType;
        _execute = execute;
    }

    public string Name { get; }

    public Type ArgsType { get; }

    public Type JobType { get; }

    public static BackgroundJobRegistration For<TJob, TArgs>()
        where TJob : class, IBackgroundJob<TArgs> =>
        new(BackgroundJobNameAttribute.GetName(typeof(TArgs)), typeof(TArgs), typeof(TJob),
            (services, argsJson, cancellationToken) => services.GetRequiredService<TJob>()
                .ExecuteAsync(BackgroundJobArgsSerializer.Deserialize<TArgs>(argsJson), cancellationToken));

    /// <summary>Resolves the handler from <paramref name="services"/> (the job's own scope) and runs it.</summary>
    public Task ExecuteAsync(IServiceProvider services, string argsJson, CancellationToken cancellationToken) =>
        _execute(services, argsJson, cancellationToken);
}
