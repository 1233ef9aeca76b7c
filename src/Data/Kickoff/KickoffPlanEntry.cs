using IronArmy.Core.Kickoff;
using IronArmy.Data.Teams;

namespace IronArmy.Data.Kickoff;

/// <summary>
/// A rep's kickoff plan for one work date, as stored: one row per member per date, the targets
/// in columns, visits and new-customer candidates in child rows. The Bot works with the Core
/// <see cref="KickoffPlan"/> through <see cref="ToCore"/> and <see cref="Apply"/>; every change
/// goes through <see cref="Apply"/>, which appends a <see cref="KickoffPlanRevision"/>.
/// </summary>
public sealed class KickoffPlanEntry
{
    public long Id { get; set; }

    public long TeamId { get; set; }

    public long MemberId { get; set; }

    public Member? Member { get; set; }

    /// <summary>The team's local date the plan is for.</summary>
    public DateOnly WorkDate { get; set; }

    // Month and week are null together when the plan left them unset (a rep's first plan may).
    public long? MonthAmountMinor { get; set; }

    public int? MonthVisits { get; set; }

    public int? MonthValidNewCustomers { get; set; }

    public long? WeekAmountMinor { get; set; }

    public int? WeekVisits { get; set; }

    public int? WeekValidNewCustomers { get; set; }

    public long DayAmountMinor { get; set; }

    public int DayVisits { get; set; }

    public int DayValidNewCustomers { get; set; }

    /// <summary>Visits in the order the rep listed them (<see cref="KickoffPlanVisit.Row"/>).</summary>
    public List<KickoffPlanVisit> Visits { get; set; } = [];

    public List<KickoffPlanNewCustomer> NewCustomers { get; set; } = [];

    /// <summary>Append-only: one per submit or edit. Not loaded for edits; new revisions are only added.</summary>
    public List<KickoffPlanRevision> Revisions { get; set; } = [];

    /// <summary>The first submit.</summary>
    public DateTime SubmittedAtUtc { get; set; }

    /// <summary>The last change (equal to <see cref="SubmittedAtUtc"/> until the first edit).</summary>
    public DateTime UpdatedAtUtc { get; set; }

    /// <summary>Revision number of the current content (1 after the first submit); also the concurrency token, so two simultaneous edits cannot both win.</summary>
    public int Version { get; set; }

    /// <summary>A new entry holding <paramref name="plan"/>, with its first revision.</summary>
    public static KickoffPlanEntry Submit(long teamId, long memberId, DateOnly workDate, KickoffPlan plan, long submittedByMemberId, DateTime nowUtc)
    {
        var entry = new KickoffPlanEntry { TeamId = teamId, MemberId = memberId, WorkDate = workDate, SubmittedAtUtc = nowUtc };
        entry.Apply(plan, submittedByMemberId, nowUtc);
        return entry;
    }

    public KickoffPlan ToCore() => new(
        new Targets(
            TargetOf(MonthAmountMinor, MonthVisits, MonthValidNewCustomers),
            TargetOf(WeekAmountMinor, WeekVisits, WeekValidNewCustomers),
            new Target(DayAmountMinor, DayVisits, DayValidNewCustomers)),
        [.. Visits.OrderBy(v => v.Row).Select(v => new PlannedVisit(v.Customer, v.Time, v.Class, v.KeyPerson, v.Outcome))],
        [.. NewCustomers.OrderBy(c => c.Row).Select(c => new NewCustomerCandidate(c.Name, c.HasNeed, c.HasBudget, c.IsPayer))]);

    /// <summary>
    /// Makes <paramref name="plan"/> the content: targets overwritten, child rows replaced (the old
    /// rows are deleted with the entry's children, never left orphaned), and a revision appended
    /// holding the plan before and after. Returns false and changes nothing when the plan is the same.
    /// The entry must have been loaded with its <see cref="Visits"/> and <see cref="NewCustomers"/>.
    /// </summary>
    public bool Apply(KickoffPlan plan, long editedByMemberId, DateTime nowUtc)
    {
        var before = Version == 0 ? null : KickoffPlanJson.Write(ToCore());
        var after = KickoffPlanJson.Write(plan);
        if (before == after) return false;

        (MonthAmountMinor, MonthVisits, MonthValidNewCustomers) = (plan.Targets.Month?.SignedAmountMinor, plan.Targets.Month?.Visits, plan.Targets.Month?.ValidNewCustomers);
        (WeekAmountMinor, WeekVisits, WeekValidNewCustomers) = (plan.Targets.Week?.SignedAmountMinor, plan.Targets.Week?.Visits, plan.Targets.Week?.ValidNewCustomers);
        (DayAmountMinor, DayVisits, DayValidNewCustomers) = plan.Targets.Day;
        // Rows are updated in place (an edit usually moves a time or two): EF then writes only the
        // changed columns instead of deleting and re-inserting every row of the plan.
        Sync(Visits, plan.Visits, v => v.Row, (row, v) => new KickoffPlanVisit { Row = row, Customer = v.Customer }, (row, v) =>
        {
            row.Customer = v.Customer;
            row.Time = v.Time;
            row.Class = v.Class;
            row.KeyPerson = v.KeyPerson;
            row.Outcome = v.Outcome;
        });
        Sync(NewCustomers, plan.NewCustomers, c => c.Row, (row, c) => new KickoffPlanNewCustomer { Row = row, Name = c.Name }, (row, c) =>
        {
            row.Name = c.Name;
            row.HasNeed = c.HasNeed;
            row.HasBudget = c.HasBudget;
            row.IsPayer = c.IsPayer;
        });

        Version++;
        UpdatedAtUtc = nowUtc;
        Revisions.Add(new KickoffPlanRevision
        {
            Version = Version, ByMemberId = editedByMemberId, AtUtc = nowUtc, BeforeJson = before, AfterJson = after,
        });
        return true;
    }

    private static Target? TargetOf(long? amount, int? visits, int? validNew) =>
        amount is { } a && visits is { } v && validNew is { } n ? new Target(a, v, n) : null;

    /// <summary>Makes <paramref name="rows"/> hold <paramref name="values"/> in order, row i for value i: reuses, adds, removes.</summary>
    private static void Sync<TRow, TValue>(List<TRow> rows, IReadOnlyList<TValue> values, Func<TRow, int> rowOf, Func<int, TValue, TRow> create, Action<TRow, TValue> copy)
    {
        rows.Sort((a, b) => rowOf(a).CompareTo(rowOf(b)));
        if (rows.Count > values.Count) rows.RemoveRange(values.Count, rows.Count - values.Count);
        for (var i = 0; i < values.Count; i++)
        {
            if (i == rows.Count) rows.Add(create(i, values[i]));
            copy(rows[i], values[i]);
        }
    }
}
