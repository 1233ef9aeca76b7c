using IronArmy.Bot.Cards;
using IronArmy.Bot.Resources;
using IronArmy.Core.Kickoff;
using IronArmy.Data;
using IronArmy.Data.Calendar;
using IronArmy.Data.EveningShare;
using IronArmy.Data.Forms;
using IronArmy.Data.Kickoff;
using IronArmy.Data.Teams;
using Microsoft.EntityFrameworkCore;
using IronArmy.Bot.Forms;
using IronArmy.Core.Forms;

namespace IronArmy.Bot.Kickoff;

/// <summary>
/// The kickoff cards for one person and work date, filled with what the bot already knows:
/// today's plan when there is one, otherwise the month and week targets carried over and last
/// evening's visits, written into the form by <see cref="KickoffForm"/> in the team's currency —
/// or the words the rep sent for that day when they could not be a plan yet (<see cref="KeptWords"/>).
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
        Texts? language = null,
        IReadOnlyList<string>? notices = null)
    {
        var t = language ?? TextsFor(team, member);
        var limits = KickoffLimits.For(team.CurrencyCode);
        var existing = await db.FindKickoffPlanAsync(member.Id, workDate, ct);
        var lines = new List<string>(notices ?? []);
        // Every card needs it, not only a fresh one: it says which targets the submit must fill.
        var carried = await CarriedTargetsAsync(member.Id, workDate, ct);
        var values = entered;
        if (values is null && existing is not null) values = KickoffForm.Values(existing.ToCore(), limits);
        if (values is null && await db.KickoffDraftForAsync(member.Id, workDate, ct) is { } draft)
        {
            // The rep's own latest words for this day beat anything the bot could guess.
            values = draft.Inputs;
            lines.Add(t.Format("Kickoff_FromKeptWords", t.LocalDateTime(team.Schedule.Zone.LocalOf(draft.ArrivedAtUtc))));
        }

        values ??= KickoffForm.Prefill(carried, await LastEveningsVisitsAsync(team, member.Id, workDate, ct), limits);
        var view = new KickoffFormView(workDate, team.CurrencyCode, team.Standard, values)
        {
            Carried = carried,
            IsEdit = existing is not null,
            IsDraft = workDate > team.Schedule.Zone.DateOf(clock.GetUtcNow().UtcDateTime),
            Problems = problems ?? [],
            Notices = lines,
        };
        return KickoffCard.Build(t, view);
    }

    /// <summary>
    /// What <c>plan</c> shows: today's summary once there is a plan; today's form while it can be
    /// saved; after the evening share, the line saying so and the next work day's form (kept as a
    /// draft when sent), never a form for a day that can no longer be saved.
    /// </summary>
    public async Task<AdaptiveCard> OpenAsync(Team team, Member member, DateOnly workDate, Texts t, CancellationToken ct)
    {
        var plan = await db.FindKickoffPlanAsync(member.Id, workDate, ct);
        if (plan is not null) return await SummaryAsync(team, member, plan, ct, t);
        var now = clock.GetUtcNow().UtcDateTime;
        if (KickoffTimeline.CanEdit(now, workDate, team.Schedule)) return await FormAsync(team, member, workDate, ct, language: t);

        var closed = ClosedLine(team, workDate, t);
        if (await DraftDayAsync(team, workDate, ct) is not { } next)
            return KeptWordsCard.Notice(t, t.Format("Kickoff_Title", t.LocalDate(workDate)), [closed]);
        return await FormAsync(team, member, next, ct, language: t, notices: [closed, t.Format("Kickoff_OfferNext", t.LocalDate(next))]);
    }

    /// <summary>
    /// The words of a kickoff form that could not be <paramref name="sentFor"/>'s plan, read-only,
    /// with the line saying why and which day's form they now fill in (<paramref name="draftDay"/>).
    /// </summary>
    public AdaptiveCard Kept(Team team, DateOnly sentFor, IReadOnlyDictionary<string, string> words, DateOnly? draftDay, Texts t)
    {
        var today = team.Schedule.Zone.DateOf(clock.GetUtcNow().UtcDateTime);
        var kept = draftDay is { } d ? t.Format(sentFor > today ? "Kickoff_DraftKept" : "Kickoff_KeptForDay", t.LocalDate(d)) : t["Kickoff_KeptNoDay"];
        // A day not begun was never closed: only late words say when their window shut.
        IReadOnlyList<string> lines = sentFor > today ? [kept] : [ClosedLine(team, sentFor, t), kept];
        return KickoffCard.Kept(t, new KickoffFormView(sentFor, team.CurrencyCode, team.Standard, words), lines);
    }

    /// <summary>The work day a plan written for <paramref name="sentFor"/> now fills in (Core <see cref="KickoffTimeline.DraftDay"/>).</summary>
    public async Task<DateOnly?> DraftDayAsync(Team team, DateOnly sentFor, CancellationToken ct)
    {
        var calendar = await db.TeamCalendarAsync(team.Id, sentFor, sentFor.AddDays(62), ct);
        return KickoffTimeline.DraftDay(clock.GetUtcNow().UtcDateTime, sentFor, team.Schedule, calendar);
    }

    private static string ClosedLine(Team team, DateOnly workDate, Texts t)
    {
        var zone = team.Schedule.Zone;
        var at = zone.TimeOf(KickoffTimeline.EditsCloseAt(workDate, team.Schedule)).ToString("HH:mm", System.Globalization.CultureInfo.InvariantCulture);
        return t.Format("Kickoff_Closed", t.LocalDate(workDate), at, zone.Id);
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
        return last is null ? CarriedTargets.FirstPlan : CarriedTargets.From(last.Plan.Targets, last.WorkDate, workDate);
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
