namespace AggregatedPayments.Payroll;

public static class PayrollSelectionConsts
{
    /// <summary>Ids one selection may name by hand; larger sets are chosen by a filter.</summary>
    public const int MaxItemIds = 10_000;

    /// <summary>Orders created and started in one transaction of a submission's job.</summary>
    public const int OrdersPerChunk = 200;

    /// <summary>Items in one chunk at most (a chunk never splits an order): bounds the look-up of references per chunk.</summary>
    public const int ItemsPerChunk = 2_000;

    /// <summary>Rows read per keyset page of a selection, and ids per look-up.</summary>
    public const int ReadPageSize = 2_000;

    /// <summary>Planned rows written per statement batch when a submission is recorded.</summary>
    public const int PlanWriteBatchSize = 5_000;

    /// <summary>Groups a preview lists; its totals and figures always cover the whole selection.</summary>
    public const int PreviewGroups = 50;

    /// <summary>Failures a submission's detail lists; its counts always cover them all.</summary>
    public const int ListedFailures = 100;

    /// <summary>The TotalCount of a list page after the first: the first page's count stands, a large list is not counted again.</summary>
    public const long NotCounted = -1;

    public const int MaxReasonLength = 256;

    public const int MaxCodeLength = 128;

    public const int MaxFilterTextLength = 128;
}
