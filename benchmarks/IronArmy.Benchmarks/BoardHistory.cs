using System.Diagnostics;
using System.Globalization;
using IronArmy.Core.EveningShare;
using IronArmy.Core.Kickoff;
using IronArmy.Core.Leaderboards;
using IronArmy.Core.Scheduling;
using IronArmy.Core.Teams;
using IronArmy.Data;
using IronArmy.Data.Calendar;
using IronArmy.Data.Teams;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace IronArmy.Benchmarks;

/// <summary>
/// Twelve months of an organisation's history for the board benchmark, December 2025 to November
/// 2026: Monday–Friday teams with a year of Chinese public holidays and make-up Saturdays; every rep
/// shares a recap on about 97% of work days with 8–12 visits (signings, B/C→A moves and valid new
/// customers drawn from a fixed seed), a kickoff plan with the month target on each of those days,
/// and the day and month rollups each recap save would have written (the day's computed by Core's
/// <see cref="RepDayTally"/> from the same visits, the months summed from the days). Teams and members go in through EF; the millions of rows go in with
/// prepared raw SQL in one transaction per month, as a bulk load would.
/// </summary>
internal static class BoardHistory
{
    public static readonly DateOnly First = new(2025, 12, 1);
    public static readonly DateOnly Last = new(2026, 11, 30);

    public static readonly WorkWeek MondayToFriday =
        WorkWeek.Of(DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday);

    private static readonly DateRange[] Holidays =
    [
        new(new(2026, 1, 1), new(2026, 1, 2)),
        new(new(2026, 2, 16), new(2026, 2, 20)),
        DateRange.Day(new(2026, 4, 6)),
        new(new(2026, 5, 1), new(2026, 5, 5)),
        DateRange.Day(new(2026, 6, 19)),
        DateRange.Day(new(2026, 9, 25)),
        new(new(2026, 10, 1), new(2026, 10, 7)),
    ];

    private static readonly DateOnly[] MakeUpDays = [new(2026, 2, 14), new(2026, 2, 28), new(2026, 9, 26), new(2026, 10, 10)];

    /// <summary>Every 50th rep joined on this date: ranked in November, but not compared for "most improved".</summary>
    public static readonly DateOnly LateJoin = new(2026, 11, 9);

    public sealed record Seeded(long[] TeamIds, long[] FirstTeamRepIds, long Recaps, long Visits, long Rollups, long Plans, TimeSpan Took);

    public static TeamCalendar Calendar()
    {
        var calendar = TeamCalendar.Weekly(MondayToFriday);
        foreach (var h in Holidays) calendar = calendar.With(h, DayOverride.Holiday);
        foreach (var d in MakeUpDays) calendar = calendar.With(DateRange.Day(d), DayOverride.MakeUpWorkDay);
        return calendar;
    }

    /// <summary>A history seeded earlier into the same file (<c>--db</c>): its teams and counts.</summary>
    public static async Task<Seeded> FindAsync(IDbContextFactory<IronArmyDbContext> contexts)
    {
        var started = Stopwatch.GetTimestamp();
        await using var db = await contexts.CreateDbContextAsync();
        var teamIds = await db.Teams.OrderBy(t => t.Id).Select(t => t.Id).ToArrayAsync();
        var reps = await db.Members.Where(m => m.TeamId == teamIds[0] && m.Role == MemberRole.Rep).OrderBy(m => m.Id).Select(m => m.Id).ToArrayAsync();
        return new Seeded(teamIds, reps, await db.Recaps.LongCountAsync(), await db.VisitFacts.LongCountAsync(), await db.RepDayRollups.LongCountAsync(),
            await db.KickoffPlans.LongCountAsync(), Stopwatch.GetElapsedTime(started));
    }

