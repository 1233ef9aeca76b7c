using IronArmy.Core.Scheduling;
using IronArmy.Core.Tiers;
using IronArmy.Data;
using IronArmy.Data.Calendar;
using IronArmy.Data.Teams;
using IronArmy.Data.Tiers;

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
/// Reads a team's 271 from storage: its reps, calendar and leave, and both windows' sums in one
/// read of the day rollups (<see cref="TierQueries"/>); what the numbers mean is Core's
/// (<see cref="TierWindow"/>, <see cref="TierRanking"/>). Five small queries whatever the history.
/// </summary>
public sealed class TeamTiers(IronArmyDbContext db)
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

        var reps = await db.TierRepsAsync(team.Id, team.Schedule.Zone, ct);
        var leaves = await db.TeamLeavesAsync(team.Id, from, last, ct);
        var first = nowDays.Count > 0 ? nowDays[^1] : last;
        var sums = await db.TierSumsAsync(team.Id, first, last, beforeDays.Count > 0 ? beforeDays[^1] : first, beforeLast ?? last, ct);

        RepWindow Window(TierRep rep, IReadOnlyList<DateOnly> days, Func<TierSums, WindowSums> pick)
        {
            var s = sums.TryGetValue(rep.MemberId, out var found) ? pick(found) : WindowSums.None;
            return new RepWindow(rep.MemberId, rep.Name, TierWindow.DueDays(days, leaves[rep.MemberId], rep.JoinedOn), s.SignedAmountMinor, s.ValidNewCustomers, s.Visits, s.MovedToA);
        }

        var now = TierRanking.Of(reps.Select(r => Window(r, nowDays, s => s.Now)), settings, team.Standard.Visits);
        var before = beforeLast is null ? TierRanking.Empty : TierRanking.Of(reps.Select(r => Window(r, beforeDays, s => s.Before)), settings, team.Standard.Visits);
        var movements = TierMovement.Between(now, before).ToDictionary(m => m.Now.MemberId);
        return new TierView(team.Name, first, last, beforeLast, settings, team.Standard.Visits, now, movements);
    }
}
