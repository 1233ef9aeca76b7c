using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace IronArmy.Data.Storage;

/// <summary>
/// Lets <c>dotnet ef migrations add/script --context SqlServerIronArmyDbContext</c> run with no server:
/// neither command opens the connection, so a placeholder connection string is enough.
/// </summary>
internal sealed class SqlServerDesignTimeFactory : IDesignTimeDbContextFactory<SqlServerIronArmyDbContext>
{
    public SqlServerIronArmyDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqlServerIronArmyDbContext>()
            .UseSqlServer("Server=localhost;Database=IronArmy;Integrated Security=true;TrustServerCertificate=true")
            .Options);
}
