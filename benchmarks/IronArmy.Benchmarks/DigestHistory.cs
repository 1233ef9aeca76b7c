using IronArmy.Core.EveningShare;
using IronArmy.Core.Kickoff;
using IronArmy.Core.Scheduling;
using IronArmy.Data;
using IronArmy.Data.Calendar;
using IronArmy.Data.EveningShare;
using IronArmy.Data.Kickoff;
using IronArmy.Data.Teams;

namespace IronArmy.Benchmarks;

/// <summary>
/// A team's history as the product stores it, made with the product's own entities (plan and recap
/// entries with their revisions, visit facts derived by Core): every work day each rep plans eight
/// visits (1 A, 2 B, 1 C, 4 new), does most of them, adds an unplanned one or two, moves some
/// customers up, signs now and then, and writes a vent, a win or a help request on some evenings.
/// Some reps take leave, one day is a team holiday, and a few recaps are missing each day. Seeded
/// (fixed random seed) so every run measures the same data.
/// </summary>
internal sealed class DigestHistory(int seed)
{
    private readonly Random _random = new(seed);

    private static readonly string[] Cities = ["杭州", "宁波", "温州", "绍兴", "湖州", "嘉兴", "金华", "衢州", "台州", "丽水"];
    private static readonly string[] Trades = ["钢铁", "物流", "纺织", "食品", "鞋业", "茶业", "工具", "化工", "泵业", "造纸"];

    private static readonly string[] Vents =
    [
        "今天连着三家前台都没让进门，说老板不在，明天换个时间再去。",
        "客户又改需求了，白跑一趟，心里有点堵。",
        "The buyer kept me waiting for an hour and then cancelled; I need to let that go before tomorrow.",
        "下午下雨，电动车没电了，推着走了两公里，最后一家没赶上。",
    ];

    private static readonly string[] Wins =
    [
        "开场先说他们自己的停机数据，价格异议就没了；最后用试点方案签下来。",
        "Opened with their own downtime numbers; the objection on price went away and we closed on a pilot.",
        "第一KP一直不见，我先搞定了财务，让财务约的老板，当场拍板。",
    ];

    private static readonly string[] Stuck =
    [
        "老板一直说再考虑，不知道卡在哪里。",
        "Their second KP blocks every meeting with the first.",
        "报价发过去一周了没有回音，要不要再降？",
    ];

    /// <summary>Stores <paramref name="days"/> calendar days of history ending on <paramref name="lastDay"/> (inclusive).</summary>
    /// <returns>How many work days, plans, recaps and visit facts were stored.</returns>
    public async Task<(int WorkDays, int Plans, int Recaps, int Facts)> StoreAsync(
        Func<IronArmyDbContext> newDb, Team team, IReadOnlyList<Member> reps, DateOnly lastDay, int days, DateTime nowUtc)
    {
        var first = lastDay.AddDays(1 - days);
        var holiday = first.AddDays(days / 3);
        var calendar = TeamCalendar.Weekly(team.Schedule.WorkDays).With(DateRange.Day(holiday), DayOverride.Holiday);
        var leave = reps.Where((_, i) => i % 7 == 3).ToDictionary(r => r.Id, r => LeaveOf(first, days));
        await using (var db = newDb())
        {
            db.TeamCalendarDays.Add(new TeamCalendarDay { TeamId = team.Id, Date = holiday, Kind = DayOverride.Holiday, SetAtUtc = nowUtc });
            db.MemberLeaves.AddRange(leave.Select(l => new MemberLeave { MemberId = l.Key, From = l.Value.Start, To = l.Value.End, CreatedAtUtc = nowUtc }));
            await db.SaveChangesAsync();
        }

        var silentTonight = reps.TakeLast(3).Select(r => r.Id).ToHashSet();
        var (workDays, plans, recaps, facts) = (0, 0, 0, 0);
        for (var date = first; date <= lastDay; date = date.AddDays(1))
        {
            if (!calendar.IsWorkDay(date)) continue;
            workDays++;
            await using var db = newDb();
            foreach (var rep in reps)
            {
                if (leave.TryGetValue(rep.Id, out var off) && off.Contains(date)) continue;
                var plan = Plan(rep.Id, date);
                db.KickoffPlans.Add(KickoffPlanEntry.Submit(team.Id, rep.Id, date, plan, rep.Id, nowUtc));
                plans++;
                // A few evenings go unshared; on the measured day, three reps have not shared yet.
                if (date == lastDay ? silentTonight.Contains(rep.Id) : _random.NextDouble() < 0.05) continue;
                var recap = Recap(plan, rep.Id, date);
                var entry = RecapEntry.Submit(team.Id, rep.Id, date, recap, rep.Id, nowUtc);
                var dayFacts = VisitFact.From(plan.Visits, recap);
                entry.ReplaceFacts(dayFacts, nowUtc);
                db.Recaps.Add(entry);
                recaps++;
                facts += dayFacts.Count;
            }

            await db.SaveChangesAsync();
        }

        return (workDays, plans, recaps, facts);
    }

