namespace AggregatedPayments.ApplicationConfiguration;

/// <summary>Every permission the user holds, as ABP's "grantedPolicies" map (name → true).</summary>
public sealed record ApplicationAuthConfigurationDto(IReadOnlyDictionary<string, bool> GrantedPolicies);
