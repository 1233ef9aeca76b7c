using System.Globalization;
using IronArmy.Core.EveningShare;
using IronArmy.Core.Scheduling;
using IronArmy.Core.Teams;
using IronArmy.Data;
using IronArmy.Data.Calendar;
using IronArmy.Data.EveningShare;
using IronArmy.Data.Teams;
using Microsoft.EntityFrameworkCore;

namespace IronArmy.Bot.EveningShare;

/// <summary>
/// The manager's evening digest of a team's work date, assembled from storage: the reps due that
/// day (or who shared anyway), what they wrote in their recaps, each one's day as its visit facts
/// recorded it, and each one's earlier due days for "three days running". Six small queries whatever
/// the team's size or history (plus what each other feature's <see cref="IDigestSection"/> reads), none loading a recap's child rows; what the rows mean is Core's
/// (<see cref="RitualAudience"/>, <see cref="DueDays"/>, <see cref="EveningDigest.Of"/>).
/// </summary>
public sealed class EveningDigests(IronArmyDbContext db, IEnumerable<IDigestSection> sections)
{
    /// <summary>How far back a rep's earlier due days are looked for: a month, as the kickoff's "yesterday".</summary>
    public const int LookBackDays = 31;

    public async Task<EveningDigest> OfAsync(Team team, DateOnly workDate, CancellationToken ct)
    {
        var from = workDate.AddDays(-LookBackDays);
        var calendarDays = await db.TeamCalendarDaysAsync(team.Id, from, workDate, ct);
        var calendar = new TeamCalendar(team.Schedule.WorkDays, calendarDays.ToDictionary(d => d.Date, d => d.Kind));
        var reps = await db.Members.AsNoTracking()
            .Where(m => m.TeamId == team.Id && m.IsActive && m.Role == MemberRole.Rep)
            .Select(m => new { m.Id, m.Name, m.Role, m.IsActive, m.UnreachableSinceUtc })
            .ToListAsync(ct);
        var leaves = await db.TeamLeavesAsync(team.Id, from, workDate, ct);
        var words = (await db.TeamRecapWordsOnAsync(team.Id, workDate, ct)).ToDictionary(r => r.MemberId);

        // Due as the evening share prompts; a rep who shared while not due (on leave, say) still counts.
        var tonight = reps
            .Where(m => words.ContainsKey(m.Id) || RitualAudience.IsDue(Ritual.EveningShare, m.Role, m.IsActive, m.UnreachableSinceUtc, leaves[m.Id], calendar, workDate))
            .ToList();
        var earlierDates = tonight.ToDictionary(
            m => m.Id,
            m => DueDays.Before(calendar, leaves[m.Id], workDate, HelpNeeds.DaysRunning - 1, LookBackDays));
        var firstNeeded = earlierDates.Values.SelectMany(d => d).DefaultIfEmpty(workDate).Min();
        var days = (await db.TeamDaysBetweenAsync(team.Id, firstNeeded, workDate, ct))
            .ToDictionary(d => (d.MemberId, d.WorkDate), d => d.ToRepDay(team.Standard));

        var evenings = tonight
            .Select(m => words.TryGetValue(m.Id, out var wrote) && days.TryGetValue((m.Id, workDate), out var day)
                ? RepEvening.Shared(Id(m.Id), m.Name, day, wrote.Vent, wrote.Win, wrote.Help)
                : RepEvening.NotSubmitted(Id(m.Id), m.Name))
            .ToList();
        var earlier = earlierDates.ToDictionary(
            e => Id(e.Key),
            e => (IReadOnlyList<RepDay?>)[.. e.Value.Select(d => days.GetValueOrDefault((e.Key, d)))]);
        var extra = new List<DigestSection>();
        foreach (var section in sections)
        {
            if (await section.ReadAsync(team, workDate, ct) is { Lines.Count: > 0 } read) extra.Add(read);
        }

        return EveningDigest.Of(team.Name, workDate, team.CurrencyCode, team.Standard, evenings, earlier) with { Extra = [.. extra.OrderBy(s => s.Order)] };
    }

    private static string Id(long memberId) => memberId.ToString(CultureInfo.InvariantCulture);
}
