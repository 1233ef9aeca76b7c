using IronArmy.Bot.Cards;
using IronArmy.Bot.Conversations;
using IronArmy.Bot.Resources;
using IronArmy.Bot.Settings;
using IronArmy.Core.RideAlongs;
using IronArmy.Data;
using IronArmy.Data.RideAlongs;

namespace IronArmy.Bot.RideAlongs;

/// <summary>The asking manager's own rhythm in <c>status</c>: ride-alongs this week against the team's setting.</summary>
public sealed class RideAlongStatus(IronArmyDbContext db, TimeProvider clock) : IStatusFacts
{
    public async Task<IReadOnlyList<Fact>> FactsAsync(Speaker speaker, Texts t, CancellationToken ct)
    {
        var team = speaker.Team;
        var today = team.Schedule.Zone.DateOf(clock.GetUtcNow().UtcDateTime);
        var week = RideAlongRhythm.WeekOf(today, team.Schedule.WorkDays);
        var done = await db.RideAlongsByManagerAsync(speaker.Member.Id, week.Start, week.End, ct);
        var rhythm = new RideAlongRhythm(done, await db.RidesPerWeekAsync(team.Id, ct), week.Start, week.End);
        return [new Fact(t["Status_RideAlongs"], t.Format("Status_RideAlongsValue", rhythm.Done, rhythm.PerWeek))];
    }
}
