using System.Globalization;
using IronArmy.Bot.Cards;
using IronArmy.Bot.Forms;
using IronArmy.Bot.Resources;
using IronArmy.Core.EveningShare;
using IronArmy.Core.Kickoff;
using IronArmy.Data;
using IronArmy.Data.Calendar;
using IronArmy.Data.EveningShare;
using IronArmy.Data.Kickoff;
using IronArmy.Data.Teams;
using IronArmy.Core.Forms;

namespace IronArmy.Bot.EveningShare;

/// <summary>
/// The evening share cards for one person and work date: the recap form listing this morning's
/// visits (or the saved recap, to edit), and the summary of the day once it is shared.
/// </summary>
public sealed class RecapCards(IronArmyDbContext db, TimeProvider clock)
{
    /// <summary>The rep may change the recap until the manager's digest goes out (Core <see cref="EveningShareTimeline.CanEdit"/>).</summary>
    public bool CanEdit(Team team, DateOnly workDate) =>
        EveningShareTimeline.CanEdit(clock.GetUtcNow().UtcDateTime, workDate, team.Schedule);

    /// <summary>
    /// What <c>recap</c> (and the nudge's button) shows: the summary once shared; the form while it
    /// can be saved; after the digest, the line saying it closed and when the next share is — never
    /// a form that can no longer be saved.
    /// </summary>
    public async Task<AdaptiveCard> OpenAsync(Team team, Member member, DateOnly workDate, Texts t, CancellationToken ct)
    {
        var shared = await db.FindRecapAsync(member.Id, workDate, ct);
        if (shared is not null) return await SummaryAsync(team, member, shared, ct, t);
        if (CanEdit(team, workDate)) return await FormAsync(team, member, workDate, ct, language: t);

        var lines = new List<string> { ClosedLine(team, workDate, t) };
        var now = clock.GetUtcNow().UtcDateTime;
        var today = team.Schedule.Zone.DateOf(now);
        var calendar = await db.TeamCalendarAsync(team.Id, today, today.AddDays(62), ct);
        // Today's share may still be ahead when an old card is pressed in the morning.
        var next = calendar.IsWorkDay(today) && CanEdit(team, today) ? today : calendar.NextWorkDay(today);
        if (next is { } d) lines.Add(t.Format("Recap_NextShare", t.LocalDateTime(d.ToDateTime(team.Schedule.EveningShare))));
        return KeptWordsCard.Notice(t, t.Format("Recap_Title", t.LocalDate(workDate)), lines);
    }

    /// <summary>The words of a recap sent after its digest, read-only, under <paramref name="lines"/>.</summary>
    public async Task<AdaptiveCard> KeptAsync(Team team, Member member, DateOnly workDate, IReadOnlyDictionary<string, string> words, IReadOnlyList<string> lines, Texts t, CancellationToken ct)
    {
        var plan = await MorningPlanAsync(member.Id, workDate, ct);
        return RecapCard.Kept(t, new RecapFormView(workDate, team.CurrencyCode, plan, words), lines);
    }

    /// <summary>"The recap for Mon 1 Dec closed at 21:00 team time (Asia/Shanghai), when the digest went to your manager."</summary>
    public static string ClosedLine(Team team, DateOnly workDate, Texts t)
    {
        var zone = team.Schedule.Zone;
        var at = zone.TimeOf(EveningShareTimeline.ClosesAt(workDate, team.Schedule)).ToString("HH:mm", CultureInfo.InvariantCulture);
        return t.Format("Recap_Closed", t.LocalDate(workDate), at, zone.Id);
    }

    public async Task<IReadOnlyList<PlannedVisit>> MorningPlanAsync(long memberId, DateOnly workDate, CancellationToken ct) =>
        (await db.FindKickoffPlanAsync(memberId, workDate, ct))?.ToCore().Visits ?? [];

    public async Task<AdaptiveCard> FormAsync(
        Team team,
        Member member,
        DateOnly workDate,
        CancellationToken ct,
        IReadOnlyDictionary<string, string>? entered = null,
        IReadOnlyList<FieldProblem>? problems = null,
        Texts? language = null)
    {
        var saved = await db.MemberRecapOnAsync(member.Id, workDate, ct);
        var morning = (await db.FindKickoffPlanAsync(member.Id, workDate, ct))?.ToCore();
        var plan = morning?.Visits ?? [];
        var values = entered
            ?? (saved is not null ? RecapForm.Values(saved, RecapLimits.For(team.CurrencyCode)) : RecapForm.Prefill(plan, morning?.NewCustomers));
        var view = new RecapFormView(workDate, team.CurrencyCode, plan, values)
        {
            IsEdit = saved is not null,
            Problems = problems ?? [],
        };
        return RecapCard.Build(language ?? TextsFor(team, member), view);
    }

    public async Task<AdaptiveCard> SummaryAsync(Team team, Member member, RecapEntry entry, CancellationToken ct, Texts? language = null)
    {
        var recap = entry.ToCore();
        var plan = await MorningPlanAsync(member.Id, entry.WorkDate, ct);
        var summary = new RecapSummary(
            entry.WorkDate,
            team.CurrencyCode,
            recap,
            RepDay.Of(entry.WorkDate, plan, recap, team.Standard),
            team.Schedule.Zone.TimeOf(entry.UpdatedAtUtc))
        {
            CanEdit = CanEdit(team, entry.WorkDate),
        };
        return RecapSummaryCard.Build(language ?? TextsFor(team, member), summary);
    }

    private static Texts TextsFor(Team team, Member member) => Texts.For(member.Locale ?? team.Locale);
}
