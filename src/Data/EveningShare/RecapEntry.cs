using IronArmy.Core.EveningShare;
using IronArmy.Core.Kickoff;
using IronArmy.Data.Teams;

namespace IronArmy.Data.EveningShare;

/// <summary>
/// A rep's evening recap for one work date, as stored: one row per member per date, the vent,
/// win and help in columns, the visit results, new customers and tomorrow's customers in child
/// rows. The Bot works with the Core <see cref="Recap"/> through <see cref="ToCore"/> and
/// <see cref="Apply"/>; every change goes through <see cref="Apply"/>, which appends a
/// <see cref="RecapRevision"/>. The derived <see cref="Facts"/> are replaced by <see cref="ReplaceFacts"/>.
/// </summary>
public sealed class RecapEntry
{
    public const int MaxTextLength = 1000;

    public long Id { get; set; }

    public long TeamId { get; set; }

    public long MemberId { get; set; }

    public Member? Member { get; set; }

    /// <summary>The team's local date the recap is for.</summary>
    public DateOnly WorkDate { get; set; }

    /// <summary>This morning's visits with their outcome, in plan order (<see cref="RecapPlannedVisit.Row"/>).</summary>
    public List<RecapPlannedVisit> Planned { get; set; } = [];

    public List<RecapUnplannedVisit> Unplanned { get; set; } = [];

    public List<RecapNewCustomer> NewCustomers { get; set; } = [];

    /// <summary>Tomorrow's customers, which pre-fill tomorrow's kickoff.</summary>
    public List<RecapTomorrowCustomer> Tomorrow { get; set; } = [];

    /// <summary>One per visit made, derived from the morning plan and this recap; replaced on every save that knows the plan.</summary>
    public List<VisitFactEntry> Facts { get; set; } = [];

    /// <summary>倒垃圾; null with <see cref="VentVisibility"/> when the rep had nothing to let out.</summary>
    public string? VentText { get; set; }

    public VentVisibility? VentVisibility { get; set; }

    public string? WinText { get; set; }

    public WinVisibility? WinVisibility { get; set; }

    /// <summary>What is stuck; null when no help was asked for.</summary>
    public string? HelpStuck { get; set; }

    /// <summary>The customer the help is about; null when it is a skill, not a customer.</summary>
    public string? HelpCustomer { get; set; }

    /// <summary>Append-only: one per submit or edit. Not loaded for edits; new revisions are only added.</summary>
    public List<RecapRevision> Revisions { get; set; } = [];

    /// <summary>The first submit.</summary>
    public DateTime SubmittedAtUtc { get; set; }

    /// <summary>The last change (equal to <see cref="SubmittedAtUtc"/> until the first edit).</summary>
    public DateTime UpdatedAtUtc { get; set; }

    /// <summary>Revision number of the current content (1 after the first submit); also the concurrency token.</summary>
    public int Version { get; set; }

    /// <summary>A new entry holding <paramref name="recap"/>, with its first revision.</summary>
    public static RecapEntry Submit(long teamId, long memberId, DateOnly workDate, Recap recap, long submittedByMemberId, DateTime nowUtc)
    {
        var entry = new RecapEntry { TeamId = teamId, MemberId = memberId, WorkDate = workDate, SubmittedAtUtc = nowUtc };
        entry.Apply(recap, submittedByMemberId, nowUtc);
        return entry;
    }

    public Recap ToCore() => new(
        [.. Planned.OrderBy(v => v.Row).Select(v => new PlannedVisitResult(v.Customer, v.Done, v.ReachedFirstKp, v.After, v.SignedAmountMinor))],
        [.. Unplanned.OrderBy(v => v.Row).Select(v => new UnplannedVisit(v.Customer, v.Type, v.After, v.ReachedFirstKp, v.SignedAmountMinor))],
        [.. NewCustomers.OrderBy(c => c.Row).Select(c => new NewCustomerCandidate(c.Name, c.HasNeed, c.HasBudget, c.IsPayer))],
        VentOf(VentText, VentVisibility),
        WinOf(WinText, WinVisibility),
        HelpOf(HelpStuck, HelpCustomer),
        [.. Tomorrow.OrderBy(c => c.Row).Select(c => c.Customer)]);

