using IronArmy.Bot.Resources;
using IronArmy.Core.Teams;

namespace IronArmy.Bot.Cards.Settings;

/// <summary>The answer to status: the team's schedule with the next fire of each ritual in the team's local time.</summary>
public static class StatusCard
{
    public sealed record Headcount(int Reps, int Managers, int Unreachable);

    public static AdaptiveCard Build(Texts t, string teamName, TeamSchedule schedule, IReadOnlyDictionary<Ritual, DateTime?> nextFiresLocal, Headcount people)
    {
        teamName = t.TeamName(teamName);
        var facts = new List<Fact>
        {
            new(t["Status_TimeZone"], schedule.TimeZoneId),
            new(t["Status_WorkDays"], t.WorkDays(schedule.WorkDays)),
        };
        foreach (var ritual in new[] { Ritual.Kickoff, Ritual.EveningShare, Ritual.Digest })
        {
            var time = schedule.TimeOf(ritual).ToString("HH:mm");
            facts.Add(new Fact(t.RitualName(ritual), nextFiresLocal.GetValueOrDefault(ritual) is { } next
                ? t.Format("Status_RitualValue", time, t.LocalDateTime(next))
                : t.Format("Status_NotScheduled", time)));
        }

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
}
