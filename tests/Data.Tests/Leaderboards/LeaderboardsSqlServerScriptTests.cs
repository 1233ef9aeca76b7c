using IronArmy.Data.Tests.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace IronArmy.Data.Tests.Leaderboards;

/// <summary>What the Leaderboards migration gives a SQL Server database, read from the T-SQL a DBA would apply.</summary>
public sealed class LeaderboardsSqlServerScriptTests
{
    [Fact]
    public void The_script_creates_the_day_and_month_rollups_with_their_board_indexes_the_battle_months_and_the_settings()
    {
        using var db = SqlServerContexts.Create();
        var script = db.GetService<IMigrator>().GenerateScript(options: MigrationsSqlGenerationOptions.Idempotent);

        Assert.Contains("CREATE TABLE [RepDayRollups]", script);
        Assert.Contains("CREATE TABLE [BattleMonths]", script);
        Assert.Contains("CREATE TABLE [RepMonthRollups]", script);
        Assert.Contains("CREATE UNIQUE INDEX [IX_RepMonthRollups_MemberId_Month]", script);
        Assert.Contains("CREATE INDEX [IX_RepMonthRollups_Board] ON [RepMonthRollups] ([TeamId], [Month], [MemberId], [SignedAmountMinor], [Signings], [Visits], [ValidNewCustomers], [AConversions], [Days])", script);
        Assert.Contains("CREATE UNIQUE INDEX [IX_RepDayRollups_MemberId_WorkDate]", script);
        Assert.Contains("CREATE INDEX [IX_RepDayRollups_Board] ON [RepDayRollups] ([TeamId], [WorkDate], [MemberId], [SignedAmountMinor], [Signings], [Visits], [ValidNewCustomers], [AConversions], [BiggestDealMinor])", script);
        Assert.Contains("CREATE UNIQUE INDEX [IX_BattleMonths_TeamId_Month]", script);
        Assert.Contains("[MetValidNewStandard] bit NOT NULL", script);
        Assert.Contains("ALTER TABLE [Teams] ADD [BoardMetric] nvarchar(32) NOT NULL DEFAULT N'SignedAmount'", script);
        Assert.Contains("ALTER TABLE [Teams] ADD [MillionClubThresholdMinor] bigint NULL", script);
        Assert.Contains("ALTER TABLE [Members] ADD [NamedInShoutOuts] bit NOT NULL DEFAULT CAST(1 AS bit)", script);
    }
}
