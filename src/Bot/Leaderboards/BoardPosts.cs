using System.Globalization;
using IronArmy.Bot.Cards;
using IronArmy.Bot.Delivery;
using IronArmy.Bot.Resources;
using IronArmy.Core.Leaderboards;
using IronArmy.Data;
using IronArmy.Data.Calendar;
using IronArmy.Data.Delivery;
using IronArmy.Data.Teams;

namespace IronArmy.Bot.Leaderboards;

/// <summary>
/// Boards to the team channel, through the outbox, in the team's language. The key decides how
/// often: the scheduled board once per team, period kind and period (<see cref="LeaderboardKeys.ScheduledBoard"/>),
/// a manager's <c>board now</c> once per command.
/// </summary>
public sealed class BoardPosts(IronArmyDbContext db, TeamBoards boards, Outbox outbox, ILogger<BoardPosts> log)
{
    /// <summary>
    /// A work date's boards after its digest: the daily board, and the weekly and monthly boards when
    /// the date is the last work day of its week or month in the team's calendar
    /// (<see cref="BoardDays"/>); returns how many were queued now.
    /// </summary>
    public async Task<int> PostWorkDateAsync(Team team, DateOnly date, CancellationToken ct)
    {
        // Through the month's end and the week after: a holiday on the last days moves the boards earlier.
        var calendar = await db.TeamCalendarAsync(team.Id, date, BoardPeriod.MonthOf(date).End.AddDays(7), ct);
        var kinds = new List<BoardPeriodKind> { BoardPeriodKind.Day };
        if (BoardDays.PostsWeekly(date, calendar)) kinds.Add(BoardPeriodKind.Week);
        if (BoardDays.PostsMonthly(date, calendar)) kinds.Add(BoardPeriodKind.Month);
        var queued = 0;
        foreach (var kind in kinds)
        {
            if (await PostAsync(team, kind, date, dayDone: true, key: null, ct)) queued++;
        }

        return queued;
    }

    /// <summary>Queues the board of <paramref name="kind"/> containing <paramref name="date"/>; false when the key was used before (nothing sent twice).</summary>
    /// <param name="key">The post's idempotency key, or null for the scheduled one.</param>
    public async Task<bool> PostAsync(Team team, BoardPeriodKind kind, DateOnly date, bool dayDone, string? key, CancellationToken ct)
    {
        if (team.ChannelId is null) return false; // a personal install has no channel: boards are only asked for
        var view = await boards.BuildAsync(team, kind, date, dayDone, askerId: null, ct);
        var t = Texts.For(team.Locale);
        var row = outbox.ToChannel(team, key ?? LeaderboardKeys.ScheduledBoard(team.Id, view.Board.Period), CardMessage.Of(LeaderboardCard.Build(t, view)));
        var added = await outbox.QueueAsync([row], ct) > 0;
        log.LogInformation("Board {Kind} for team {TeamId} on {Date} {Outcome}: {Ranked} ranked", kind, team.Id, date, added ? "queued" : "already queued", view.Board.Ranked.Count);
        return added;
    }
}
