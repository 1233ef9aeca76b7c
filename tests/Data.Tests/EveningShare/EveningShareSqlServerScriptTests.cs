using System.Text.RegularExpressions;
using IronArmy.Data.Tests.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.SqlServer.TransactSql.ScriptDom;

namespace IronArmy.Data.Tests.EveningShare;

/// <summary>What the EveningShare migration gives a SQL Server database, read from the T-SQL a DBA would apply.</summary>
public sealed class EveningShareSqlServerScriptTests
{
    [Fact]
    public void The_script_creates_the_recap_tables_their_indexes_and_the_append_only_trigger()
    {
        using var db = SqlServerContexts.Create();
        var script = db.GetService<IMigrator>().GenerateScript(options: MigrationsSqlGenerationOptions.Idempotent);

        foreach (var table in new[] { "Recaps", "RecapPlannedVisits", "RecapUnplannedVisits", "RecapNewCustomers", "RecapTomorrowCustomers", "RecapRevisions", "VisitFacts" })
            Assert.Contains($"CREATE TABLE [{table}]", script);
        Assert.Contains("CREATE UNIQUE INDEX [IX_Recaps_MemberId_WorkDate]", script);
        Assert.Contains("CREATE INDEX [IX_VisitFacts_TeamId_WorkDate]", script);
        Assert.Contains("[SignedAmountMinor] bigint NOT NULL", script);
        Assert.Contains("[WorkDate] date NOT NULL", script);
        Assert.Contains("[LoggedAtUtc] datetime2 NOT NULL", script);
        Assert.Contains("[VentVisibility] nvarchar(16) NULL", script);

        var exec = Regex.Match(script, @"EXEC\(N'(CREATE TRIGGER \[TR_RecapRevisions_AppendOnly\].*?)'\)", RegexOptions.Singleline);
        Assert.True(exec.Success, "the trigger is created through EXEC");
        var body = exec.Groups[1].Value.Replace("''", "'");
        var fragment = (TSqlScript)new TSql160Parser(initialQuotedIdentifiers: true).Parse(new StringReader(body), out var errors);
        Assert.Empty(errors);
        var trigger = Assert.IsType<CreateTriggerStatement>(Assert.Single(Assert.Single(fragment.Batches).Statements));
        Assert.Equal(TriggerType.After, trigger.TriggerType);
        Assert.Equal([TriggerActionType.Delete, TriggerActionType.Update], trigger.TriggerActions.Select(a => a.TriggerActionType).Order());
    }
}
