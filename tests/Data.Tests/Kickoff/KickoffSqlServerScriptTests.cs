using System.Text.RegularExpressions;
using IronArmy.Data.Tests.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.SqlServer.TransactSql.ScriptDom;

namespace IronArmy.Data.Tests.Kickoff;

/// <summary>What the Kickoff migration gives a SQL Server database, read from the T-SQL a DBA would apply.</summary>
public sealed class KickoffSqlServerScriptTests
{
    [Fact]
    public void The_script_creates_the_kickoff_tables_the_append_only_trigger_and_the_setting_defaults()
    {
        using var db = SqlServerContexts.Create();
        var script = db.GetService<IMigrator>().GenerateScript(options: MigrationsSqlGenerationOptions.Idempotent);

        foreach (var table in new[] { "KickoffPlans", "KickoffPlanVisits", "KickoffPlanNewCustomers", "KickoffPlanRevisions", "TeamCalendarDays", "MemberLeaves" })
            Assert.Contains($"CREATE TABLE [{table}]", script);
        Assert.Contains("CREATE UNIQUE INDEX [IX_KickoffPlans_MemberId_WorkDate]", script);
        Assert.Contains("CREATE UNIQUE INDEX [IX_TeamCalendarDays_TeamId_Date]", script);
        Assert.Contains("ALTER TABLE [Teams] ADD [StandardVisits] int NOT NULL DEFAULT 8;", script);
        Assert.Contains("ALTER TABLE [Teams] ADD [CurrencyCode] nchar(3) NOT NULL DEFAULT N'CNY';", script);

        // The trigger's body is dynamic SQL: parse it on its own, as SQL Server will when EXEC runs it.
        var exec = Regex.Match(script, @"EXEC\(N'(CREATE TRIGGER \[TR_KickoffPlanRevisions_AppendOnly\].*?)'\)", RegexOptions.Singleline);
        Assert.True(exec.Success, "the trigger is created through EXEC");
        var body = exec.Groups[1].Value.Replace("''", "'");
        var fragment = (TSqlScript)new TSql160Parser(initialQuotedIdentifiers: true).Parse(new StringReader(body), out var errors);
        Assert.Empty(errors);
        var trigger = Assert.IsType<CreateTriggerStatement>(Assert.Single(Assert.Single(fragment.Batches).Statements));
        Assert.Equal(TriggerType.After, trigger.TriggerType);
        Assert.Equal([TriggerActionType.Delete, TriggerActionType.Update], trigger.TriggerActions.Select(a => a.TriggerActionType).Order());
    }
}
