using IronArmy.Bot.EveningShare;
using IronArmy.Core.Leaderboards;
using IronArmy.Data;
using IronArmy.Data.EveningShare;
using IronArmy.Data.Leaderboards;
using IronArmy.Data.Teams;

namespace IronArmy.Bot.Leaderboards;

/// <summary>
/// After a recap is stored: the 标杆时刻 that save made (<see cref="ShoutOuts.Detect"/>), kept in
/// the database, and the team's next shout-out post scheduled. Nothing for a team that turned
/// shout-outs off or has no channel to post in.
/// </summary>
public sealed class ShoutOutFinder(IronArmyDbContext db, ShoutOutSchedule schedule, TimeProvider clock, ILogger<ShoutOutFinder> log) : IRecapSaved
{
    public async Task OnRecapSavedAsync(Team team, RecapSaved saved, CancellationToken ct)
    {
        if (!saved.Changed || !team.ShoutOuts.Enabled || team.ChannelId is null) return;
        var day = saved.Day;
        try
        {
            var context = await db.ShoutOutContextAsync(team.Id, day.MemberId, day.WorkDate, ct);
            var found = ShoutOuts.Detect(day, context, team.ShoutOutRules);
            if (found.Count == 0) return;
            var added = await db.AddShoutOutsAsync(team.Id, found, clock.GetUtcNow().UtcDateTime, ct);
            if (added > 0) await schedule.EnsureScheduledAsync(db, team, ct);
            log.LogInformation("Shout-outs for member {MemberId} on {WorkDate}: {Found} found, {Added} new", day.MemberId, day.WorkDate, found.Count, added);
        }
        catch (Exception ex) when (!ct.IsCancellationRequested)
        {
            // The recap is stored and the rep gets their summary; a lost shout-out must not turn into an error for them.
            log.LogError(ex, "Finding shout-outs for member {MemberId} on {WorkDate} failed", day.MemberId, day.WorkDate);
        }
    }
}
