using IronArmy.Core.Forms;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using IronArmy.Core.Money;

namespace IronArmy.Core.Kickoff;

/// <summary>
/// The kickoff card's one form model: reads a submitted card (the raw Adaptive Card values keyed by
/// <see cref="KickoffInputs"/> ids) into a <see cref="KickoffPlan"/>, or says what is wrong; writes a
/// plan, or the targets carried over, into input values in the team's currency; and reads what a
/// card shows so far for the standard. The card only lays the values out.
/// </summary>
/// <remarks>
/// Rules: counts are whole (<c>8</c> and <c>8.0</c> are 8) and within <see cref="KickoffLimits"/>;
/// amounts follow <see cref="MoneyText.TryParse"/>; all three day target fields are required; a
/// blank month or week field takes the carried value, and is required only when nothing carries —
/// except on a rep's first plan (<see cref="CarriedTargets.FirstPlan"/>), where a month or week left
/// wholly blank is not set yet (a target is all three fields or none). <see cref="Required"/> names
/// the fields a card must hold.
/// A visit row with no input at all is ignored; one with any detail but no customer is
/// <see cref="FieldProblemKind.Incomplete"/>; a named visit needs class, key person and outcome,
/// its time is optional. New-customer rows are read as <see cref="FormFields.NewCustomers"/> says.
/// Rows are found by their ids, whatever the card's numbering, and read in row order.
/// </remarks>
public static partial class KickoffForm
{
    /// <summary>The row number <see cref="Values"/> and <see cref="Prefill"/> start from.</summary>
    public const int FirstRow = FormFields.FirstRow;

    public static FormResult<KickoffPlan> Read(IReadOnlyDictionary<string, string?> inputs, KickoffLimits limits, CarriedTargets? carried = null)
    {
        var reader = new Reader(inputs, limits, carried ?? CarriedTargets.None);
        var month = reader.Target(TargetPeriod.Month);
        var week = reader.Target(TargetPeriod.Week);
        var day = reader.Target(TargetPeriod.Day);
        var visits = reader.Visits();
        var newCustomers = reader.NewCustomers(limits.MaxNewCustomerRows);
        if (reader.Problems.Count > 0) return FormResult<KickoffPlan>.Invalid(reader.Problems);
        return FormResult<KickoffPlan>.Valid(new KickoffPlan(new Targets(month, week, day!), visits, newCustomers));
    }

    /// <summary>
    /// The target fields <see cref="Read"/> refuses blank with these carried targets: today's
    /// always, a month's or week's when nothing carries for it, unless this is the rep's first plan.
    /// Visit and new-customer fields are required only once their row is named, so none is listed.
    /// </summary>
    public static IReadOnlySet<string> Required(CarriedTargets carried)
    {
        var required = new HashSet<string>(StringComparer.Ordinal);
        foreach (var period in Enum.GetValues<TargetPeriod>())
        {
            if (period != TargetPeriod.Day && (carried.IsFirstPlan || carried.For(period) is not null)) continue;
            required.UnionWith([KickoffInputs.TargetAmount(period), KickoffInputs.TargetVisits(period), KickoffInputs.TargetValidNew(period)]);
        }

        return required;
    }

    /// <summary>
    /// The plan as card input values, to reopen it for an edit: amounts in the major unit of the
    /// limits' currency, times HH:mm, rows from <see cref="FirstRow"/>. <see cref="Read"/> with the
    /// same limits reads them back to the same plan.
    /// </summary>
    public static IReadOnlyDictionary<string, string> Values(KickoffPlan plan, KickoffLimits limits)
    {
        var values = new Dictionary<string, string>();
        if (plan.Targets.Month is { } month) WriteTarget(values, TargetPeriod.Month, month, limits);
        if (plan.Targets.Week is { } week) WriteTarget(values, TargetPeriod.Week, week, limits);
        WriteTarget(values, TargetPeriod.Day, plan.Targets.Day, limits);
        WriteVisits(values, plan.Visits.Select(VisitDraft.From));
        NewCustomerInputs.Write(values, plan.NewCustomers);
        return values;
    }

    /// <summary>
    /// A fresh card's values: the carried month and week targets (amounts in the major unit of the
    /// limits' currency), and drafted visit rows (e.g. from <see cref="VisitDraft.FromTomorrowsPlan"/>).
    /// </summary>
    public static IReadOnlyDictionary<string, string> Prefill(CarriedTargets carried, IEnumerable<VisitDraft> visits, KickoffLimits limits)
    {
        var values = new Dictionary<string, string>();
        if (carried.Month is { } m) WriteTarget(values, TargetPeriod.Month, m, limits);
        if (carried.Week is { } w) WriteTarget(values, TargetPeriod.Week, w, limits);
        WriteVisits(values, visits);
        return values;
    }

