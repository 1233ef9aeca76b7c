using IronArmy.Bot.Cards;
using IronArmy.Bot.Leaderboards;
using IronArmy.Bot.Resources;
using IronArmy.Core.EveningShare;
using IronArmy.Core.Kickoff;
using IronArmy.Core.Leaderboards;
using IronArmy.Core.Teams;

namespace IronArmy.Bot.Settings;

/// <summary>
/// The answer to status: the team's schedule with the next fire of each ritual in the team's local
/// time, the currency its amounts are in, the follow-ups the managers set (reminder offsets, the shared-wins post) and the 标杆 settings.
/// </summary>
public static class StatusCard
{
    public sealed record Headcount(int Reps, int Managers, int Unreachable);

    /// <param name="PostSharedWins">Null for a personal install, which has no channel to post to.</param>
    public sealed record FollowUps(KickoffReminders Kickoff, RecapReminders Share, bool? PostSharedWins);

    /// <summary>The 标杆 settings: what the boards rank and when they post, and the shout-outs' rules (amounts in the team's currency).</summary>
    public sealed record Benchmarks(
        BoardMetric Metric, int TopSize, int AfterDigestMinutes, bool ShoutOuts, int IntervalMinutes, ShoutOutRules Rules, string CurrencyCode);

    public static AdaptiveCard Build(
        Texts t, string teamName, TeamSchedule schedule, IReadOnlyDictionary<Ritual, DateTime?> nextFiresLocal, Headcount people, FollowUps followUps, Benchmarks benchmarks,
        IReadOnlyList<Fact>? featureFacts = null)
    {
        teamName = t.TeamNameAsTitle(teamName);
        var facts = new List<Fact>
        {
            new(t["Status_TimeZone"], schedule.Zone.Id),
            new(t["Status_WorkDays"], t.WorkDays(schedule.WorkDays)),
            new(t["Status_Currency"], t.CurrencyNameAndCode(benchmarks.CurrencyCode)),
        };
        foreach (var ritual in new[] { Ritual.Kickoff, Ritual.EveningShare, Ritual.Digest })
        {
            var time = schedule.TimeOf(ritual).ToString("HH:mm");
            facts.Add(new Fact(t.RitualName(ritual), nextFiresLocal.GetValueOrDefault(ritual) is { } next
                ? t.Format("Status_RitualValue", time, t.LocalDateTime(next))
                : t.Format("Status_NotScheduled", time)));
        }

        facts.Add(new Fact(t["Status_KickoffReminders"], t.Format("Status_KickoffRemindersValue",
            Minutes(followUps.Kickoff.Nudge), Minutes(followUps.Kickoff.Managers), Minutes(followUps.Kickoff.Board))));
        facts.Add(new Fact(t["Status_ShareReminders"], t.Format("Status_ShareRemindersValue", Minutes(followUps.Share.Nudge), Minutes(followUps.Share.Managers))));
        facts.Add(new Fact(t["Status_ShareWins"], t[followUps.PostSharedWins switch
        {
            null => "Status_ShareWinsNoChannel",
            true => "Status_On",
            false => "Status_Off",
        }]));
        facts.Add(new Fact(t["Status_Boards"], t.Format("Status_BoardsValue", t.MetricName(benchmarks.Metric), benchmarks.TopSize, benchmarks.AfterDigestMinutes)));
        facts.Add(new Fact(t["Status_ShoutOuts"], benchmarks.ShoutOuts
            ? t.Format("Status_ShoutOutsValue", benchmarks.IntervalMinutes, t.Money(benchmarks.Rules.MillionClubThresholdMinor, benchmarks.CurrencyCode), benchmarks.Rules.StreakDays)
            : t["Status_Off"]));
        facts.AddRange(featureFacts ?? []);
        facts.Add(new Fact(t["Status_Members"], t.Format("Status_MembersValue", people.Reps, people.Managers)));
        if (people.Unreachable > 0) facts.Add(new Fact(t["Status_Unreachable"], t.Format("Status_UnreachableValue", people.Unreachable)));

        return new AdaptiveCard
        {
            Body =
            [
                new TextBlock(t.Format("Status_Title", teamName)) { Size = TextSize.Large, Weight = TextWeight.Bolder, Wrap = true },
                new FactSet(facts),
            ],
            Lang = t.CardLanguage,
            FallbackText = t.Format("Status_Title", teamName),
        };
    }

    private static int Minutes(TimeSpan after) => (int)after.TotalMinutes;
}
