using IronArmy.Core.Forms;
using System.Globalization;
using System.Text.RegularExpressions;
using IronArmy.Core.Kickoff;
using IronArmy.Core.Money;

namespace IronArmy.Core.EveningShare;

/// <summary>
/// The evening card's one form model: reads a submitted card (raw Adaptive Card values keyed by
/// <see cref="RecapInputs"/> ids) into a <see cref="Recap"/>, or says what is wrong; writes a recap
/// back into input values, in the team's currency, for an edit; and pre-fills a fresh card from the
/// morning plan. The card only lays the values out.
/// </summary>
/// <remarks>
/// Rules, as the kickoff form's: amounts follow <see cref="MoneyText.TryParse"/> within
/// <see cref="RecapLimits"/>; choices must be known; toggles are blank or true/false; blank rows
/// are ignored; rows are read in row order whatever the card's numbering.
/// Planned rows: one per visit of the plan, by its place in the plan; a row not sent is a visit not
/// done. A visit not done may carry nothing else (a class, first KP or amount on it is
/// <see cref="FieldProblemKind.Incomplete"/> on its done toggle — probably a forgotten toggle). A
/// done visit needs its class after — unless it carries an amount above zero: an amount means the
/// visit signed, so it is taken as <see cref="ClassAfter.Signed"/> whatever class was left chosen
/// (the card pre-fills the planned class, and a rep who typed what was signed has said enough).
/// A visit classed Signed needs an amount above zero. A planned row beyond
/// the plan (a card from before the plan changed) is OutOfRange on its done toggle.
/// Unplanned rows: a row with details but no customer is Incomplete; a named row needs type and
/// class after (an amount signs it, as above); a customer already on the plan or on an earlier row is a Duplicate.
/// New customers as on the kickoff card (<see cref="FormFields.NewCustomers"/>). Vent, win and
/// help are trimmed free texts of at most <see cref="RecapLimits.MaxTextLength"/> characters; a
/// blank text means none (its visibility is then not read); blank visibility is manager only. A
/// help customer without what is stuck is Required on the stuck text. Tomorrow's plan: names,
/// repeats are Duplicate, more than <see cref="RecapLimits.MaxTomorrowRows"/> OutOfRange.
/// </remarks>
public static partial class RecapForm
{
    /// <summary>The row number of the first row of every list, as on the kickoff card.</summary>
    public const int FirstRow = FormFields.FirstRow;

    public static FormResult<Recap> Read(IReadOnlyDictionary<string, string?> inputs, RecapLimits limits, IReadOnlyList<PlannedVisit> plannedVisits)
    {
        var reader = new Reader(inputs, limits);
        var planned = reader.Planned(plannedVisits);
        var unplanned = reader.Unplanned(plannedVisits);
        var newCustomers = reader.NewCustomers(limits.MaxNewCustomerRows);
        var vent = reader.Vent();
        var win = reader.Win();
        var help = reader.Help();
        var tomorrow = reader.Tomorrow();
        if (reader.Problems.Count > 0) return FormResult<Recap>.Invalid(reader.Problems);
        return FormResult<Recap>.Valid(new Recap(planned, unplanned, newCustomers, vent, win, help, tomorrow));
    }

    /// <summary>
    /// The recap as card input values, to reopen it for an edit: signed amounts in the major unit
    /// of the limits' currency, rows from <see cref="FirstRow"/>. <see cref="Read"/> with the same
    /// limits reads them back to the same recap.
    /// </summary>
    public static IReadOnlyDictionary<string, string> Values(Recap recap, RecapLimits limits)
    {
        var values = new Dictionary<string, string>();
        var row = FirstRow;
        foreach (var v in recap.Planned)
        {
            values[RecapInputs.PlannedDone(row)] = ToggleValue.Of(v.Done);
            values[RecapInputs.PlannedKeyPerson(row)] = ToggleValue.Of(v.ReachedFirstKp);
            if (v.After is { } after) values[RecapInputs.PlannedClass(row)] = RecapChoices.Of(after);
            if (v.SignedAmountMinor > 0) values[RecapInputs.PlannedAmount(row)] = MoneyText.ToInput(v.SignedAmountMinor, limits.AmountMinorDigits);
            row++;
        }

        row = FirstRow;
        foreach (var v in recap.Unplanned)
        {
            values[RecapInputs.UnplannedCustomer(row)] = v.Customer;
            values[RecapInputs.UnplannedType(row)] = RecapChoices.Of(v.Type);
            values[RecapInputs.UnplannedClass(row)] = RecapChoices.Of(v.After);
            values[RecapInputs.UnplannedKeyPerson(row)] = ToggleValue.Of(v.ReachedFirstKp);
            if (v.SignedAmountMinor > 0) values[RecapInputs.UnplannedAmount(row)] = MoneyText.ToInput(v.SignedAmountMinor, limits.AmountMinorDigits);
            row++;
        }

        NewCustomerInputs.Write(values, recap.NewCustomers);

        values[RecapInputs.VentVisibility] = RecapChoices.Of(recap.Vent?.Visibility ?? VentVisibility.ManagerOnly);
        if (recap.Vent is { } vent) values[RecapInputs.VentText] = vent.Text;
        values[RecapInputs.WinVisibility] = RecapChoices.Of(recap.Win?.Visibility ?? WinVisibility.ManagerOnly);
        if (recap.Win is { } win) values[RecapInputs.WinText] = win.Text;
        if (recap.Help is { } help)
        {
            if (help.Customer is { } customer) values[RecapInputs.HelpCustomer] = customer;
            values[RecapInputs.HelpStuck] = help.Stuck;
        }

        row = FirstRow;
        foreach (var name in recap.Tomorrow) values[RecapInputs.TomorrowCustomer(row++)] = name;
        return values;
    }

