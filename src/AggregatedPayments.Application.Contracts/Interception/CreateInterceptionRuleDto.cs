namespace AggregatedPayments.Interception;

public sealed class CreateInterceptionRuleDto : InterceptionRuleInputDto;
