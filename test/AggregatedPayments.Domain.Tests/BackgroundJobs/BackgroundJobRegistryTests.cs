using AggregatedPayments.Exceptions;
using Shouldly;
using Xunit;

namespace AggregatedPayments.BackgroundJobs;

public sealed class BackgroundJobRegistryTests
{
    [Fact]
    public void Should_name_a_job_by_its_attribute_or_else_by_its_arguments_type()
    {
        var registry = new BackgroundJobRegistry(
        [
            BackgroundJobRegistration.For<ProbeJob, ProbeJobArgs>(),
            BackgroundJobRegistration.For<UnnamedJob, UnnamedJobArgs>()
        ]);

        registry.GetByArgsType(typeof(ProbeJobArgs)).Name.ShouldBe("Tests.Probe");
        registry.GetByArgsType(typeof(UnnamedJobArgs)).Name.ShouldBe(typeof(UnnamedJobArgs).FullName);
        registry.GetByName("Tests.Probe").JobType.ShouldBe(typeof(ProbeJob));
    }

    [Fact]
    public void Should_refuse_two_handlers_for_one_job_name()
    {
        var error = Should.Throw<InvalidOperationException>(() => new BackgroundJobRegistry(
        [
            BackgroundJobRegistration.For<ProbeJob, ProbeJobArgs>(),
            BackgroundJobRegistration.For<SecondProbeJob, ProbeJobArgs>()
        ]));

        error.Message.ShouldContain("Tests.Probe");
    }

    [Fact]
    public void Should_accept_the_same_registration_made_twice()
    {
        var registry = new BackgroundJobRegistry(
        [
            BackgroundJobRegistration.For<ProbeJob, ProbeJobArgs>(),
            BackgroundJobRegistration.For<ProbeJob, ProbeJobArgs>()
        ]);

        registry.GetByName("Tests.Probe").JobType.ShouldBe(typeof(ProbeJob));
    }

    [Fact]
    public void Should_answer_an_unknown_job_name_with_its_error_code()
    {
        var registry = new BackgroundJobRegistry([]);

        var error = Should.Throw<BusinessException>(() => registry.GetByName("Removed.Job"));

        error.Code.ShouldBe(ErrorCodes.UnknownJobType);
        error.Values["type"].ShouldBe("Removed.Job");
    }
}
