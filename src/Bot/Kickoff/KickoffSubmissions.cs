using IronArmy.Bot.Resources;
using System.Globalization;
using System.Text.Json;
using IronArmy.Bot.Cards;
using IronArmy.Bot.Conversations;
using IronArmy.Core.Kickoff;
using IronArmy.Data;
using IronArmy.Data.Kickoff;

namespace IronArmy.Bot.Kickoff;

/// <summary>
/// What happens when a rep presses a kickoff card's button: a submit is read strictly, and either
/// stored (then the summary replaces the form) or answered with the form again, problems marked,
/// nothing stored; an edit reopens the form until the evening share.
/// </summary>
public sealed class KickoffSubmissions(
    IronArmyDbContext db,
    KickoffCards cards,
    KickoffFollowUps followUps,
    TimeProvider clock,
    ILogger<KickoffSubmissions> log) : ICardAction
{
    public const string SubmitVerb = KickoffCard.SubmitVerb;
    public const string EditVerb = KickoffSummaryCard.EditVerb;

    public static IReadOnlyCollection<string> Verbs { get; } = [SubmitVerb, EditVerb];

    /// <summary>The card that replaces the one the rep acted on.</summary>
    public async Task<AdaptiveCard> PressAsync(Speaker speaker, string verb, JsonElement data, CancellationToken ct)
    {
        var (team, member) = (speaker.Team, speaker.Member);
        var now = clock.GetUtcNow().UtcDateTime;
        var today = team.Schedule.Zone.DateOf(now);
        // The date comes from the card: never later than the team's today, so nobody plans (and so
        // silences the prompts of) a day that has not started.
        var workDate = CardData.WorkDateOf(data) is { } d && d < today ? d : today;
        var t = CardData.LanguageOf(data);

        if (!KickoffTimeline.CanEdit(now, workDate, team.Schedule))
        {
            // After the evening share the plan is what was committed: show it, closed for edits.
            var closed = await db.FindKickoffPlanAsync(member.Id, workDate, ct);
            return closed is not null ? await cards.SummaryAsync(team, member, closed, ct, t) : await cards.FormAsync(team, member, workDate, ct, language: t);
        }

        if (verb == EditVerb) return await cards.FormAsync(team, member, workDate, ct, language: t);

        var entered = CardData.InputsOf(data);
        var last = await db.LastKickoffPlanBeforeAsync(member.Id, workDate, ct);
        var carried = last is null ? CarriedTargets.None : CarriedTargets.From(last.Plan.Targets, last.WorkDate, workDate);
        var limits = KickoffLimits.For(team.CurrencyCode);
        var read = KickoffForm.Read(entered, limits, carried);
        if (read.Plan is not { } plan)
        {
            log.LogInformation("Kickoff from member {MemberId} for {WorkDate} refused: {Problems} problems", member.Id, workDate, read.Problems.Count);
            return await cards.FormAsync(team, member, workDate, ct, CardData.Entered(entered), read.Problems, t);
        }

        var saved = await db.SaveKickoffPlanAsync(team.Id, member.Id, workDate, plan, member.Id, now, ct);
        log.LogInformation("Kickoff from member {MemberId} for {WorkDate} stored (changed: {Changed})", member.Id, workDate, saved.Changed);
        if (saved.Changed) await followUps.RefreshBoardAsync(team.Id, workDate, ct);
        return await cards.SummaryAsync(team, member, saved.Entry, ct, t);
    }
}
