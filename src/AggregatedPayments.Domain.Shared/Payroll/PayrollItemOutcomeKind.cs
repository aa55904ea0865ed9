namespace AggregatedPayments.Payroll;

public enum PayrollItemOutcomeKind
{
    Created,

    /// <summary>The reference was already taken with the same content: nothing new.</summary>
    Unchanged,

    /// <summary>An invalid item of an earlier intake took this content.</summary>
    Replaced,

    Invalid,

    /// <summary>The reference was taken with different content, or appeared earlier in this intake.</summary>
    Conflict
}