    /// <summary>
    /// A fresh card's values, the morning plan taken as kept: every planned visit done, reaching the
    /// key person it planned to (first KP or not), its class after the class the plan gave it
    /// (<see cref="ClassAfterAsPlanned"/>); the morning's candidate new customers with the tests as
    /// the rep judged them; the vent and win private to the manager. The rep changes what went
    /// otherwise and shares: nothing is stored until they do.
    /// </summary>
    public static IReadOnlyDictionary<string, string> Prefill(IReadOnlyList<PlannedVisit> plannedVisits, IReadOnlyList<NewCustomerCandidate>? newCustomers = null)
    {
        var values = new Dictionary<string, string>();
        for (var i = 0; i < plannedVisits.Count; i++)
        {
            var visit = plannedVisits[i];
            values[RecapInputs.PlannedDone(FirstRow + i)] = ToggleValue.On;
            values[RecapInputs.PlannedKeyPerson(FirstRow + i)] = ToggleValue.Of(visit.KeyPerson == KeyPerson.First);
            if (ClassAfterAsPlanned(visit.Class) is { } after) values[RecapInputs.PlannedClass(FirstRow + i)] = RecapChoices.Of(after);
        }

        NewCustomerInputs.Write(values, newCustomers ?? []);
        values[RecapInputs.VentVisibility] = RecapChoices.Of(VentVisibility.ManagerOnly);
        values[RecapInputs.WinVisibility] = RecapChoices.Of(WinVisibility.ManagerOnly);
        return values;
    }

    /// <summary>
    /// The class after a visit that changed nothing: the class the plan gave the customer. None for
    /// a New customer — where a first contact lands is the one thing only the rep can say.
    /// </summary>
    public static ClassAfter? ClassAfterAsPlanned(CustomerClass planned) => planned switch
    {
        CustomerClass.A => ClassAfter.A,
        CustomerClass.B => ClassAfter.B,
        CustomerClass.C => ClassAfter.C,
        _ => null,
    };

