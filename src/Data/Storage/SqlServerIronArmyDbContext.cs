using Microsoft.EntityFrameworkCore;

namespace IronArmy.Data.Storage;

/// <summary>The model on SQL Server; owns the migrations in <c>Migrations/SqlServer</c>.</summary>
public sealed class SqlServerIronArmyDbContext(DbContextOptions<SqlServerIronArmyDbContext> options) : IronArmyDbContext(options);