    // The vent, win and help as their columns hold them (also read without loading the entry: TeamRecapWords).
    internal static Vent? VentOf(string? text, VentVisibility? visibility) =>
        text is null ? null : new Vent(text, visibility ?? Core.EveningShare.VentVisibility.ManagerOnly);

    internal static Win? WinOf(string? text, WinVisibility? visibility) =>
        text is null ? null : new Win(text, visibility ?? Core.EveningShare.WinVisibility.ManagerOnly);

    internal static HelpRequest? HelpOf(string? stuck, string? customer) => stuck is null ? null : new HelpRequest(customer, stuck);

    /// <summary>
    /// Makes <paramref name="recap"/> the content: columns overwritten, child rows replaced (the old
    /// rows are deleted with the entry's children, never left orphaned), and a revision appended
    /// holding the recap before and after. Returns false and changes nothing when the recap is the same.
    /// The entry must have been loaded with its child rows (<see cref="RecapSaving.FindRecapAsync"/>).
    /// </summary>
    public bool Apply(Recap recap, long editedByMemberId, DateTime nowUtc)
    {
        var before = Version == 0 ? null : RecapJson.Write(ToCore());
        var after = RecapJson.Write(recap);
        if (before == after) return false;

        Planned.Clear();
        Planned.AddRange(recap.Planned.Select((v, i) => new RecapPlannedVisit
        {
            Row = i, Customer = v.Customer, Done = v.Done, ReachedFirstKp = v.ReachedFirstKp, After = v.After, SignedAmountMinor = v.SignedAmountMinor,
        }));
        Unplanned.Clear();
        Unplanned.AddRange(recap.Unplanned.Select((v, i) => new RecapUnplannedVisit
        {
            Row = i, Customer = v.Customer, Type = v.Type, After = v.After, ReachedFirstKp = v.ReachedFirstKp, SignedAmountMinor = v.SignedAmountMinor,
        }));
        NewCustomers.Clear();
        NewCustomers.AddRange(recap.NewCustomers.Select((c, i) => new RecapNewCustomer
        {
            Row = i, Name = c.Name, HasNeed = c.HasNeed, HasBudget = c.HasBudget, IsPayer = c.IsPayer,
        }));
        Tomorrow.Clear();
        Tomorrow.AddRange(recap.Tomorrow.Select((name, i) => new RecapTomorrowCustomer { Row = i, Customer = name }));
        (VentText, VentVisibility) = (recap.Vent?.Text, recap.Vent?.Visibility);
        (WinText, WinVisibility) = (recap.Win?.Text, recap.Win?.Visibility);
        (HelpStuck, HelpCustomer) = (recap.Help?.Stuck, recap.Help?.Customer);

        Version++;
        UpdatedAtUtc = nowUtc;
        Revisions.Add(new RecapRevision
        {
            Version = Version, ByMemberId = editedByMemberId, AtUtc = nowUtc, BeforeJson = before, AfterJson = after,
        });
        return true;
    }

    /// <summary>Replaces the visit facts with <paramref name="facts"/>, logged at <paramref name="nowUtc"/>; the entry must have been loaded with its <see cref="Facts"/>.</summary>
    public void ReplaceFacts(IReadOnlyList<VisitFact> facts, DateTime nowUtc)
    {
        Facts.Clear();
        Facts.AddRange(facts.Select((f, i) => new VisitFactEntry
        {
            TeamId = TeamId,
            MemberId = MemberId,
            WorkDate = WorkDate,
            Row = i,
            Customer = f.Customer,
            Type = f.Type,
            Before = f.Before,
            After = f.After,
            ReachedFirstKp = f.ReachedFirstKp,
            SignedAmountMinor = f.SignedAmountMinor,
            Planned = f.Planned,
            LoggedAtUtc = nowUtc,
        }));
    }
}
