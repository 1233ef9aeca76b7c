using IronArmy.Core.Forms;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using IronArmy.Core.Money;

namespace IronArmy.Core.Kickoff;

/// <summary>
/// Reads a submitted kickoff card (the raw Adaptive Card values keyed by <see cref="KickoffInputs"/>
/// ids) into a <see cref="KickoffPlan"/>, or says what is wrong; and writes a plan back into input
/// values so the card can be shown again for an edit.
/// </summary>
/// <remarks>
/// Rules: counts are whole (<c>8</c> and <c>8.0</c> are 8) and within <see cref="KickoffLimits"/>;
/// amounts follow <see cref="MoneyText.TryParse"/>; all three day target fields are required; a
/// blank month or week field takes the carried value, and is required only when nothing carries.
/// A visit row with no input at all is ignored; one with any detail but no customer is
/// <see cref="FieldProblemKind.Incomplete"/>; a named visit needs class, key person and outcome,
/// its time is optional. A new-customer row without a name is ignored unless a test is switched on
/// (then Incomplete); its tests default to false. Rows are found by their ids, whatever the card's
/// numbering, and read in row order.
/// </remarks>
public static partial class KickoffForm
{
    /// <summary>The row number <see cref="Values"/> and <see cref="Prefill"/> start from.</summary>
    public const int FirstRow = 1;

    public static KickoffFormResult Read(IReadOnlyDictionary<string, string?> inputs, KickoffLimits limits, CarriedTargets? carried = null)
    {
        var reader = new Reader(inputs, limits, carried ?? CarriedTargets.None);
        var month = reader.Target(TargetPeriod.Month);
        var week = reader.Target(TargetPeriod.Week);
        var day = reader.Target(TargetPeriod.Day);
        var visits = reader.Visits();
        var newCustomers = reader.NewCustomers();
        if (reader.Problems.Count > 0) return KickoffFormResult.Invalid(reader.Problems);
        return KickoffFormResult.Valid(new KickoffPlan(new Targets(month!, week!, day!), visits, newCustomers));
    }

    /// <summary>The plan as card input values (amounts in major units, times HH:mm), rows from <see cref="FirstRow"/>.</summary>
    public static IReadOnlyDictionary<string, string> Values(KickoffPlan plan, int amountMinorDigits = 2)
    {
        var values = new Dictionary<string, string>();
        WriteTarget(values, TargetPeriod.Month, plan.Targets.Month, amountMinorDigits);
        WriteTarget(values, TargetPeriod.Week, plan.Targets.Week, amountMinorDigits);
        WriteTarget(values, TargetPeriod.Day, plan.Targets.Day, amountMinorDigits);
        WriteVisits(values, plan.Visits.Select(VisitDraft.From));
        var row = FirstRow;
        foreach (var c in plan.NewCustomers)
        {
            values[KickoffInputs.NewCustomer(row)] = c.Name;
            values[KickoffInputs.NewCustomerNeed(row)] = Toggle(c.HasNeed);
            values[KickoffInputs.NewCustomerBudget(row)] = Toggle(c.HasBudget);
            values[KickoffInputs.NewCustomerPayer(row)] = Toggle(c.IsPayer);
            row++;
        }

        return values;
    }

    /// <summary>A fresh card's values: carried month and week targets, and drafted visit rows (e.g. from <see cref="VisitDraft.FromTomorrowsPlan"/>).</summary>
    public static IReadOnlyDictionary<string, string> Prefill(CarriedTargets carried, IEnumerable<VisitDraft> visits, int amountMinorDigits = 2)
    {
        var values = new Dictionary<string, string>();
        if (carried.Month is { } m) WriteTarget(values, TargetPeriod.Month, m, amountMinorDigits);
        if (carried.Week is { } w) WriteTarget(values, TargetPeriod.Week, w, amountMinorDigits);
        WriteVisits(values, visits);
        return values;
    }

    private static void WriteTarget(Dictionary<string, string> values, TargetPeriod period, Target target, int amountMinorDigits)
    {
        values[KickoffInputs.TargetAmount(period)] = MoneyText.ToInput(target.SignedAmountMinor, amountMinorDigits);
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

    private static string Toggle(bool on) => on ? KickoffChoices.True : KickoffChoices.False;

    private sealed class Reader(IReadOnlyDictionary<string, string?> inputs, KickoffLimits limits, CarriedTargets carried)
        : FormFields(inputs, limits.MaxCustomerNameLength)
    {
        public Target? Target(TargetPeriod period)
        {
            var fallback = carried.For(period);
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

        public IReadOnlyList<NewCustomerCandidate> NewCustomers()
        {
            var candidates = new List<NewCustomerCandidate>();
            var seen = new HashSet<string>(CustomerName.Comparer);
            var named = 0;
            foreach (var row in Rows(NewCustomerRowPattern()))
            {
                var nameId = KickoffInputs.NewCustomer(row);
                var name = CustomerName.Clean(Get(nameId));
                var need = Toggle(KickoffInputs.NewCustomerNeed(row));
                var budget = Toggle(KickoffInputs.NewCustomerBudget(row));
                var payer = Toggle(KickoffInputs.NewCustomerPayer(row));
                if (name.Length == 0)
                {
                    if (need == true || budget == true || payer == true) Add(nameId, FieldProblemKind.Incomplete);
                    continue;
                }

                if (++named > limits.MaxNewCustomerRows)
                {
                    Add(nameId, FieldProblemKind.OutOfRange);
                    continue;
                }

                if (Name(nameId, name, seen) && need is { } n && budget is { } b && payer is { } p)
                    candidates.Add(new NewCustomerCandidate(name, n, b, p));
            }

            return candidates;
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
            var m = TimePattern().Match(raw!.Normalize(NormalizationForm.FormKC).Trim());
            if (m.Success)
            {
                var h = int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture);
                var min = int.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture);
                var s = m.Groups[3].Success ? int.Parse(m.Groups[3].Value, CultureInfo.InvariantCulture) : 0;
                if (h < 24 && min < 60 && s < 60) return (true, new TimeOnly(h, min));
            }

            Add(id, FieldProblemKind.NotATime);
            return (false, null);
        }

        private long? Missing(string id) => Fail(id, FieldProblemKind.Required);
    }

    [GeneratedRegex(@"^(\d{1,2}):(\d{2})(?::(\d{2}))?$")]
    private static partial Regex TimePattern();

    // Row numbers as the card wrote them into KickoffInputs.Visit*(row) / NewCustomer*(row) ids.
    [GeneratedRegex(@"^visit\.(\d{1,4})\.")]
    private static partial Regex VisitRowPattern();

    [GeneratedRegex(@"^newcustomer\.(\d{1,4})\.")]
    private static partial Regex NewCustomerRowPattern();
}
