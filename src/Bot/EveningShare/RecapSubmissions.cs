using System.Text.Json;
using IronArmy.Bot.Cards;
using IronArmy.Bot.Resources;
using IronArmy.Bot.Conversations;
using IronArmy.Core.EveningShare;
using IronArmy.Core.Kickoff;
using IronArmy.Data;
using IronArmy.Data.EveningShare;
using IronArmy.Data.Kickoff;

namespace IronArmy.Bot.EveningShare;

/// <summary>
/// A rep pressing the recap card's buttons: a submit is read strictly against this morning's plan,
/// then stored with its visit facts (the summary replaces the form) or answered with the form again,
/// problems marked, nothing stored; an edit reopens the form until the digest; the nudge's button opens it.
/// A submit after the digest is kept word for word as a late recap (<see cref="LateRecaps"/>).
/// </summary>
public sealed class RecapSubmissions(IronArmyDbContext db, RecapCards cards, LateRecaps late, IEnumerable<IRecapSaved> listeners, TimeProvider clock, ILogger<RecapSubmissions> log) : ICardAction
{
    public static IReadOnlyCollection<string> Verbs { get; } = [RecapCard.SubmitVerb, RecapSummaryCard.EditVerb, RecapNudgeCard.OpenVerb];

    public async Task<AdaptiveCard> PressAsync(Speaker speaker, string verb, JsonElement data, CancellationToken ct)
    {
        var (team, member) = (speaker.Team, speaker.Member);
        var now = clock.GetUtcNow().UtcDateTime;
        var today = team.Schedule.Zone.DateOf(now);
        var workDate = CardData.WorkDateOf(data) is { } d && d < today ? d : today;
        var t = CardData.LanguageOf(data) ?? Texts.For(member.Locale ?? team.Locale);

        if (!cards.CanEdit(team, workDate))
        {
            return verb == RecapCard.SubmitVerb
                ? await late.KeepAsync(team, member, workDate, CardData.Entered(CardData.InputsOf(data)), t, ct)
                : await cards.OpenAsync(team, member, workDate, t, ct);
        }

        if (verb == RecapSummaryCard.EditVerb) return await cards.FormAsync(team, member, workDate, ct, language: t);
        // As "recap": the form, or the summary if the rep shared since the nudge.
        if (verb == RecapNudgeCard.OpenVerb) return await cards.OpenAsync(team, member, workDate, t, ct);

        var plan = (await db.FindKickoffPlanAsync(member.Id, workDate, ct))?.ToCore();
        var entered = CardData.InputsOf(data);
        var limits = RecapLimits.For(team.CurrencyCode);
        var read = RecapForm.Read(entered, limits, plan?.Visits ?? []);
        if (read.Value is not { } recap)
        {
            log.LogInformation("Recap from member {MemberId} for {WorkDate} refused: {Problems} problems", member.Id, workDate, read.Problems.Count);
            return await cards.FormAsync(team, member, workDate, ct, CardData.Entered(entered), read.Problems, t);
        }

        // An unplanned follow-up or closing visit counts with the class the team last recorded for the customer.
        var known = await db.LastKnownClassesAsync(team.Id, workDate, recap.Unplanned.Where(v => v.Type != VisitType.New).Select(v => v.Customer), ct);
        var saved = await db.SaveRecapWithFactsAsync(team.Id, member.Id, workDate, recap, plan, member.Id, now, ct, known);
        // Never log the vent, the win or the help request: they are the rep's words for the manager.
        log.LogInformation("Recap from member {MemberId} for {WorkDate} stored (changed: {Changed})", member.Id, workDate, saved.Changed);
        foreach (var listener in listeners) await listener.OnRecapSavedAsync(team, saved, ct);
        return await cards.SummaryAsync(team, member, saved.Entry, ct, t);
    }
}
