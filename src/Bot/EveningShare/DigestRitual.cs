using IronArmy.Bot.Cards;
using IronArmy.Bot.Protocol;
using IronArmy.Bot.Resources;
using IronArmy.Bot.Scheduling;
using IronArmy.Data.Teams;

namespace IronArmy.Bot.EveningShare;

/// <summary>
/// The evening digest as a ritual: each reachable manager gets it in their language, in as many
/// cards as it needs. It is read from storage once and its cards built once per language.
/// </summary>
public sealed class DigestRitual(EveningDigests digests) : IRitual
{
    public async Task<IReadOnlyList<RitualMessage>> MessagesAsync(Team team, IReadOnlyList<Member> managers, DateOnly workDate, CancellationToken ct)
    {
        if (managers.Count == 0) return [];
        var digest = await digests.OfAsync(team, workDate, ct);
        var byLanguage = new Dictionary<string, IReadOnlyList<Activity>>();
        return [.. managers.Select(m =>
        {
            var t = Texts.For(m.Locale ?? team.Locale);
            if (!byLanguage.TryGetValue(t.Language, out var parts))
                byLanguage[t.Language] = parts = [.. DigestCards.Build(t, digest).Select(CardMessage.Of)];
            return new RitualMessage(m, parts);
        })];
    }

    /// <summary>The digest is the day's last step: nothing follows it.</summary>
    public Task FollowUpAsync(Team team, DateOnly workDate, DateTime startedUtc, CancellationToken ct) => Task.CompletedTask;
}