    private sealed class Reader(IReadOnlyDictionary<string, string?> inputs, RecapLimits limits)
        : FormFields(inputs, limits.MaxCustomerNameLength)
    {
        public IReadOnlyList<PlannedVisitResult> Planned(IReadOnlyList<PlannedVisit> plan)
        {
            var results = new List<PlannedVisitResult>();
            for (var i = 0; i < plan.Count; i++)
            {
                var row = FirstRow + i;
                var doneId = RecapInputs.PlannedDone(row);
                var kpId = RecapInputs.PlannedKeyPerson(row);
                var classId = RecapInputs.PlannedClass(row);
                var amountId = RecapInputs.PlannedAmount(row);
                var done = Toggle(doneId);
                var kp = Toggle(kpId);
                if (done is not { } isDone || kp is not { } reached) continue;
                if (!isDone)
                {
                    if (reached || !IsBlank(Get(classId)) || !IsBlank(Get(amountId))) Add(doneId, FieldProblemKind.Incomplete);
                    else results.Add(PlannedVisitResult.NotDone(plan[i].Customer));
                    continue;
                }

                var (after, amount) = ClassAndAmount(classId, amountId);
                if (after is { } a && amount is { } m) results.Add(new PlannedVisitResult(plan[i].Customer, true, reached, a, m));
            }

            foreach (var row in Rows(PlannedRowPattern()).Where(r => r < FirstRow || r >= FirstRow + plan.Count))
                Add(RecapInputs.PlannedDone(row), FieldProblemKind.OutOfRange);
            return results;
        }

        public IReadOnlyList<UnplannedVisit> Unplanned(IReadOnlyList<PlannedVisit> plan)
        {
            var visits = new List<UnplannedVisit>();
            var seen = new HashSet<string>(plan.Select(v => v.Customer), CustomerName.Comparer);
            var named = 0;
            foreach (var row in Rows(UnplannedRowPattern()))
            {
                var customerId = RecapInputs.UnplannedCustomer(row);
                var customer = CustomerName.Clean(Get(customerId));
                var typeId = RecapInputs.UnplannedType(row);
                var classId = RecapInputs.UnplannedClass(row);
                var kpId = RecapInputs.UnplannedKeyPerson(row);
                var amountId = RecapInputs.UnplannedAmount(row);
                var kp = Toggle(kpId);
                if (customer.Length == 0)
                {
                    if (kp == true || !IsBlank(Get(typeId)) || !IsBlank(Get(classId)) || !IsBlank(Get(amountId))) Add(customerId, FieldProblemKind.Incomplete);
                    continue;
                }

                if (++named > limits.MaxUnplannedRows)
                {
                    Add(customerId, FieldProblemKind.OutOfRange);
                    continue;
                }

                var nameOk = Name(customerId, customer, seen);
                var type = Choice<VisitType>(typeId, RecapChoices.TryRead);
                var (after, amount) = ClassAndAmount(classId, amountId);
                if (nameOk && type is { } t && after is { } a && kp is { } k && amount is { } m)
                    visits.Add(new UnplannedVisit(customer, t, a, k, m));
            }

            return visits;
        }

        public Vent? Vent()
        {
            if (Text(RecapInputs.VentText) is not { Length: > 0 } text) return null;
            var visibility = Visibility<VentVisibility>(RecapInputs.VentVisibility, VentVisibility.ManagerOnly, RecapChoices.TryRead);
            return visibility is { } v ? new Vent(text, v) : null;
        }

        public Win? Win()
        {
            if (Text(RecapInputs.WinText) is not { Length: > 0 } text) return null;
            var visibility = Visibility<WinVisibility>(RecapInputs.WinVisibility, WinVisibility.ManagerOnly, RecapChoices.TryRead);
            return visibility is { } v ? new Win(text, v) : null;
        }

        public HelpRequest? Help()
        {
            var customer = CustomerName.Clean(Get(RecapInputs.HelpCustomer));
            var customerOk = customer.Length == 0 || Name(RecapInputs.HelpCustomer, customer, new HashSet<string>(CustomerName.Comparer));
            var stuck = Text(RecapInputs.HelpStuck);
            if (stuck is null) return null;
            if (stuck.Length == 0)
            {
                if (customer.Length > 0) Add(RecapInputs.HelpStuck, FieldProblemKind.Required);
                return null;
            }

            return customerOk ? new HelpRequest(customer.Length == 0 ? null : customer, stuck) : null;
        }

        public IReadOnlyList<string> Tomorrow()
        {
            var names = new List<string>();
            var seen = new HashSet<string>(CustomerName.Comparer);
            foreach (var row in Rows(TomorrowRowPattern()))
            {
                var id = RecapInputs.TomorrowCustomer(row);
                var name = CustomerName.Clean(Get(id));
                if (name.Length == 0) continue;
                if (seen.Count >= limits.MaxTomorrowRows && !seen.Contains(name))
                {
                    Add(id, FieldProblemKind.OutOfRange);
                    continue;
                }

                if (Name(id, name, seen)) names.Add(name);
            }

            return names;
        }

        /// <summary>
        /// A done visit's class after and signed amount: an amount above zero signs the visit
        /// (the class chosen is then not read); Signed needs an amount above zero; any other class
        /// has none. Each null when wrong, or when the other is.
        /// </summary>
        private (ClassAfter? After, long? Amount) ClassAndAmount(string classId, string amountId)
        {
            var raw = Get(amountId);
            long minor = 0;
            if (!IsBlank(raw))
            {
                if (!MoneyText.TryParse(raw, limits.AmountMinorDigits, out minor)) return (Choice<ClassAfter>(classId, RecapChoices.TryRead), Fail(amountId, FieldProblemKind.NotAnAmount));
                if (minor < 0 || minor > limits.MaxAmountMinor) return (Choice<ClassAfter>(classId, RecapChoices.TryRead), Fail(amountId, FieldProblemKind.OutOfRange));
            }

            if (minor > 0) return (ClassAfter.Signed, minor);
            var after = Choice<ClassAfter>(classId, RecapChoices.TryRead);
            if (after != ClassAfter.Signed) return (after, 0);
            return (after, Fail(amountId, IsBlank(raw) ? FieldProblemKind.Required : FieldProblemKind.OutOfRange));
        }

        /// <summary>A free text trimmed: null when too long (a problem is added), empty when blank.</summary>
        private string? Text(string id)
        {
            var raw = Get(id);
            if (IsBlank(raw)) return "";
            var text = raw!.Trim().Trim('\u3000').Trim();
            if (CustomerName.Length(text) > limits.MaxTextLength)
            {
                Add(id, FieldProblemKind.TooLong);
                return null;
            }

            return text;
        }

        private T? Visibility<T>(string id, T fallback, TryReadChoice<T> tryRead)
            where T : struct
        {
            var raw = Get(id);
            if (IsBlank(raw)) return fallback;
            if (tryRead(raw!, out var value)) return value;
            Add(id, FieldProblemKind.UnknownChoice);
            return null;
        }

    }

    // Row numbers as the card wrote them into RecapInputs ids.
    [GeneratedRegex(@"^planned\.(\d{1,4})\.")]
    private static partial Regex PlannedRowPattern();

    [GeneratedRegex(@"^unplanned\.(\d{1,4})\.")]
    private static partial Regex UnplannedRowPattern();

    [GeneratedRegex(@"^tomorrow\.(\d{1,4})\.")]
    private static partial Regex TomorrowRowPattern();
}
