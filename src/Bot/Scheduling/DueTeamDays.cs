using IronArmy.Core.Scheduling;
using IronArmy.Data;
using IronArmy.Data.Calendar;
using IronArmy.Data.Teams;
using Microsoft.EntityFrameworkCore;

namespace IronArmy.Bot.Scheduling;

/// <summary>A team's work date for a ritual fired at an instant, when that date is due (Core <see cref="WorkDay.DueOn(bool, Core.Teams.TeamZone, TeamCalendar, DateTime)"/>).</summary>
public static class DueTeamDays
{
    /// <summary>The active team and its local date at <paramref name="firedForUtc"/>; null when the team is gone, inactive, or the date is not a work day.</summary>
    public static async Task<(Team Team, DateOnly WorkDate)?> DueAsync(IronArmyDbContext db, long teamId, DateTime firedForUtc, CancellationToken ct)
    {
        var team = await db.Teams.AsNoTracking().SingleOrDefaultAsync(t => t.Id == teamId, ct);
        if (team is null) return null;
        var zone = team.Schedule.Zone;
        var date = zone.DateOf(firedForUtc);
        var calendar = await db.TeamCalendarAsync(teamId, date, date, ct);
        return WorkDay.DueOn(team.IsActive, zone, calendar, firedForUtc) is { } due ? (team, due) : null;
    }
}
