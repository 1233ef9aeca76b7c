using System.Text.Json;
using IronArmy.Bot.Cards;
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
/// </summary>
public sealed class RecapSubmissions(IronArmyDbContext db, RecapCards cards, IEnumerable<IRecapSaved> listeners, TimeProvider clock, ILogger<RecapSubmissions> log) : ICardAction
{
    public static IReadOnlyCollection<string> Verbs { get; } = [RecapCard.SubmitVerb, RecapSummaryCard.EditVerb, RecapNudgeCard.OpenVerb];

    public async Task<AdaptiveCard> PressAsync(Speaker speaker, string verb, JsonElement data, CancellationToken ct)
    {
        var (team, member) = (speaker.Team, speaker.Member);
        var now = clock.GetUtcNow().UtcDateTime;
        var today = team.Schedule.Zone.DateOf(now);
        var workDate = CardData.WorkDateOf(data) is { } d && d < today ? d : today;
        var t = CardData.LanguageOf(data);

        if (!cards.CanEdit(team, workDate))
        {
            var closed = await db.FindRecapAsync(member.Id, workDate, ct);
            return closed is not null ? await cards.SummaryAsync(team, member, closed, ct, t) : await cards.FormAsync(team, member, workDate, ct, language: t);
        }

        if (verb == RecapSummaryCard.EditVerb) return await cards.FormAsync(team, member, workDate, ct, language: t);
        if (verb == RecapNudgeCard.OpenVerb)
        {
            // As "recap": the form, or the summary if the rep shared since the nudge.
            var shared = await db.FindRecapAsync(member.Id, workDate, ct);
            return shared is not null ? await cards.SummaryAsync(team, member, shared, ct, t) : await cards.FormAsync(team, member, workDate, ct, language: t);
        }

        var plan = (await db.FindKickoffPlanAsync(member.Id, workDate, ct))?.ToCore();
        var entered = CardData.InputsOf(data);
        var limits = RecapLimits.For(team.CurrencyCode);
        var read = RecapForm.Read(entered, limits, plan?.Visits ?? []);
        if (read.Recap is not { } recap)
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