    public static async Task<Seeded> SeedAsync(IDbContextFactory<IronArmyDbContext> contexts, string connectionString, BoardOptions options)
    {
        var started = Stopwatch.GetTimestamp();
        var teams = await SeedTeamsAsync(contexts, options);
        var calendar = Calendar();
        var workDays = new DateRange(First, Last).Dates.Where(calendar.IsWorkDay).ToList();
        var random = new Random(20261129);
        var counts = new long[4];

        await using var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync();
        // Seeding only: the measured reads use the bot's own connections and settings.
        await Execute(connection, null, "PRAGMA synchronous = OFF; PRAGMA cache_size = -200000;");
        long recapId = 0;
        foreach (var month in workDays.GroupBy(d => (d.Year, d.Month)))
        {
            await using var tx = (SqliteTransaction)await connection.BeginTransactionAsync();
            using var insert = new Inserts(connection, tx);
            foreach (var (teamId, reps) in teams)
            {
                foreach (var (repId, index) in reps.Select((id, i) => (id, i)))
                {
                    var joinedOn = IsLateJoiner(index) ? LateJoin : First;
                    var monthTarget = random.Next(20, 61) * 10_000_00L; // ¥200,000–600,000
                    foreach (var date in month)
                    {
                        if (date < joinedOn || random.NextDouble() < 0.03) continue; // not there yet; leave, sick, a missed evening
                        var visits = Visits(random, repId, date);
                        var validNew = random.Next(0, 6);
                        var tally = RepDayTally.Of(date, visits, validNew, VisitStandard.Default);
                        recapId++;
                        if (!options.RollupsOnly)
                        {
                            insert.Recap(recapId, teamId, repId, date);
                            for (var row = 0; row < visits.Count; row++) insert.Fact(recapId, teamId, repId, date, row, visits[row]);
                            counts[1] += visits.Count;
                        }

                        insert.Rollup(teamId, repId, tally);
                        insert.Plan(teamId, repId, date, monthTarget, visits.Count);
                        counts[0]++;
                        counts[2]++;
                        counts[3]++;
                    }
                }
            }

            await tx.CommitAsync();
        }

        // The month rollups each recap save keeps beside the day rollups (RollupKeeping), summed in one go.
        await Execute(connection, null,
            "INSERT INTO \"RepMonthRollups\" (\"TeamId\", \"MemberId\", \"Month\", \"SignedAmountMinor\", \"Signings\", \"Visits\", \"ValidNewCustomers\", \"AConversions\", \"Days\", \"UpdatedAtUtc\", \"Version\") " +
            "SELECT \"TeamId\", \"MemberId\", substr(\"WorkDate\", 1, 8) || '01', SUM(\"SignedAmountMinor\"), SUM(\"Signings\"), SUM(\"Visits\"), SUM(\"ValidNewCustomers\"), SUM(\"AConversions\"), COUNT(*), '2026-01-01 10:30:00', 1 " +
            "FROM \"RepDayRollups\" GROUP BY \"TeamId\", \"MemberId\", substr(\"WorkDate\", 1, 8)");
        // The running totals the context's save keeps (RunningTotals), as the RunningTotals migration backfills them.
        await Execute(connection, null,
            "UPDATE \"RepDayRollups\" SET \"RunningSignedAmountMinor\" = w.\"S\", \"RunningValidNewCustomers\" = w.\"N\", \"RunningVisits\" = w.\"V\", \"RunningAConversions\" = w.\"A\", \"RunningDays\" = w.\"D\" " +
            "FROM (SELECT \"Id\", SUM(\"SignedAmountMinor\") OVER r AS \"S\", SUM(\"ValidNewCustomers\") OVER r AS \"N\", SUM(\"Visits\") OVER r AS \"V\", SUM(\"AConversions\") OVER r AS \"A\", COUNT(*) OVER r AS \"D\" " +
            "FROM \"RepDayRollups\" WINDOW r AS (PARTITION BY \"MemberId\" ORDER BY \"WorkDate\" ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW)) AS w " +
            "WHERE w.\"Id\" = \"RepDayRollups\".\"Id\"");
        await Execute(connection, null, "PRAGMA wal_checkpoint(TRUNCATE);");
        await connection.CloseAsync();
        // The bulk load wrote ~350 MB without syncing; written back now, so the measurement reads a
        // settled database instead of competing with the operating system flushing the load.
        await using (var file = new FileStream(new SqliteConnectionStringBuilder(connectionString).DataSource, FileMode.Open, FileAccess.ReadWrite, FileShare.ReadWrite))
            file.Flush(flushToDisk: true);
        if (options.RollupsOnly) counts[0] = 0;
        return new Seeded([.. teams.Select(t => t.TeamId)], teams[0].Reps, counts[0], counts[1], counts[2], counts[3], Stopwatch.GetElapsedTime(started));
    }

