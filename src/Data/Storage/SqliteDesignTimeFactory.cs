using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace IronArmy.Data.Storage;

/// <summary>Lets <c>dotnet ef migrations add --context SqliteIronArmyDbContext</c> build the model without the host.</summary>
internal sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteIronArmyDbContext>
{
    public SqliteIronArmyDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteIronArmyDbContext>()
            .UseSqlite(DatabaseOptions.DefaultSqliteConnectionString)
            .Options);
}
