namespace AggregatedPayments.ChannelSimulator.Clock;

/// <summary>Body of <c>POST /_sim/clock/advance</c>.</summary>
public sealed record ClockAdvance(int Seconds);
