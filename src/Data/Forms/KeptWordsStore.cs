using System.Text.Json;
using IronArmy.Core.Teams;
using Microsoft.EntityFrameworkCore;

namespace IronArmy.Data.Forms;

/// <summary>A kickoff draft: the words kept for a work day's form, and when they arrived.</summary>
public sealed record KickoffDraft(IReadOnlyDictionary<string, string> Inputs, DateOnly SentFor, DateTime ArrivedAtUtc);

/// <summary>Keeping the words of a form that could not be saved as what it was for, and finding them again.</summary>
public static class KeptWordsStore
{
    /// <summary>Stores the words (committed before this returns: store first, then answer or tell anyone).</summary>
    public static async Task<KeptWords> KeepWordsAsync(
        this IronArmyDbContext db,
        long teamId,
        long memberId,
        Ritual ritual,
        DateOnly workDate,
        DateOnly? draftFor,
        IReadOnlyDictionary<string, string> inputs,
        DateTime nowUtc,
        CancellationToken ct)
    {
        var words = new KeptWords
        {
            TeamId = teamId,
            MemberId = memberId,
            Ritual = ritual,
            WorkDate = workDate,
            DraftFor = draftFor,
            ArrivedAtUtc = nowUtc,
            InputsJson = JsonSerializer.Serialize(inputs),
        };
        db.KeptWords.Add(words);
        await db.SaveChangesAsync(ct);
        return words;
    }

    /// <summary>The latest kickoff words kept for <paramref name="workDate"/>'s form, or null.</summary>
    public static async Task<KickoffDraft?> KickoffDraftForAsync(this IronArmyDbContext db, long memberId, DateOnly workDate, CancellationToken ct)
    {
        var kept = await db.KeptWords.AsNoTracking()
            .Where(w => w.MemberId == memberId && w.Ritual == Ritual.Kickoff && w.DraftFor == workDate)
            .OrderByDescending(w => w.Id)
            .Select(w => new { w.InputsJson, w.WorkDate, w.ArrivedAtUtc })
            .FirstOrDefaultAsync(ct);
        return kept is null ? null : new KickoffDraft(InputsOf(kept.InputsJson), kept.WorkDate, kept.ArrivedAtUtc);
    }

    public static IReadOnlyDictionary<string, string> InputsOf(string json) =>
        JsonSerializer.Deserialize<Dictionary<string, string>>(json) ?? [];
}
