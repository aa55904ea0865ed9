namespace AggregatedPayments.Interception;

public sealed class UpdateInterceptionRuleDto : InterceptionRuleInputDto
{
    /// <summary>The version the editor read: a rule changed by someone else meanwhile is not overwritten.</summary>
    public int Version { get; set; }
}
