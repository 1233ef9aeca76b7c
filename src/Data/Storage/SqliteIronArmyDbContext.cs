using Microsoft.EntityFrameworkCore;

namespace IronArmy.Data.Storage;

/// <summary>The model on SQLite; owns the migrations in <c>Migrations/Sqlite</c>.</summary>
public sealed class SqliteIronArmyDbContext(DbContextOptions<SqliteIronArmyDbContext> options) : IronArmyDbContext(options);
