using IronArmy.Bot.Cards;
using IronArmy.Bot.Delivery;
using IronArmy.Bot.Resources;
using IronArmy.Core.Teams;
using IronArmy.Data;
using IronArmy.Data.Delivery;
using IronArmy.Data.Kickoff;
using IronArmy.Data.Teams;
using Microsoft.EntityFrameworkCore;

namespace IronArmy.Bot.Scheduling;

/// <summary>
/// Tells each reachable manager, in their own language, which reps due on a work date have not done
/// a step yet (the kickoff plan, the recap): one message per manager and date, keyed so it is never sent twice.
/// </summary>
public sealed class MissingRepsList(IronArmyDbContext db, Outbox messages)
{
    /// <param name="step">The outbox key's prefix, e.g. <c>kickoff-missing</c>.</param>
    /// <param name="textKey">The message: {0} missing, {1} due, {2} the date, {3} the names.</param>
    /// <returns>How many managers were told (nobody when nobody is missing).</returns>
    public async Task<int> TellManagersAsync(Team team, DateOnly date, IReadOnlyList<Member> missing, string step, string textKey, CancellationToken ct)
    {
        if (missing.Count == 0) return 0;
        var due = (await db.RepsDueOnAsync(team.Id, date, ct)).Count;
        var managers = await db.Members.AsNoTracking()
            .Where(m => m.TeamId == team.Id && m.IsActive && m.Role == MemberRole.Manager && m.UnreachableSinceUtc == null)
            .ToListAsync(ct);
        var rows = managers.Select(m =>
        {
            var t = Texts.For(m.Locale ?? team.Locale);
            var names = t.NameList(missing.Select(r => t.PersonName(r.Name)));
            return messages.ToMember(team, m, $"{step}:{m.Id}:{date:yyyy-MM-dd}", CardMessage.Text(t.FormatCount(textKey, missing.Count, missing.Count, due, t.LocalDate(date), names)));
        }).ToList();
        await messages.QueueAsync(rows, ct);
        return rows.Count;
    }
}
