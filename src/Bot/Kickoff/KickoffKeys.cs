using System.Globalization;
using Quartz;

namespace IronArmy.Bot.Kickoff;

/// <summary>
/// Every key the kickoff writes: its outbox idempotency keys (one message per person, step and work
/// date; one morning board per team and date) and its follow-up jobs' Quartz keys. The prompt itself
/// is a ritual's (<see cref="Scheduling.RitualKeys.Idempotency"/>). Tests name keys through here too.
/// </summary>
public static class KickoffKeys
{
    public static string Nudge(long memberId, DateOnly workDate) => Of($"kickoff-nudge:{memberId}:{workDate:yyyy-MM-dd}");

    /// <summary>The prefix of each manager's "who has not planned" message (<see cref="Scheduling.MissingRepsList"/>).</summary>
    public const string MissingList = "kickoff-missing";

    /// <summary>The morning board's post in the channel: once per team and day, whichever job or instance gets there first.</summary>
    public static string MorningBoard(long teamId, DateOnly workDate) => Of($"board:{teamId}:{workDate:yyyy-MM-dd}");

    /// <summary>One update of the posted board; each refresh is a new message replacing the post.</summary>
    public static string MorningBoardUpdate(string postKey, DateTime nowUtc) => Of($"{postKey}:{nowUtc.Ticks}");

    /// <summary>One follow-up step (<c>nudge</c>, <c>managers</c>, <c>board</c>, <c>board-refresh</c>) of a team's work date, in the team's own group of follow-ups.</summary>
    public static JobKey FollowUp(long teamId, string step, DateOnly workDate) => new(Of($"{step}-{workDate:yyyy-MM-dd}"), Of($"kickoff-{teamId}"));

    private static string Of(FormattableString key) => key.ToString(CultureInfo.InvariantCulture);
}
