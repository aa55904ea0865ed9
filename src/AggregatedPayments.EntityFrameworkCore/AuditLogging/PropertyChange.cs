namespace AggregatedPayments.AuditLogging;

/// <summary>One property of a change, before it is written as JSON.</summary>
internal sealed class PropertyChange(string name, bool isRedacted)
{
    public string Name { get; } = name;

    public bool IsRedacted { get; } = isRedacted;

    public bool HasOldValue { get; private set; }

    public object? OldValue { get; private set; }

    public bool HasNewValue { get; private set; }

    public object? NewValue { get; private set; }

    /// <summary>A replaced owned value shows up as a deleted and an added row; where both agree nothing changed.</summary>
    public bool IsUnchanged => HasOldValue && HasNewValue && Equals(OldValue, NewValue);

    public void SetOld(object? value)
    {
        HasOldValue = true;
        OldValue = value;
    }

    public void SetNew(object? value)
    {
        HasNewValue = true;
        NewValue = value;
    }
}
