using IronArmy.Bot.Cards;
using IronArmy.Bot.Resources;
using IronArmy.Core.EveningShare;
using IronArmy.Core.Kickoff;
using IronArmy.Data;
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
    /// <summary>The rep may change the recap until the manager's digest goes out.</summary>
    public bool CanEdit(Team team, DateOnly workDate) =>
        clock.GetUtcNow().UtcDateTime < team.Schedule.Zone.At(workDate, team.Schedule.Digest);

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
        var plan = await MorningPlanAsync(member.Id, workDate, ct);
        var values = entered ?? (saved is not null ? RecapForm.Values(saved, RecapLimits.For(team.CurrencyCode)) : RecapForm.Prefill(plan));
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
