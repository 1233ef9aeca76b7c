using Microsoft.EntityFrameworkCore;

namespace IronArmy.Data.Storage;

/// <summary>
/// Hands out the configured provider's context as an <see cref="IronArmyDbContext"/>.
/// EF's factory interface is invariant, so <c>IDbContextFactory&lt;SqliteIronArmyDbContext&gt;</c>
/// cannot be injected as <c>IDbContextFactory&lt;IronArmyDbContext&gt;</c> without this.
/// </summary>
internal sealed class ProviderContextFactory<TProviderContext>(IDbContextFactory<TProviderContext> pool)
    : IDbContextFactory<IronArmyDbContext>
    where TProviderContext : IronArmyDbContext
{
    public IronArmyDbContext CreateDbContext() => pool.CreateDbContext();

    public async Task<IronArmyDbContext> CreateDbContextAsync(CancellationToken cancellationToken = default) =>
        await pool.CreateDbContextAsync(cancellationToken);
}