    private DateRange LeaveOf(DateOnly first, int days)
    {
        var start = first.AddDays(_random.Next(days - 3));
        return new DateRange(start, start.AddDays(_random.Next(3)));
    }

    private string Customer(long memberId) => $"{Cities[_random.Next(Cities.Length)]}{Trades[_random.Next(Trades.Length)]}{memberId % 100:00}{_random.Next(400):000}有限公司";

    private KickoffPlan Plan(long memberId, DateOnly date)
    {
        (CustomerClass Class, VisitOutcome Outcome)[] mix =
        [
            (CustomerClass.A, VisitOutcome.Close), (CustomerClass.B, VisitOutcome.Close), (CustomerClass.B, VisitOutcome.Advance), (CustomerClass.C, VisitOutcome.Advance),
            (CustomerClass.New, VisitOutcome.FirstContact), (CustomerClass.New, VisitOutcome.FirstContact), (CustomerClass.New, VisitOutcome.FirstContact), (CustomerClass.New, VisitOutcome.FirstContact),
        ];
        var visits = mix.Select((m, i) => new PlannedVisit(Customer(memberId), new TimeOnly(9 + i, 0), m.Class, i % 2 == 0 ? KeyPerson.First : KeyPerson.Second, m.Outcome)).ToList();
        var target = new Target(20_000_00, 8, 3);
        return new KickoffPlan(
            new Targets(new Target(600_000_00, 176, 66), new Target(150_000_00, 44, 16), target),
            visits,
            [.. visits.Where(v => v.Class == CustomerClass.New).Take(3).Select(v => new NewCustomerCandidate(v.Customer, true, _random.NextDouble() < 0.7, _random.NextDouble() < 0.6))]);
    }

    private Recap Recap(KickoffPlan plan, long memberId, DateOnly date)
    {
        var planned = plan.Visits.Select(v =>
        {
            if (_random.NextDouble() < 0.15) return PlannedVisitResult.NotDone(v.Customer);
            var after = AfterVisit(v.Class);
            return new PlannedVisitResult(v.Customer, true, _random.NextDouble() < 0.6, after, after == ClassAfter.Signed ? _random.Next(10_000, 500_000) * 100L : 0);
        }).ToList();
        var unplanned = Enumerable.Range(0, _random.Next(3)).Select(_ =>
        {
            var type = (VisitType)_random.Next(3);
            var after = type == VisitType.New ? ClassAfter.C : AfterVisit(CustomerClass.B);
            return new UnplannedVisit(Customer(memberId), type, after, _random.NextDouble() < 0.5, after == ClassAfter.Signed ? _random.Next(10_000, 200_000) * 100L : 0);
        }).ToList();
        var moved = planned.Any(p => p.After is ClassAfter.Signed or ClassAfter.A) || unplanned.Any(u => u.After == ClassAfter.Signed);
        return new Recap(
            planned,
            unplanned,
            [.. plan.NewCustomers.Where(c => planned.Any(p => p.Done && p.Customer == c.Name))],
            _random.NextDouble() < 0.3 ? new Vent(Vents[_random.Next(Vents.Length)], (VentVisibility)_random.Next(3)) : null,
            _random.NextDouble() < (moved ? 0.7 : 0.1) ? new Win(Wins[_random.Next(Wins.Length)], (WinVisibility)_random.Next(2)) : null,
            _random.NextDouble() < 0.15 ? new HelpRequest(_random.NextDouble() < 0.7 ? plan.Visits[2].Customer : null, Stuck[_random.Next(Stuck.Length)]) : null,
            [.. Enumerable.Range(0, 3).Select(_ => Customer(memberId))]);
    }

    private ClassAfter AfterVisit(CustomerClass before)
    {
        var roll = _random.NextDouble();
        return before switch
        {
            CustomerClass.A => roll < 0.3 ? ClassAfter.Signed : ClassAfter.A,
            CustomerClass.B => roll < 0.15 ? ClassAfter.A : roll < 0.9 ? ClassAfter.B : ClassAfter.Lost,
            CustomerClass.C => roll < 0.2 ? ClassAfter.B : roll < 0.85 ? ClassAfter.C : ClassAfter.Lost,
            _ => roll < 0.6 ? ClassAfter.C : roll < 0.85 ? ClassAfter.B : ClassAfter.Lost,
        };
    }
}
