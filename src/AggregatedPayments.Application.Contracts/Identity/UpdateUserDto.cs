namespace AggregatedPayments.Identity;

public sealed class UpdateUserDto : UserInputBase;
