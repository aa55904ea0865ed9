namespace AggregatedPayments.Payouts;

/// <summary>What the scripted network does to one send.</summary>
internal enum SubmitFault
{
    /// <summary>The request never reaches the sandbox; the platform sees a timeout.</summary>
    LoseRequest,

    /// <summary>The sandbox takes the request; its answer is lost on the way back.</summary>
    LoseAnswer,

    /// <summary>The sandbox takes the request, and the platform reads an error code the dictionary does not call final.</summary>
    RefuseWithNonFinalCode,

    /// <summary>A batch send only: another batch with other bytes already holds the key; the sandbox pays that one and calls ours a key clash.</summary>
    ClashBatchKey
}