    /// <summary>
    /// What a card's values show so far, read leniently so a form with problems still counts against
    /// the standard: a visit row once it has a customer, a class, a key person and an outcome (its
    /// time when it reads), a new customer once named. Only the rows a card has are read; a submit
    /// is read strictly by <see cref="Read"/>.
    /// </summary>
    public static PlanSoFar SoFar(IReadOnlyDictionary<string, string> values)
    {
        string Value(string id) => values.TryGetValue(id, out var v) ? v : "";

        var visits = new List<PlannedVisit>();
        for (var row = FirstRow; row < FirstRow + KickoffInputs.MaxVisits; row++)
        {
            var customer = CustomerName.Clean(Value(KickoffInputs.VisitCustomer(row)));
            if (customer.Length == 0
                || !KickoffChoices.TryRead(Value(KickoffInputs.VisitClass(row)), out CustomerClass cls)
                || !KickoffChoices.TryRead(Value(KickoffInputs.VisitKeyPerson(row)), out KeyPerson kp)
                || !KickoffChoices.TryRead(Value(KickoffInputs.VisitOutcome(row)), out VisitOutcome outcome))
                continue;
            var time = TryReadTime(Value(KickoffInputs.VisitTime(row)), out var t) ? t : (TimeOnly?)null;
            visits.Add(new PlannedVisit(customer, time, cls, kp, outcome));
        }

        var candidates = new List<NewCustomerCandidate>();
        for (var row = FirstRow; row < FirstRow + NewCustomerInputs.MaxRows; row++)
        {
            var name = CustomerName.Clean(Value(NewCustomerInputs.Name(row)));
            if (name.Length == 0) continue;
            bool On(string id) => ToggleValue.TryRead(Value(id), out var on) && on;
            candidates.Add(new NewCustomerCandidate(name, On(NewCustomerInputs.Need(row)), On(NewCustomerInputs.Budget(row)), On(NewCustomerInputs.Payer(row))));
        }

        return new PlanSoFar(visits, candidates);
    }

    private static void WriteTarget(Dictionary<string, string> values, TargetPeriod period, Target target, KickoffLimits limits)
    {
        values[KickoffInputs.TargetAmount(period)] = MoneyText.ToInput(target.SignedAmountMinor, limits.AmountMinorDigits);
        values[KickoffInputs.TargetVisits(period)] = target.Visits.ToString(CultureInfo.InvariantCulture);
        values[KickoffInputs.TargetValidNew(period)] = target.ValidNewCustomers.ToString(CultureInfo.InvariantCulture);
    }

    private static void WriteVisits(Dictionary<string, string> values, IEnumerable<VisitDraft> visits)
    {
        var row = FirstRow;
        foreach (var v in visits)
        {
            values[KickoffInputs.VisitCustomer(row)] = v.Customer;
            if (v.Time is { } time) values[KickoffInputs.VisitTime(row)] = time.ToString("HH:mm", CultureInfo.InvariantCulture);
            if (v.Class is { } c) values[KickoffInputs.VisitClass(row)] = KickoffChoices.Of(c);
            if (v.KeyPerson is { } kp) values[KickoffInputs.VisitKeyPerson(row)] = KickoffChoices.Of(kp);
            if (v.Outcome is { } o) values[KickoffInputs.VisitOutcome(row)] = KickoffChoices.Of(o);
            row++;
        }
    }

