using System.Globalization;
using IronArmy.Bot.Resources;
using IronArmy.Core.Scheduling;
using IronArmy.Core.Teams;
using IronArmy.Data;
using IronArmy.Data.Calendar;
using IronArmy.Data.Teams;

namespace IronArmy.Bot.Scheduling;

/// <summary>
/// A manager's "… now" (<c>kickoff now</c>, <c>share now</c>): runs the ritual for the team's today
/// through <see cref="RitualFanOut"/> while its answers can still be saved, or says why nobody was
/// prompted — not a work day, or the ritual's window already closed (Core <see cref="RitualWindow"/>) —
/// instead of a bare "0 reps".
/// </summary>
public sealed class RitualNow(IronArmyDbContext db, RitualFanOut rituals, TimeProvider clock)
{
    /// <param name="promptedKey">The reply when it ran: {0} reps prompted now, {1} the date; its <c>_One</c> text for one rep.</param>
    public async Task<string> RunAsync(Ritual ritual, Team team, Texts t, string promptedKey, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var zone = team.Schedule.Zone;
        var today = zone.DateOf(now);
        var calendar = await db.TeamCalendarAsync(team.Id, today, today, ct);
        if (!calendar.IsWorkDay(today)) return t.Format("Reply_NotWorkDay", t.LocalDate(today));
        if (!RitualWindow.IsOpen(ritual, today, team.Schedule, now))
        {
            var closed = zone.TimeOf(RitualWindow.ClosesAt(ritual, today, team.Schedule)!.Value).ToString("HH:mm", CultureInfo.InvariantCulture);
            return t.Format("Reply_RitualClosed", t.RitualName(ritual), t.LocalDate(today), closed, zone.Id);
        }

        var prompted = await rituals.RunAsync(ritual, team.Id, now, ct);
        return t.FormatCount(promptedKey, prompted, prompted, t.LocalDate(today));
    }
}
