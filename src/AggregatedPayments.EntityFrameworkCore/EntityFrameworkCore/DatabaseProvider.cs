namespace AggregatedPayments.EntityFrameworkCore;

public enum DatabaseProvider
{
    Sqlite,
    MySql
}
