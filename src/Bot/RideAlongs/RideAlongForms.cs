using IronArmy.Core.Forms;
using IronArmy.Core.Kickoff;
using IronArmy.Core.RideAlongs;
using IronArmy.Data;
using IronArmy.Data.Kickoff;
using IronArmy.Data.Teams;
using Microsoft.EntityFrameworkCore;

namespace IronArmy.Bot.RideAlongs;

/// <summary>
/// Builds the ride-along form's view from the store: the teammates a manager can pick (active, not
/// themselves), and the customers the chosen rep planned today, to pre-fill the customer.
/// </summary>
public sealed class RideAlongForms(IronArmyDbContext db)
{
    public async Task<IReadOnlyList<RepChoice>> TeammatesAsync(Team team, Member manager, CancellationToken ct)
    {
        var members = await db.Members.AsNoTracking()
            .Where(m => m.TeamId == team.Id && m.IsActive && m.Id != manager.Id)
            .Select(m => new RepChoice(m.Id, m.Name))
            .ToListAsync(ct);
        return [.. members.OrderBy(m => m.Name, StringComparer.Create(System.Globalization.CultureInfo.GetCultureInfo(team.Locale), ignoreCase: true)).ThenBy(m => m.MemberId)];
    }

    /// <summary>
    /// A fresh form. The rep is the one named, or — when none is — the only teammate who planned today;
    /// the customer is the visit of that rep's plan due last at or before now (the one the manager is
    /// most likely at), else its first.
    /// </summary>
    public async Task<RideAlongFormView> NewAsync(Team team, Member manager, long? repId, DateOnly today, TimeOnly nowLocal, CancellationToken ct)
    {
        var reps = await TeammatesAsync(team, manager, ct);
        var plans = await db.TeamPlansOnAsync(team.Id, today, ct);
        var teammatePlans = plans.Where(p => reps.Any(r => r.MemberId == p.MemberId)).ToList();
        repId ??= teammatePlans.Count == 1 ? teammatePlans[0].MemberId : null;
        var visits = teammatePlans.FirstOrDefault(p => p.MemberId == repId)?.Plan.Visits ?? [];
        var customer = visits.Where(v => v.Time is { } at && at <= nowLocal).OrderBy(v => v.Time).LastOrDefault()?.Customer ?? visits.FirstOrDefault()?.Customer;
        return new RideAlongFormView(today, reps, RideAlongForm.Prefill(repId, customer), [], [.. visits.Select(v => v.Customer)], []);
    }

    /// <summary>The form again with the words the manager sent, the problems marked and, when there are any, the lines to say first.</summary>
    public async Task<RideAlongFormView> AgainAsync(
        Team team, Member manager, DateOnly today, IReadOnlyDictionary<string, string> words, IReadOnlyList<FieldProblem> problems, IReadOnlyList<string> notices, CancellationToken ct)
    {
        var reps = await TeammatesAsync(team, manager, ct);
        IReadOnlyList<string> planned = [];
        if (words.TryGetValue(RideAlongInputs.Rep, out var rep) && long.TryParse(rep, out var repId) && reps.Any(r => r.MemberId == repId))
        {
            var plan = (await db.TeamPlansOnAsync(team.Id, today, ct)).FirstOrDefault(p => p.MemberId == repId);
            planned = [.. plan?.Plan.Visits.Select(v => v.Customer) ?? []];
        }

        return new RideAlongFormView(today, reps, RideAlongForm.Shown(words), problems, planned, notices);
    }
}