    private static async Task<List<(long TeamId, long[] Reps)>> SeedTeamsAsync(IDbContextFactory<IronArmyDbContext> contexts, BoardOptions options)
    {
        await using var db = await contexts.CreateDbContextAsync();
        var joined = new DateTime(2025, 6, 1, 0, 0, 0, DateTimeKind.Utc);
        db.Tenants.Add(new Tenant { Id = "bench-tenant", FirstSeenUtc = joined });
        var teams = new List<Team>();
        for (var t = 0; t < options.Teams; t++)
        {
            var team = new Team
            {
                TenantId = "bench-tenant", TeamsTeamId = $"19:board-bench-{t}@thread.tacv2", Name = $"Team {t + 1}", ServiceUrl = "https://smba.trafficmanager.net/apac/",
                Schedule = TeamSchedule.Default with { WorkDays = MondayToFriday }, InstalledAtUtc = joined,
            };
            team.Members.Add(new Member { TeamsUserId = $"29:board-manager-{t}", Name = "经理", Role = MemberRole.Manager, JoinedAtUtc = joined });
            team.Members.AddRange(Enumerable.Range(0, options.RepsPerTeam).Select(i => new Member
            {
                TeamsUserId = $"29:board-{t}-{i}", Name = $"{Surnames[i % Surnames.Length]}{t:00}{i:0000}",
                // A few joined during the year: they are ranked but not compared for "most improved".
                JoinedAtUtc = IsLateJoiner(i) ? LateJoin.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc) : joined,
            }));
            teams.Add(team);
        }

        db.Teams.AddRange(teams);
        await db.SaveChangesAsync();
        foreach (var team in teams)
        {
            foreach (var h in Holidays.SelectMany(h => h.Dates))
                db.TeamCalendarDays.Add(new TeamCalendarDay { TeamId = team.Id, Date = h, Kind = DayOverride.Holiday, SetAtUtc = joined });
            foreach (var d in MakeUpDays)
                db.TeamCalendarDays.Add(new TeamCalendarDay { TeamId = team.Id, Date = d, Kind = DayOverride.MakeUpWorkDay, SetAtUtc = joined });
        }

