using System.Globalization;
using IronArmy.Core.Leaderboards;
using Quartz;

namespace IronArmy.Bot.Leaderboards;

/// <summary>
/// Every key the boards and shout-outs write: outbox idempotency keys (a scheduled board once per team,
/// period kind and period; a board asked for once per request; a shout-out post once per batch) and
/// their Quartz keys. Tests name keys through here too.
/// </summary>
public static class LeaderboardKeys
{
    /// <summary>A scheduled board: <c>leaderboard:{team}:{day|week|month}:{first day}</c>, however often its job runs.</summary>
    public static string ScheduledBoard(long teamId, BoardPeriod period) =>
        Of($"leaderboard:{teamId}:{period.Kind.ToString().ToLowerInvariant()}:{period.Start:yyyy-MM-dd}");

    /// <summary>A manager's <c>board now</c>, keyed by the message that asked.</summary>
    public static string BoardNow(long teamId, string requestId) => Of($"leaderboard-now:{teamId}:{requestId}");

    /// <summary>A board asked for in the channel, sent to the asker's 1:1 chat.</summary>
    public static string PrivateBoard(long memberId, string requestId) => Of($"board-private:{memberId}:{requestId}");

    /// <summary>One shout-out post, named by the first moment it carries.</summary>
    public static string ShoutOutPost(long teamId, long firstMomentId) => Of($"shoutouts:{teamId}:{firstMomentId}");

    /// <summary>The daily job at the digest time that schedules the day's board posts, in the team's ritual group.</summary>
    public const string BoardRound = "boards";

    /// <summary>The one-shot board post of a work date.</summary>
    public static JobKey BoardPost(long teamId, DateOnly workDate) => new(Of($"post-{workDate:yyyy-MM-dd}"), Of($"boards-{teamId}"));

    /// <summary>The team's next shout-out post (one at a time).</summary>
    public static JobKey ShoutOutJob(long teamId) => new("post", ShoutOutGroup(teamId));

    public static TriggerKey ShoutOutTrigger(long teamId) => new("post", ShoutOutGroup(teamId));

    public static string ShoutOutGroup(long teamId) => Of($"shoutouts-{teamId}");

    private static string Of(FormattableString key) => key.ToString(CultureInfo.InvariantCulture);
}
