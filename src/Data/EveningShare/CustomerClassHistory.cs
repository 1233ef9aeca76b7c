using IronArmy.Core.EveningShare;
using IronArmy.Core.Kickoff;
using IronArmy.Data.Kickoff;
using Microsoft.EntityFrameworkCore;

namespace IronArmy.Data.EveningShare;

/// <summary>What the team has recorded about its customers' classes, for the visits a recap adds beyond the plan.</summary>
public static class CustomerClassHistory
{
    /// <summary>
    /// The last known class (Core: <see cref="LastKnownClasses"/>) of each of <paramref name="customers"/>
    /// in the team as <paramref name="workDate"/>'s visits begin: the visits recorded on earlier dates
    /// (their class after) and the plans made up to this morning (their class). One query for all the
    /// names, matched by <see cref="CustomerName.Key"/> through its indexes; a name the team never
    /// recorded, or last recorded as signed or lost, is not in the result.
    /// </summary>
    public static async Task<IReadOnlyDictionary<string, CustomerClass>> LastKnownClassesAsync(
        this IronArmyDbContext db, long teamId, DateOnly workDate, IEnumerable<string> customers, CancellationToken ct)
    {
        var keys = customers.Select(CustomerName.Key).Where(k => k.Length > 0).Distinct().ToList();
        if (keys.Count == 0) return new Dictionary<string, CustomerClass>();

        var visits = db.VisitFacts
            .Where(f => f.TeamId == teamId && f.WorkDate < workDate && keys.Contains(f.CustomerKey))
            .Select(f => new Sighting { Customer = f.Customer, WorkDate = f.WorkDate, FromVisit = true, Id = f.Id, After = f.After, Planned = null });
        var plans =
            from v in db.Set<KickoffPlanVisit>()
            join p in db.KickoffPlans on v.PlanId equals p.Id
            where p.TeamId == teamId && p.WorkDate <= workDate && keys.Contains(v.CustomerKey)
            select new Sighting { Customer = v.Customer, WorkDate = p.WorkDate, FromVisit = false, Id = v.Id, After = null, Planned = v.Class };
        var rows = await visits.Concat(plans).AsNoTracking().ToListAsync(ct);

        // In the order they were recorded, so Core's "the last of a date wins" is the latest saved;
        // names cleaned as the key was, so rows that matched one key are one customer to Core too.
        return LastKnownClasses.Of(rows
            .OrderBy(r => r.WorkDate).ThenBy(r => r.Id)
            .Select(r => r.FromVisit
                ? CustomerClassRecord.OfVisit(CustomerName.Clean(r.Customer), r.WorkDate, r.After!.Value)
                : CustomerClassRecord.OfPlan(CustomerName.Clean(r.Customer), r.WorkDate, r.Planned!.Value)));
    }

    /// <summary>A row of either source, in one shape so the two are read by one UNION ALL (a member-init projection, which EF can put on both sides).</summary>
    private sealed class Sighting
    {
        public required string Customer { get; init; }

        public DateOnly WorkDate { get; init; }

        public bool FromVisit { get; init; }

        public long Id { get; init; }

        public ClassAfter? After { get; init; }

        public CustomerClass? Planned { get; init; }
    }
}