        await db.SaveChangesAsync();
        return [.. teams.Select(t => (t.Id, t.Members.Where(m => m.Role == MemberRole.Rep).Select(m => m.Id).ToArray()))];
    }

    private static bool IsLateJoiner(int repIndex) => repIndex % 50 == 49;

    private static readonly string[] Surnames = ["王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴"];

    /// <summary>A plausible day: 4 new, the rest follow-ups and closings; some move up, a few sign.</summary>
    private static List<VisitFact> Visits(Random random, long repId, DateOnly date)
    {
        var count = random.Next(8, 13);
        var visits = new List<VisitFact>(count);
        for (var i = 0; i < count; i++)
        {
            var customer = string.Create(CultureInfo.InvariantCulture, $"客户{repId}-{date:MMdd}-{i}");
            if (i < 4)
            {
                visits.Add(new VisitFact(customer, VisitType.New, CustomerClass.New, random.NextDouble() < 0.3 ? ClassAfter.B : ClassAfter.C, random.NextDouble() < 0.6, 0, true));
                continue;
            }

            var before = (CustomerClass)random.Next(0, 3); // A, B or C
            var type = i < 6 ? VisitType.FollowUp : VisitType.Closing;
            var roll = random.NextDouble();
            var (after, amount) = before switch
            {
                CustomerClass.A when roll < 0.12 => (ClassAfter.Signed, random.Next(5, 201) * 1_000_00L),
                CustomerClass.A => (ClassAfter.A, 0L),
                CustomerClass.B when roll < 0.08 => (ClassAfter.A, 0L),
                CustomerClass.B => (roll < 0.9 ? ClassAfter.B : ClassAfter.Lost, 0L),
                _ when roll < 0.03 => (ClassAfter.A, 0L),
                _ => (roll < 0.2 ? ClassAfter.B : ClassAfter.C, 0L),
            };
            visits.Add(new VisitFact(customer, type, before, after, random.NextDouble() < 0.7, amount, random.NextDouble() < 0.8));
        }

        return visits;
    }

    private static async Task Execute(SqliteConnection connection, SqliteTransaction? tx, string sql)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = tx;
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }

    /// <summary>Prepared inserts reused for every row of a transaction.</summary>
    private sealed class Inserts : IDisposable
    {
        private const string LoggedAt = "2026-01-01 10:30:00";
        private readonly SqliteCommand recap;
        private readonly SqliteCommand fact;
        private readonly SqliteCommand rollup;
        private readonly SqliteCommand plan;

        public Inserts(SqliteConnection connection, SqliteTransaction tx)
        {
            recap = Prepare(connection, tx,
                "INSERT INTO \"Recaps\" (\"Id\", \"TeamId\", \"MemberId\", \"WorkDate\", \"SubmittedAtUtc\", \"UpdatedAtUtc\", \"Version\") VALUES ($id, $team, $member, $date, $at, $at, 1)",
                "$id", "$team", "$member", "$date", "$at");
            fact = Prepare(connection, tx,
                "INSERT INTO \"VisitFacts\" (\"RecapId\", \"TeamId\", \"MemberId\", \"WorkDate\", \"Row\", \"Customer\", \"Type\", \"Before\", \"After\", \"ReachedFirstKp\", \"SignedAmountMinor\", \"Planned\", \"LoggedAtUtc\") " +
                "VALUES ($recap, $team, $member, $date, $row, $customer, $type, $before, $after, $kp, $amount, $planned, $at)",
                "$recap", "$team", "$member", "$date", "$row", "$customer", "$type", "$before", "$after", "$kp", "$amount", "$planned", "$at");
            rollup = Prepare(connection, tx,
                "INSERT INTO \"RepDayRollups\" (\"TeamId\", \"MemberId\", \"WorkDate\", \"Visits\", \"ValidNewCustomers\", \"SignedAmountMinor\", \"Signings\", \"BiggestDealMinor\", \"AConversions\", \"MetValidNewStandard\", \"MetStandard\", \"UpdatedAtUtc\") " +
                "VALUES ($team, $member, $date, $visits, $validNew, $signed, $signings, $biggest, $conversions, $metValidNew, $met, $at)",
                "$team", "$member", "$date", "$visits", "$validNew", "$signed", "$signings", "$biggest", "$conversions", "$metValidNew", "$met", "$at");
            plan = Prepare(connection, tx,
                "INSERT INTO \"KickoffPlans\" (\"TeamId\", \"MemberId\", \"WorkDate\", \"MonthAmountMinor\", \"MonthVisits\", \"MonthValidNewCustomers\", \"WeekAmountMinor\", \"WeekVisits\", \"WeekValidNewCustomers\", " +
                "\"DayAmountMinor\", \"DayVisits\", \"DayValidNewCustomers\", \"SubmittedAtUtc\", \"UpdatedAtUtc\", \"Version\") " +
                "VALUES ($team, $member, $date, $month, 200, 60, $week, 48, 15, $day, $visits, 3, $at, $at, 1)",
                "$team", "$member", "$date", "$month", "$week", "$day", "$visits", "$at");
        }

        public void Dispose()
        {
            recap.Dispose();
            fact.Dispose();
            rollup.Dispose();
            plan.Dispose();
        }

        public void Recap(long id, long team, long member, DateOnly date) => Run(recap, id, team, member, Text(date), LoggedAt);

        public void Fact(long recapId, long team, long member, DateOnly date, int row, VisitFact v) =>
            Run(fact, recapId, team, member, Text(date), row, v.Customer, v.Type.ToString(), v.Before?.ToString(), v.After.ToString(), v.ReachedFirstKp, v.SignedAmountMinor, v.Planned, LoggedAt);

        public void Rollup(long team, long member, RepDayTally t) =>
            Run(rollup, team, member, Text(t.WorkDate), t.Visits, t.ValidNewCustomers, t.SignedAmountMinor, t.Signings, t.BiggestDealMinor, t.AConversions, t.MetValidNewStandard, t.MetStandard, LoggedAt);

        public void Plan(long team, long member, DateOnly date, long monthTarget, int visits) =>
            Run(plan, team, member, Text(date), monthTarget, monthTarget / 4, monthTarget / 20, visits, LoggedAt);

        private static string Text(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

        private static SqliteCommand Prepare(SqliteConnection connection, SqliteTransaction tx, string sql, params string[] names)
        {
            var command = connection.CreateCommand();
            command.Transaction = tx;
            command.CommandText = sql;
            foreach (var name in names) command.Parameters.Add(new SqliteParameter { ParameterName = name });
            command.Prepare();
            return command;
        }

        private static void Run(SqliteCommand command, params object?[] values)
        {
            for (var i = 0; i < values.Length; i++) command.Parameters[i].Value = values[i] ?? DBNull.Value;
            command.ExecuteNonQuery();
        }
    }
}
