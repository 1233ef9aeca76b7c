using IronArmy.Core.Scheduling;
using IronArmy.Core.Tiers;
using IronArmy.Data;
using IronArmy.Data.Calendar;
using IronArmy.Data.Teams;
using IronArmy.Data.Tiers;
using Microsoft.EntityFrameworkCore;

namespace IronArmy.Bot.Tiers;

/// <summary>
/// A team's 271 as of a work date, with the ranking it is compared with (a week earlier, or the
/// previous month's end): the window's dates, the settings the score used, and every rep's movement.
/// </summary>
public sealed record TierView(
    string TeamName,
    DateOnly First,
    DateOnly Last,
    DateOnly? ComparedWith,
    TierSettings Settings,
    int StandardVisits,
    TierRanking Ranking,
    IReadOnlyDictionary<long, TierMovement> Movements)
{
    public TierMovement MovementOf(RepTier rep) => Movements[rep.MemberId];
}

/// <summary>
/// Reads a team's 271 from storage: its calendar and leave, and each window's reps and sums in one
/// read of the day rollups (<see cref="TierQueries"/>); what the numbers mean is Core's
/// (<see cref="TierWindow"/>, <see cref="TierRanking"/>). Four small queries whatever the history.
/// </summary>
public sealed class TeamTiers(IronArmyDbContext db, IDbContextFactory<IronArmyDbContext> contexts)
{
    // One digest reads the same ranking twice (the 271's lines and the ride-alongs'): built once per scope.
    private readonly Dictionary<(long TeamId, DateOnly Last, DateOnly? ComparedWith, TierSettings Settings), TierView> _built = [];

    /// <summary>
    /// The last work day whose recaps have closed: today once its digest has passed, else the work
    /// day before — a rep who has not shared yet today is not a zero.
    /// </summary>
    public async Task<DateOnly> LastClosedDayAsync(Team team, DateTime nowUtc, CancellationToken ct)
    {
        var today = team.Schedule.Zone.DateOf(nowUtc);
        var calendar = await db.TeamCalendarAsync(team.Id, today.AddDays(-31), today, ct);
        if (calendar.IsWorkDay(today) && nowUtc >= team.Schedule.Zone.At(today, team.Schedule.Digest)) return today;
        return calendar.PreviousWorkDay(today) ?? today;
    }

    /// <param name="last">The window's last day (its work days end there).</param>
    /// <param name="comparedWith">The last day of the ranking to compare with; null for the one <see cref="TierSettings.TrendDays"/> work days earlier.</param>
    public async Task<TierView> BuildAsync(Team team, DateOnly last, DateOnly? comparedWith, CancellationToken ct)
    {
        var key = (team.Id, last, comparedWith, team.Tiers);
        if (_built.TryGetValue(key, out var built)) return built;
        return _built[key] = await ReadAsync(team, last, comparedWith, ct);
    }

    private async Task<TierView> ReadAsync(Team team, DateOnly last, DateOnly? comparedWith, CancellationToken ct)
    {
        var settings = team.Tiers;
        var from = last.AddDays(-TierWindow.LookBackDays);
        var calendarDays = await db.TeamCalendarDaysAsync(team.Id, from, last, ct);
        var calendar = new TeamCalendar(team.Schedule.WorkDays, calendarDays.ToDictionary(d => d.Date, d => d.Kind));
        var recent = TierWindow.WorkDays(calendar, last, settings.WindowDays + TierSettings.TrendDays);
        var nowDays = recent.Take(settings.WindowDays).ToList();
        var beforeLast = comparedWith ?? (recent.Count > TierSettings.TrendDays ? recent[TierSettings.TrendDays] : null);
        var beforeDays = beforeLast is { } b ? TierWindow.WorkDays(calendar, b, settings.WindowDays) : [];

        var leaves = await db.TeamLeavesAsync(team.Id, from, last, ct);
        var first = nowDays.Count > 0 ? nowDays[^1] : last;
        // The ranking compared with is read on a second pooled connection while this one reads the
        // current window: the two are independent, and half the seeks each halves the wait on an idle
        // core (on a busy one it cannot gain; not measured under load). Task.Run because SQLite's async calls finish synchronously.
        var beforeRead = beforeLast is { } beforeThrough
            ? Task.Run(() => ReadWindowAsync(team, beforeDays.Count > 0 ? beforeDays[^1] : beforeThrough, beforeThrough, ct), ct)
            : Task.FromResult<IReadOnlyList<TierRepSums>>([]);
        var nowRead = db.TierWindowAsync(team.Id, team.Schedule.Zone, first, last, ct);
        await Task.WhenAll(nowRead, beforeRead);
        var reps = await nowRead;
        var earlier = (await beforeRead).ToDictionary(r => r.Rep.MemberId, r => r.Sums);

        RepWindow Window(TierRep rep, IReadOnlyList<DateOnly> days, WindowSums s) =>
            new(rep.MemberId, rep.Name, TierWindow.DueDays(days, leaves[rep.MemberId], rep.JoinedOn), s.SignedAmountMinor, s.ValidNewCustomers, s.Visits, s.MovedToA);

        var now = TierRanking.Of(reps.Select(r => Window(r.Rep, nowDays, r.Sums)), settings, team.Standard.Visits);
        var before = beforeLast is null
            ? TierRanking.Empty
            : TierRanking.Of(reps.Select(r => Window(r.Rep, beforeDays, earlier.GetValueOrDefault(r.Rep.MemberId, WindowSums.None))), settings, team.Standard.Visits);
        var movements = TierMovement.Between(now, before).ToDictionary(m => m.Now.MemberId);
        return new TierView(team.Name, first, last, beforeLast, settings, team.Standard.Visits, now, movements);
    }

    private async Task<IReadOnlyList<TierRepSums>> ReadWindowAsync(Team team, DateOnly from, DateOnly through, CancellationToken ct)
    {
        await using var other = await contexts.CreateDbContextAsync(ct);
        return await other.TierWindowAsync(team.Id, team.Schedule.Zone, from, through, ct);
    }
}
