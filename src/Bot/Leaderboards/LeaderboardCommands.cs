using System.Globalization;
using IronArmy.Bot.Cards;
using IronArmy.Bot.Conversations;
using IronArmy.Bot.Delivery;
using IronArmy.Bot.Protocol;
using IronArmy.Bot.Resources;
using IronArmy.Core.Commands;
using IronArmy.Core.Leaderboards;
using IronArmy.Core.Money;
using IronArmy.Data;
using IronArmy.Data.Delivery;
using IronArmy.Data.Leaderboards;

namespace IronArmy.Bot.Leaderboards;

/// <summary>
/// The 标杆 text commands: anyone's <c>board</c> (answered privately, with their own rank) and
/// <c>shoutouts on|off</c>; a manager's <c>board now</c> (to the channel), 大战月, and the board
/// and shout-out settings.
/// </summary>
public sealed class LeaderboardCommands(IronArmyDbContext db, TeamBoards boards, BoardPosts posts, Outbox outbox, TimeProvider clock) : ICommandHandler
{
    public static IReadOnlyCollection<Type> Commands { get; } =
    [
        typeof(ShowBoardCommand), typeof(PostBoardCommand), typeof(SetBattleMonthCommand), typeof(CancelBattleMonthCommand),
        typeof(NameMeInShoutOutsCommand), typeof(SetBoardMetricCommand), typeof(SetBoardTopCommand), typeof(SetBoardDelayCommand), typeof(SetShoutOutsCommand),
        typeof(SetMillionClubCommand), typeof(SetStreakDaysCommand), typeof(SetShoutOutIntervalCommand),
    ];

    public async Task<Activity?> HandleAsync(CommandRequest request, CancellationToken ct)
    {
        var (command, speaker, t) = (request.Command, request.Speaker, request.Texts);
        // The command's activity id keys what it sends: a re-delivered <c>board now</c> posts nothing twice.
        var activityId = request.Inbound.Id;
        var (team, member) = (speaker.Team, speaker.Member);
        var now = clock.GetUtcNow().UtcDateTime;
        var today = team.Schedule.Zone.DateOf(now);
        // After the digest the day's recaps are closed: a battle month's countdown then starts tomorrow.
        var dayDone = now >= team.Schedule.Zone.At(today, team.Schedule.Digest);
        var digits = MoneyText.MinorDigitsOf(team.CurrencyCode);
        var requestKey = activityId ?? now.Ticks.ToString(CultureInfo.InvariantCulture);
        switch (command)
        {
            case ShowBoardCommand show:
                var view = await boards.BuildAsync(team, show.Period, today, dayDone, member.Id, ct);
                var card = CardMessage.Of(LeaderboardCard.Build(t, view));
                if (!speaker.InChannel) return card;
                // Asked in the channel: the board with the asker's own rank is theirs alone.
                await outbox.QueueAsync([outbox.ToMember(team, member, LeaderboardKeys.PrivateBoard(member.Id, requestKey), card)], ct);
                return CardMessage.Text(t["Reply_BoardSentPrivately"]);

            case PostBoardCommand post:
                if (team.ChannelId is null) return CardMessage.Text(t["Reply_NoChannel"]);
                await posts.PostAsync(team, post.Period, today, dayDone, LeaderboardKeys.BoardNow(team.Id, requestKey), ct);
                return CardMessage.Text(t.Format("Reply_BoardPosted", t.PeriodName(post.Period)));

            case SetBattleMonthCommand battle:
                if (!battle.TryGoalMinor(digits, out var goal))
                    return CardMessage.Text(t.Format("Reply_BadNumber", battle.Goal, t.Usage("battle month 2026-12 5000000")));
                await db.SetBattleMonthAsync(team.Id, battle.Month, goal, member.Id, now, ct);
                return CardMessage.Text(t.Format("Reply_BattleMonthSet", t.PeriodDates(BoardPeriod.MonthOf(battle.Month)), t.Money(goal, team.CurrencyCode)));

            case CancelBattleMonthCommand cancel:
                var cleared = await db.ClearBattleMonthAsync(team.Id, cancel.Month, ct);
                return CardMessage.Text(t.Format(cleared ? "Reply_BattleMonthCancelled" : "Reply_BattleMonthNotSet", t.PeriodDates(BoardPeriod.MonthOf(cancel.Month))));

            case NameMeInShoutOutsCommand nameMe:
                member.NamedInShoutOuts = nameMe.Named;
                await db.SaveChangesAsync(ct);
                return CardMessage.Text(t[nameMe.Named ? "Reply_NamedInShoutOuts" : "Reply_NotNamedInShoutOuts"]);

            case SetBoardMetricCommand metric:
                team.Board = team.Board with { Metric = metric.Metric };
                await db.SaveChangesAsync(ct);
                return CardMessage.Text(t.Format("Reply_BoardMetricSet", t.MetricName(metric.Metric)));

            case SetBoardTopCommand top:
                team.Board = team.Board with { TopSize = top.Top };
                await db.SaveChangesAsync(ct);
                return CardMessage.Text(t.Format("Reply_BoardTopSet", top.Top));

            case SetBoardDelayCommand delay:
                team.Board = team.Board with { AfterDigest = TimeSpan.FromMinutes(delay.Minutes) };
                await db.SaveChangesAsync(ct);
                return CardMessage.Text(t.FormatCount("Reply_BoardDelaySet", delay.Minutes, delay.Minutes, team.Schedule.Digest.AddMinutes(delay.Minutes).ToString("HH:mm", CultureInfo.InvariantCulture)));

            case SetShoutOutsCommand shoutOuts:
                team.ShoutOuts = team.ShoutOuts with { Enabled = shoutOuts.On };
                await db.SaveChangesAsync(ct);
                return CardMessage.Text(t[shoutOuts.On ? "Reply_ShoutOutsOn" : "Reply_ShoutOutsOff"]);

            case SetMillionClubCommand club:
                if (!club.TryThresholdMinor(digits, out var threshold))
                    return CardMessage.Text(t.Format("Reply_BadNumber", club.Threshold, t.Usage("set shoutouts million 1000000")));
                team.ShoutOuts = team.ShoutOuts with { MillionClubThresholdMinor = threshold };
                await db.SaveChangesAsync(ct);
                return CardMessage.Text(t.Format("Reply_MillionClubSet", t.Money(threshold, team.CurrencyCode)));

            case SetStreakDaysCommand streak:
                team.ShoutOuts = team.ShoutOuts with { StreakDays = streak.Days };
                await db.SaveChangesAsync(ct);
                return CardMessage.Text(t.Format("Reply_StreakSet", streak.Days));

            case SetShoutOutIntervalCommand interval:
                team.ShoutOuts = team.ShoutOuts with { Interval = TimeSpan.FromMinutes(interval.Minutes) };
                await db.SaveChangesAsync(ct);
                return CardMessage.Text(t.FormatCount("Reply_ShoutOutIntervalSet", interval.Minutes, interval.Minutes));

            default:
                throw new ArgumentOutOfRangeException(nameof(command), command, "Not a 标杆 command.");
        }
    }
}
