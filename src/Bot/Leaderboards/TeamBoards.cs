using IronArmy.Core.Leaderboards;
using IronArmy.Data;
using IronArmy.Data.Calendar;
using IronArmy.Data.Leaderboards;
using IronArmy.Data.Teams;

namespace IronArmy.Bot.Leaderboards;

/// <summary>
/// A team's board for one period as a card shows it: everyone active on the team ranked from the day
/// rollups by the team's headline metric and top size (a manager who shares is on it; nobody is
/// ranked without something shared), with the month's progress and, in a 大战月, the countdown.
/// </summary>
public sealed class TeamBoards(IronArmyDbContext db)
{
    /// <param name="date">The team date the board is for: its period is the day, week or month containing it.</param>
    /// <param name="dayDone">
    /// True once the date's recaps are closed (after the digest): the countdown then counts the work
    /// days after it, not the date itself.
    /// </param>
    /// <param name="askerId">The member asking privately (a rep or a manager): the card adds their own standing. Null for the channel.</param>
    public async Task<LeaderboardView> BuildAsync(Team team, BoardPeriodKind kind, DateOnly date, bool dayDone, long? askerId, CancellationToken ct)
    {
        var month = BoardPeriod.MonthOf(date);
        // Back far enough for the week before and the previous work day, ahead to the month's end for the countdown.
        var calendar = await db.TeamCalendarAsync(team.Id, month.Start.AddDays(-45), month.End, ct);
        var period = BoardPeriod.Containing(kind, date, calendar.WorkDays);
        var previous = period.Previous(calendar);

        var members = await db.TeamBoardMembersAsync(team.Id, team.Schedule.Zone, ct);
        var current = await db.TeamPeriodTotalsAsync(team.Id, period, ct);
        var before = await db.TeamPeriodTotalsAsync(team.Id, previous, ct);
        var board = Leaderboard.Build(period, previous, team.Board.Metric, team.Board.TopSize, members, current, before);

        var monthTotals = kind == BoardPeriodKind.Month ? current : await db.TeamPeriodTotalsAsync(team.Id, month, ct);
        // The board's members, as the targets are theirs: someone who left takes both away.
        var signed = members.Sum(r => monthTotals.GetValueOrDefault(r.MemberId)?.SignedAmountMinor ?? 0);
        var targets = await db.TeamMonthTargetsAsync(team.Id, date, date, ct);
        var battle = await db.BattleMonthOfAsync(team.Id, date, ct);

        return new LeaderboardView(team.Name, board, current, team.CurrencyCode)
        {
            Month = MonthProgress.Of(targets.Values, signed),
            Battle = battle is null ? null : BattleCountdown.Of(battle, signed, date, dayDone, calendar),
            Asker = askerId is { } id ? board.StandingOf(id) : null,
            IsPrivate = askerId is not null,
        };
    }
}