    /// <summary>H:mm or HH:mm, seconds allowed (some clients send them) and dropped.</summary>
    private static bool TryReadTime(string? raw, out TimeOnly time)
    {
        time = default;
        if (string.IsNullOrWhiteSpace(raw)) return false;
        var m = TimePattern().Match(raw.Normalize(NormalizationForm.FormKC).Trim());
        if (!m.Success) return false;
        var h = int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture);
        var min = int.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture);
        var s = m.Groups[3].Success ? int.Parse(m.Groups[3].Value, CultureInfo.InvariantCulture) : 0;
        if (h >= 24 || min >= 60 || s >= 60) return false;
        time = new TimeOnly(h, min);
        return true;
    }

    private sealed class Reader(IReadOnlyDictionary<string, string?> inputs, KickoffLimits limits, CarriedTargets carried)
        : FormFields(inputs, limits.MaxCustomerNameLength)
    {
        public Target? Target(TargetPeriod period)
        {
            var fallback = carried.For(period);
            // A first plan may leave month and week for later: wholly blank is "not set", not missing.
            if (carried.IsFirstPlan && period != TargetPeriod.Day
                && IsBlank(Get(KickoffInputs.TargetAmount(period))) && IsBlank(Get(KickoffInputs.TargetVisits(period)))
                && IsBlank(Get(KickoffInputs.TargetValidNew(period))))
                return null;

            var amount = Amount(KickoffInputs.TargetAmount(period), fallback?.SignedAmountMinor);
            var visits = Count(KickoffInputs.TargetVisits(period), limits.MaxCountFor(period), fallback?.Visits);
            var validNew = Count(KickoffInputs.TargetValidNew(period), limits.MaxCountFor(period), fallback?.ValidNewCustomers);
            return amount is { } a && visits is { } v && validNew is { } n ? new Target(a, v, n) : null;
        }

        public IReadOnlyList<PlannedVisit> Visits()
        {
            var visits = new List<PlannedVisit>();
            var seen = new HashSet<string>(CustomerName.Comparer);
            var named = 0;
            foreach (var row in Rows(VisitRowPattern()))
            {
                var customerId = KickoffInputs.VisitCustomer(row);
                var customer = CustomerName.Clean(Get(customerId));
                var timeId = KickoffInputs.VisitTime(row);
                var classId = KickoffInputs.VisitClass(row);
                var kpId = KickoffInputs.VisitKeyPerson(row);
                var outcomeId = KickoffInputs.VisitOutcome(row);
                var anyDetail = !IsBlank(Get(timeId)) || !IsBlank(Get(classId)) || !IsBlank(Get(kpId)) || !IsBlank(Get(outcomeId));
                if (customer.Length == 0)
                {
                    if (anyDetail) Add(customerId, FieldProblemKind.Incomplete);
                    continue;
                }

                if (++named > limits.MaxVisitRows)
                {
                    Add(customerId, FieldProblemKind.OutOfRange);
                    continue;
                }

                var nameOk = Name(customerId, customer, seen);
                var time = Time(timeId);
                var cls = Choice<CustomerClass>(classId, KickoffChoices.TryRead);
                var kp = Choice<KeyPerson>(kpId, KickoffChoices.TryRead);
                var outcome = Choice<VisitOutcome>(outcomeId, KickoffChoices.TryRead);
                if (nameOk && time.Ok && cls is { } c && kp is { } k && outcome is { } o)
                    visits.Add(new PlannedVisit(customer, time.Value, c, k, o));
            }

            return visits;
        }

        private long? Amount(string id, long? fallback)
        {
            var raw = Get(id);
            if (IsBlank(raw)) return fallback ?? Missing(id);
            if (!MoneyText.TryParse(raw, limits.AmountMinorDigits, out var minor)) return Fail(id, FieldProblemKind.NotAnAmount);
            if (minor < 0 || minor > limits.MaxAmountMinor) return Fail(id, FieldProblemKind.OutOfRange);
            return minor;
        }

        private int? Count(string id, int max, int? fallback)
        {
            var raw = Get(id);
            if (IsBlank(raw)) return fallback ?? (int?)Missing(id);
            var t = raw!.Normalize(NormalizationForm.FormKC).Trim();
            if (!decimal.TryParse(t, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value)
                || value != decimal.Truncate(value))
            {
                Add(id, FieldProblemKind.NotAWholeNumber);
                return null;
            }

            if (value < 0 || value > max)
            {
                Add(id, FieldProblemKind.OutOfRange);
                return null;
            }

            return (int)value;
        }

        private (bool Ok, TimeOnly? Value) Time(string id)
        {
            var raw = Get(id);
            if (IsBlank(raw)) return (true, null);
            if (TryReadTime(raw, out var time)) return (true, time);
            Add(id, FieldProblemKind.NotATime);
            return (false, null);
        }

        private long? Missing(string id) => Fail(id, FieldProblemKind.Required);
    }

    [GeneratedRegex(@"^(\d{1,2}):(\d{2})(?::(\d{2}))?$")]
    private static partial Regex TimePattern();

    // Row numbers as the card wrote them into KickoffInputs.Visit*(row) ids.
    [GeneratedRegex(@"^visit\.(\d{1,4})\.")]
    private static partial Regex VisitRowPattern();
}
