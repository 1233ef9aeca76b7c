using IronArmy.Bot.Resources;
using System.Globalization;
using System.Text.Json;
using IronArmy.Bot.Cards;
using IronArmy.Bot.Conversations;
using IronArmy.Core.Kickoff;
using IronArmy.Data;
using IronArmy.Data.Forms;
using IronArmy.Data.Kickoff;
using IronArmy.Data.Teams;
using IronArmy.Core.Teams;

namespace IronArmy.Bot.Kickoff;

/// <summary>
/// What happens when a rep presses a kickoff card's button: a submit is read strictly, and either
/// stored (then the summary replaces the form) or answered with the form again, problems marked,
/// nothing stored; an edit reopens the form until the evening share. A submit that cannot be its
/// day's plan — sent after the share, or for a day not begun — is kept word for word as the draft of
/// the next work day's form, and the rep gets every word back with the line saying why.
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
        var sentFor = CardData.WorkDateOf(data) ?? today;
        var t = CardData.LanguageOf(data) ?? Texts.For(member.Locale ?? team.Locale);

        if (verb == EditVerb)
        {
            var editing = sentFor < today ? sentFor : today;
            // After the evening share the plan is what was committed: its summary, closed for edits.
            return KickoffTimeline.CanEdit(now, editing, team.Schedule)
                ? await cards.FormAsync(team, member, editing, ct, language: t)
                : await cards.OpenAsync(team, member, editing, t, ct);
        }

        var entered = CardData.InputsOf(data);
        // Nobody plans (and so silences the prompts of) a day that has not started, and nobody changes
        // a plan after the share; those words become a draft instead of being dropped.
        if (sentFor > today || !KickoffTimeline.CanEdit(now, sentFor, team.Schedule))
            return await KeepAsync(team, member, sentFor, CardData.Entered(entered), now, t, ct);

        var workDate = sentFor;
        var last = await db.LastKickoffPlanBeforeAsync(member.Id, workDate, ct);
        var carried = last is null ? CarriedTargets.FirstPlan : CarriedTargets.From(last.Plan.Targets, last.WorkDate, workDate);
        var limits = KickoffLimits.For(team.CurrencyCode);
        var read = KickoffForm.Read(entered, limits, carried);
        if (read.Value is not { } plan)
        {
            log.LogInformation("Kickoff from member {MemberId} for {WorkDate} refused: {Problems} problems", member.Id, workDate, read.Problems.Count);
            return await cards.FormAsync(team, member, workDate, ct, CardData.Entered(entered), read.Problems, t);
        }

        var saved = await db.SaveKickoffPlanAsync(team.Id, member.Id, workDate, plan, member.Id, now, ct);
        log.LogInformation("Kickoff from member {MemberId} for {WorkDate} stored (changed: {Changed})", member.Id, workDate, saved.Changed);
        if (saved.Changed) await followUps.RefreshBoardAsync(team.Id, workDate, ct);
        return await cards.SummaryAsync(team, member, saved.Entry, ct, t);
    }

    /// <summary>Stores the words first, as the draft of the day they now fill in, then gives them back.</summary>
    private async Task<AdaptiveCard> KeepAsync(Team team, Member member, DateOnly sentFor, Dictionary<string, string> words, DateTime now, Texts t, CancellationToken ct)
    {
        var draftDay = await cards.DraftDayAsync(team, sentFor, ct);
        var kept = await db.KeepWordsAsync(team.Id, member.Id, Ritual.Kickoff, sentFor, draftDay, words, now, ct);
        log.LogInformation("Kickoff from member {MemberId} for {WorkDate} kept as words {KeptId} for {DraftFor}: it cannot be that day's plan now",
            member.Id, sentFor, kept.Id, draftDay);
        return cards.Kept(team, sentFor, words, draftDay, t);
    }
}
