using IronArmy.Data.Storage;
using Microsoft.EntityFrameworkCore;

namespace IronArmy.Data.Tests.Storage;

/// <summary>A SQL Server context that is never connected: enough to inspect the model and generate scripts.</summary>
internal static class SqlServerContexts
{
    public const string DummyConnectionString = "Server=unreachable.invalid;Database=IronArmy;User Id=x;Password=y;TrustServerCertificate=true";

    public static SqlServerIronArmyDbContext Create() =>
        new(new DbContextOptionsBuilder<SqlServerIronArmyDbContext>().UseSqlServer(DummyConnectionString).Options);
}
