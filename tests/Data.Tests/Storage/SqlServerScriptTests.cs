using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.SqlServer.TransactSql.ScriptDom;

namespace IronArmy.Data.Tests.Storage;

/// <summary>SQL Server cannot run here, so the script a DBA would apply is checked by Microsoft's own T-SQL parser.</summary>
public sealed partial class SqlServerScriptTests
{
    [Fact]
    public void The_idempotent_migration_script_parses_as_TSql_without_errors()
    {
        using var db = SqlServerContexts.Create();
        var script = db.GetService<IMigrator>().GenerateScript(options: MigrationsSqlGenerationOptions.Idempotent);

        var batches = GoLine().Split(script).Where(b => !string.IsNullOrWhiteSpace(b)).ToList();
        Assert.NotEmpty(batches);
        var parser = new TSql160Parser(initialQuotedIdentifiers: true);
        var statements = 0;
        foreach (var batch in batches)
        {
            using var reader = new StringReader(batch);
            var fragment = (TSqlScript)parser.Parse(reader, out var errors);
            Assert.True(errors.Count == 0, string.Join(Environment.NewLine, errors.Select(e => $"line {e.Line}: {e.Message}")) + Environment.NewLine + batch);
            statements += fragment.Batches.Sum(b => b.Statements.Count);
        }

        Assert.True(statements > batches.Count, "the parser saw the statements");
        // The script really carries the schema, guarded by the history table (idempotent).
        Assert.Contains("CREATE TABLE [Outbox]", script);
        Assert.Contains("CREATE UNIQUE INDEX [IX_Outbox_IdempotencyKey]", script);
        Assert.Contains("IF NOT EXISTS", script);
        Assert.Contains("__EFMigrationsHistory", script);
    }

    [Fact]
    public void A_broken_batch_is_reported_by_the_parser()
    {
        // Guards the test above against a parser that accepts anything.
        var parser = new TSql160Parser(initialQuotedIdentifiers: true);
        using var reader = new StringReader("CREATE TABLE [Outbox] ([Id] bigint NOT NULL,");
        parser.Parse(reader, out var errors);
        Assert.NotEmpty(errors);
    }

    [GeneratedRegex(@"^\s*GO\s*$", RegexOptions.Multiline | RegexOptions.IgnoreCase)]
    private static partial Regex GoLine();
}
