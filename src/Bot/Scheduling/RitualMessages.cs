using IronArmy.Bot.Cards;
using IronArmy.Bot.Cards.EveningShare;
using IronArmy.Bot.EveningShare;
using IronArmy.Bot.Kickoff;
using IronArmy.Bot.Protocol;
using IronArmy.Bot.Resources;
using IronArmy.Core.Teams;
using IronArmy.Data.Teams;

namespace IronArmy.Bot.Scheduling;

/// <summary>
/// What each ritual sends, in the recipient's language: the kickoff form and the recap form
/// themselves (pre-filled), and to each manager the evening digest, in as many cards as it needs.
/// </summary>
public sealed class RitualMessages(KickoffCards kickoff, RecapCards recap, EveningDigests digests) : IRitualMessages
{
    public async Task<IReadOnlyList<RitualMessage>> BuildAsync(Ritual ritual, Team team, IReadOnlyList<Member> recipients, DateOnly workDate, CancellationToken ct)
    {
        if (ritual == Ritual.Digest) return await DigestAsync(team, recipients, workDate, ct);

        var messages = new List<RitualMessage>(recipients.Count);
        foreach (var m in recipients)
        {
            var card = ritual == Ritual.Kickoff ? await kickoff.FormAsync(team, m, workDate, ct) : await recap.FormAsync(team, m, workDate, ct);
            messages.Add(new RitualMessage(m, [CardMessage.Of(card)]));
        }

        return messages;
    }

    /// <summary>The digest is read from storage once, and its cards built once per language.</summary>
    private async Task<IReadOnlyList<RitualMessage>> DigestAsync(Team team, IReadOnlyList<Member> managers, DateOnly workDate, CancellationToken ct)
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
}
