using System.Globalization;
using System.Text.Json;
using IronArmy.Bot.Cards;
using IronArmy.Bot.Conversations;
using IronArmy.Bot.Delivery;
using IronArmy.Bot.Resources;
using IronArmy.Core.Forms;
using IronArmy.Core.RideAlongs;
using IronArmy.Core.Teams;
using IronArmy.Data;
using IronArmy.Data.RideAlongs;
using IronArmy.Data.Teams;
using Microsoft.EntityFrameworkCore;

namespace IronArmy.Bot.RideAlongs;

/// <summary>
/// The ride-along's buttons. A manager's submit is read strictly by Core: valid, it is stored first,
/// then the coaching note (never the private remarks) goes to the rep's 1:1 chat through the outbox
/// and the saved summary replaces the form; invalid — unknown or departed rep, a stage not one of the
/// four, a follow-up date in the past, text too long — the form comes back with the words kept and
/// the problems marked, and nothing is stored. A rep's "Got it" marks the note acknowledged, replaces
/// it with the acknowledged version and tells the manager, once.
/// </summary>
public sealed class RideAlongSubmissions(
    IronArmyDbContext db,
    RideAlongForms forms,
    Outbox outbox,
    TimeProvider clock,
    ILogger<RideAlongSubmissions> log) : ICardAction
{
    public static IReadOnlyCollection<string> Verbs { get; } = [RideAlongCard.SubmitVerb, CoachingNoteCard.AcknowledgeVerb];

    public Task<AdaptiveCard> PressAsync(Speaker speaker, string verb, JsonElement data, CancellationToken ct)
    {
        var t = CardData.LanguageOf(data) ?? Texts.For(speaker.Member.Locale ?? speaker.Team.Locale);
        return verb == CoachingNoteCard.AcknowledgeVerb ? AcknowledgeAsync(speaker, data, t, ct) : SubmitAsync(speaker, data, t, ct);
    }

    private async Task<AdaptiveCard> SubmitAsync(Speaker speaker, JsonElement data, Texts t, CancellationToken ct)
    {
        var (team, manager) = (speaker.Team, speaker.Member);
        var now = clock.GetUtcNow().UtcDateTime;
        var today = team.Schedule.Zone.DateOf(now);
        var words = CardData.Entered(CardData.InputsOf(data));
        // A rep who became a manager's form by forwarding, or a manager demoted since: words back, nothing stored.
        if (manager.Role != MemberRole.Manager)
            return KeptWordsNotice(t, words, t["Ride_OnlyManagers"]);

        var reps = await forms.TeammatesAsync(team, manager, ct);
        var read = RideAlongForm.Read(CardData.InputsOf(data), new RideAlongContext(reps.Select(r => r.MemberId).ToHashSet(), today));
        if (read.Value is not { } ride)
        {
            log.LogInformation("Ride-along from manager {MemberId} refused: {Problems} problems", manager.Id, read.Problems.Count);
            var notices = await WhyRepRefusedAsync(team, words, read.Problems, t, ct);
            return RideAlongCard.Build(t, await forms.AgainAsync(team, manager, today, words, read.Problems, notices, ct));
        }

        var saved = await db.SaveRideAlongAsync(team.Id, manager.Id, today, ride, now, ct);
        log.LogInformation("Ride-along {RideAlongId} by manager {MemberId} with rep {RepId} stored", saved.Id, manager.Id, ride.RepMemberId);

        var rep = await db.Members.AsNoTracking().SingleAsync(m => m.Id == ride.RepMemberId, ct);
        var repTexts = Texts.For(rep.Locale ?? team.Locale);
        // Built from the note alone: the private remarks are not in what a rep's card is made of.
        var note = CoachingNoteCard.Build(repTexts, saved.Id, manager.Name, today, ride.Note);
        await outbox.QueueAsync([outbox.ToMember(team, rep, RideAlongKeys.Note(saved.Id), CardMessage.Of(note))], ct);

        var week = RideAlongRhythm.WeekOf(today, team.Schedule.WorkDays);
        var done = await db.RideAlongsByManagerAsync(manager.Id, week.Start, week.End, ct);
        var rhythm = new RideAlongRhythm(done, await db.RidesPerWeekAsync(team.Id, ct), week.Start, week.End);
        return RideAlongCards.Saved(t, rep.Name, ride, rhythm);
    }

    /// <summary>When the chosen rep is no longer on the team (left since the card was sent), the line saying so.</summary>
    private async Task<IReadOnlyList<string>> WhyRepRefusedAsync(Team team, IReadOnlyDictionary<string, string> words, IReadOnlyList<FieldProblem> problems, Texts t, CancellationToken ct)
    {
        if (!problems.Any(p => p.InputId == RideAlongInputs.Rep && p.Kind == FieldProblemKind.UnknownChoice)) return [];
        if (!words.TryGetValue(RideAlongInputs.Rep, out var raw) || !long.TryParse(raw, NumberStyles.None, CultureInfo.InvariantCulture, out var id)) return [];
        var gone = await db.Members.AsNoTracking().FirstOrDefaultAsync(m => m.Id == id && m.TeamId == team.Id && !m.IsActive, ct);
        return gone is null ? [] : [t.Format("Ride_RepLeft", t.PersonName(gone.Name))];
    }

    private async Task<AdaptiveCard> AcknowledgeAsync(Speaker speaker, JsonElement data, Texts t, CancellationToken ct)
    {
        var (team, rep) = (speaker.Team, speaker.Member);
        var now = clock.GetUtcNow().UtcDateTime;
        var ride = IdOf(data) is { } id ? await db.RideAlongAsync(id, ct) : null;
        if (ride is null || ride.RepMemberId != rep.Id || ride.TeamId != team.Id)
            return KeptWordsNotice(t, new Dictionary<string, string>(), t["Note_NotYours"]);

        // Store first: the acknowledgement is recorded before the manager is told.
        if (await db.AcknowledgeRideAlongAsync(ride.Id, rep.Id, now, ct))
        {
            log.LogInformation("Ride-along {RideAlongId} acknowledged by rep {RepId}", ride.Id, rep.Id);
            var manager = await db.Members.AsNoTracking().SingleAsync(m => m.Id == ride.ManagerMemberId, ct);
            if (manager.IsActive)
            {
                var mt = Texts.For(manager.Locale ?? team.Locale);
                var told = CardMessage.Text(mt.Format("Reply_NoteAcknowledged", mt.PersonName(rep.Name), ride.Customer, mt.LocalDate(ride.WorkDate)));
                await outbox.QueueAsync([outbox.ToMember(team, manager, RideAlongKeys.Acknowledged(ride.Id), told)], ct);
            }
        }

        var acknowledgedAt = (await db.RideAlongAsync(ride.Id, ct))!.AcknowledgedAtUtc ?? now;
        var managerName = await db.Members.Where(m => m.Id == ride.ManagerMemberId).Select(m => m.Name).SingleAsync(ct);
        return CoachingNoteCard.Build(t, ride.Id, managerName, ride.WorkDate, ride.ToCore().Note, team.Schedule.Zone.LocalOf(acknowledgedAt));
    }

    private static long? IdOf(JsonElement data) =>
        data.ValueKind == JsonValueKind.Object && data.TryGetProperty(CoachingNoteCard.RideAlongIdKey, out var v)
        && (v.ValueKind == JsonValueKind.String ? long.TryParse(v.GetString(), NumberStyles.None, CultureInfo.InvariantCulture, out var id) : v.TryGetInt64(out id))
            ? id
            : null;

    private static AdaptiveCard KeptWordsNotice(Texts t, IReadOnlyDictionary<string, string> words, string line) =>
        Forms.KeptWordsCard.Notice(t, t["Ride_Title"], [line, .. words.Where(w => w.Key != RideAlongInputs.PrivateRemarks).Select(w => w.Value)]);
}
