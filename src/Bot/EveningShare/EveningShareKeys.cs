using System.Globalization;
using Quartz;

namespace IronArmy.Bot.EveningShare;

/// <summary>
/// Every key the evening share and the digest write: outbox idempotency keys (one message per person,
/// step and work date; the wins post once per team and date; a digest asked for once per request)
/// and the follow-up jobs' Quartz keys. The prompts and the scheduled digest are rituals'
/// (<see cref="Scheduling.RitualKeys.Idempotency"/>). Tests name keys through here too.
/// </summary>
public static class EveningShareKeys
{
    public static string Nudge(long memberId, DateOnly workDate) => Of($"share-nudge:{memberId}:{workDate:yyyy-MM-dd}");

    /// <summary>The prefix of each manager's "who has not shared" message (<see cref="Scheduling.MissingRepsList"/>).</summary>
    public const string MissingList = "share-missing";

    public static string SharedWins(long teamId, DateOnly workDate) => Of($"wins:{teamId}:{workDate:yyyy-MM-dd}");

    /// <summary>A manager's <c>digest now</c>, keyed by the message that asked: a re-delivered command sends nothing twice.</summary>
    public static string DigestNow(long managerId, string requestId) => Of($"digest-now:{managerId}:{requestId}");

    /// <summary>A recap sent after the digest, to one manager: once per kept recap and manager.</summary>
    public static string LateRecap(long keptWordsId, long managerId) => Of($"late-recap:{keptWordsId}:{managerId}");

    /// <summary>One follow-up step (<c>nudge</c>, <c>managers</c>, <c>wins</c>) of a team's work date, in the team's own group of follow-ups.</summary>
    public static JobKey FollowUp(long teamId, string step, DateOnly workDate) => new(Of($"{step}-{workDate:yyyy-MM-dd}"), Of($"share-{teamId}"));

    private static string Of(FormattableString key) => key.ToString(CultureInfo.InvariantCulture);
}
