using IronArmy.Bot.Cards;
using IronArmy.Bot.Resources;
using IronArmy.Core.Kickoff;
using IronArmy.Data;
using IronArmy.Data.Calendar;
using IronArmy.Data.EveningShare;
using IronArmy.Data.Kickoff;
using IronArmy.Data.Teams;
using Microsoft.EntityFrameworkCore;
using IronArmy.Core.Forms;

namespace IronArmy.Bot.Kickoff;

/// <summary>
/// The kickoff cards for one person and work date, filled with what the bot already knows:
/// today's plan when there is one, otherwise the month and week targets carried over and last
/// evening's visits, written into the form by <see cref="KickoffForm"/> in the team's currency.
/// </summary>
public sealed class KickoffCards(IronArmyDbContext db, TimeProvider clock)
{
    public async Task<AdaptiveCard> FormAsync(
        Team team,
        Member member,
        DateOnly workDate,
        CancellationToken ct,
        IReadOnlyDictionary<string, string>? entered = null,
        IReadOnlyList<FieldProblem>? problems = null,
        Texts? language = null)
    {
        var limits = KickoffLimits.For(team.CurrencyCode);
        var existing = await db.FindKickoffPlanAsync(member.Id, workDate, ct);
        var values = entered
            ?? (existing is not null
                ? KickoffForm.Values(existing.ToCore(), limits)
                : KickoffForm.Prefill(await CarriedTargetsAsync(member.Id, workDate, ct), await LastEveningsVisitsAsync(team, member.Id, workDate, ct), limits));
        var view = new KickoffFormView(workDate, team.CurrencyCode, team.Standard, values)
        {
            IsEdit = existing is not null,
            Problems = problems ?? [],
        };
        return KickoffCard.Build(language ?? TextsFor(team, member), view);
    }

    public async Task<AdaptiveCard> SummaryAsync(Team team, Member member, KickoffPlanEntry entry, CancellationToken ct, Texts? language = null)
    {
        var planned = await db.TeamPlannedVisitCountsAsync(team.Id, entry.WorkDate, ct);
        var updated = team.Schedule.Zone.TimeOf(entry.UpdatedAtUtc);
        var summary = new KickoffSummary(entry.WorkDate, team.CurrencyCode, entry.ToCore(), team.Standard, updated)
        {
            CanEdit = KickoffTimeline.CanEdit(clock.GetUtcNow().UtcDateTime, entry.WorkDate, team.Schedule),
            Mirror = TeamMirror.Of(planned),
            Yesterday = await YesterdayAsync(team, member.Id, entry.WorkDate, ct),
        };
        return KickoffSummaryCard.Build(language ?? TextsFor(team, member), summary);
    }

    /// <summary>The last work day's planned visits against the visits its recap recorded; null without a plan, unknown actual without a recap.</summary>
    private async Task<PlanVersusActual?> YesterdayAsync(Team team, long memberId, DateOnly workDate, CancellationToken ct)
    {
        var calendar = await db.TeamCalendarAsync(team.Id, workDate.AddDays(-31), workDate, ct);
        if (calendar.PreviousWorkDay(workDate) is not { } yesterday) return null;
        // One round trip: the plan's size, and the recap's visit count when there is a recap.
        var day = await db.KickoffPlans
            .Where(p => p.MemberId == memberId && p.WorkDate == yesterday)
            .Select(p => new
            {
                Planned = p.Visits.Count,
                Shared = db.Recaps.Any(r => r.MemberId == memberId && r.WorkDate == yesterday),
                Actual = db.VisitFacts.Count(f => f.MemberId == memberId && f.WorkDate == yesterday),
            })
            .SingleOrDefaultAsync(ct);
        if (day is null) return null;
        var (plannedVisits, actual) = (day.Planned, day.Shared ? day.Actual : (int?)null);
        return new PlanVersusActual(yesterday, plannedVisits, actual);
    }

    private async Task<CarriedTargets> CarriedTargetsAsync(long memberId, DateOnly workDate, CancellationToken ct)
    {
        var last = await db.LastKickoffPlanBeforeAsync(memberId, workDate, ct);
        return last is null ? CarriedTargets.None : CarriedTargets.From(last.Plan.Targets, last.WorkDate, workDate);
    }

    /// <summary>
    /// The visits the rep planned last evening for today (晚效率: tomorrow's plan made tonight), as
    /// the form's first rows; none when the last work day left none.
    /// </summary>
    private async Task<IReadOnlyList<VisitDraft>> LastEveningsVisitsAsync(Team team, long memberId, DateOnly workDate, CancellationToken ct)
    {
        var tomorrow = await db.TomorrowPlanForAsync(memberId, workDate, ct);
        if (tomorrow is not { Customers.Count: > 0 }) return [];
        var calendar = await db.TeamCalendarAsync(team.Id, workDate.AddDays(-31), workDate, ct);
        if (tomorrow.RecapDate != calendar.PreviousWorkDay(workDate)) return [];
        return VisitDraft.FromTomorrowsPlan(tomorrow.Customers);
    }

    private static Texts TextsFor(Team team, Member member) => Texts.For(member.Locale ?? team.Locale);
}
