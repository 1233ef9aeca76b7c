using System.Globalization;
using System.Text;
using IronArmy.Core.Forms;
using IronArmy.Core.Kickoff;

namespace IronArmy.Core.RideAlongs;

/// <summary>
/// The ride-along card's one form model: reads a submitted card (values keyed by
/// <see cref="RideAlongInputs"/>) into a <see cref="RideAlong"/>, or says what is wrong; writes a
/// ride-along, or what the manager starts from, back into input values. The card only lays them out.
/// </summary>
/// <remarks>
/// Rules: the rep is one of <see cref="RideAlongContext.Reps"/> (by member id; anyone else, such as a
/// rep who left since the card was sent, is <see cref="FieldProblemKind.UnknownChoice"/>); the stage is
/// one of the four; free text is cleaned of surrounding whitespace and held to
/// <see cref="RideAlongLimits"/> (counted as a person counts characters); the follow-up date is
/// yyyy-MM-dd, not before today (<see cref="FieldProblemKind.InThePast"/>) and at most
/// <see cref="RideAlongLimits.MaxFollowUpDays"/> ahead (<see cref="FieldProblemKind.OutOfRange"/>).
/// <see cref="RideAlongInputs.Required"/> names what may not be blank.
/// </remarks>
public static class RideAlongForm
{
    public static FormResult<RideAlong> Read(IReadOnlyDictionary<string, string?> inputs, RideAlongContext context)
    {
        var reader = new Reader(inputs);
        var rep = reader.Rep(context.Reps);
        var customer = reader.Text(RideAlongInputs.Customer, MaxLength(RideAlongInputs.Customer)!.Value, clean: CustomerName.Clean);
        var stage = reader.Stage();
        var skill = reader.Text(RideAlongInputs.Skill, RideAlongLimits.MaxSkillLength, clean: CustomerName.Clean);
        var wentWell = reader.Text(RideAlongInputs.WentWell, RideAlongLimits.MaxTextLength);
        var change = reader.Text(RideAlongInputs.OneChange, RideAlongLimits.MaxTextLength);
        var followUp = reader.Text(RideAlongInputs.FollowUp, RideAlongLimits.MaxTextLength);
        var followUpOn = reader.FollowUpDate(context.Today);
        var remarks = reader.Text(RideAlongInputs.PrivateRemarks, RideAlongLimits.MaxTextLength);
        if (reader.Problems.Count > 0) return FormResult<RideAlong>.Invalid(reader.Problems);
        return FormResult<RideAlong>.Valid(new RideAlong(rep!.Value, customer!, stage!.Value, skill!, wentWell, change!, followUp!, followUpOn!.Value, remarks));
    }

    /// <summary>The ride-along as input values; <see cref="Read"/> reads them back to the same ride-along.</summary>
    public static IReadOnlyDictionary<string, string> Values(RideAlong ride)
    {
        var values = Prefill(ride.RepMemberId, ride.Customer);
        values[RideAlongInputs.Stage] = CoachingStages.Of(ride.Stage);
        values[RideAlongInputs.Skill] = ride.Skill;
        if (ride.WentWell is { } well) values[RideAlongInputs.WentWell] = well;
        values[RideAlongInputs.OneChange] = ride.OneChange;
        values[RideAlongInputs.FollowUp] = ride.FollowUp;
        values[RideAlongInputs.FollowUpOn] = DateText(ride.FollowUpOn);
        if (ride.PrivateRemarks is { } remarks) values[RideAlongInputs.PrivateRemarks] = remarks;
        return values;
    }

    /// <summary>
    /// The words of a refused submit as the card shows them again: every free-text field cut to its
    /// limit (a card holds 28 KB; 10,000 characters pasted into one field would not fit, and the
    /// input would cut them anyway), everything else as sent. The cut field stays marked too long.
    /// </summary>
    public static IReadOnlyDictionary<string, string> Shown(IReadOnlyDictionary<string, string> words) =>
        words.ToDictionary(kv => kv.Key, kv => MaxLength(kv.Key) is { } max ? Cut(kv.Value, max) : kv.Value, StringComparer.Ordinal);

    /// <summary>The most characters (as people count them) a field takes; null for the choices and the date.</summary>
    public static int? MaxLength(string id) => id switch
    {
        RideAlongInputs.Customer => RideAlongLimits.MaxCustomerLength,
        RideAlongInputs.Skill => RideAlongLimits.MaxSkillLength,
        RideAlongInputs.WentWell or RideAlongInputs.OneChange or RideAlongInputs.FollowUp or RideAlongInputs.PrivateRemarks => RideAlongLimits.MaxTextLength,
        _ => null,
    };

    private static string Cut(string text, int max)
    {
        var info = new StringInfo(text);
        return info.LengthInTextElements <= max ? text : info.SubstringByTextElements(0, max);
    }

    /// <summary>A fresh card's values: the rep when the manager named one, the customer when their plan today says whom they visit.</summary>
    public static Dictionary<string, string> Prefill(long? repMemberId, string? customer)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        if (repMemberId is { } rep) values[RideAlongInputs.Rep] = RepValue(rep);
        if (!string.IsNullOrWhiteSpace(customer)) values[RideAlongInputs.Customer] = customer;
        return values;
    }

    /// <summary>The value a rep's choice sends: their member id.</summary>
    public static string RepValue(long memberId) => memberId.ToString(CultureInfo.InvariantCulture);

    /// <summary>A date as the card's date input sends and shows it.</summary>
    public static string DateText(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private sealed class Reader(IReadOnlyDictionary<string, string?> inputs) : FormFields(inputs, RideAlongLimits.MaxCustomerLength)
    {
        public long? Rep(IReadOnlySet<long> reps)
        {
            var raw = Get(RideAlongInputs.Rep);
            if (IsBlank(raw)) return Fail(RideAlongInputs.Rep, FieldProblemKind.Required);
            if (long.TryParse(raw!.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var id) && reps.Contains(id)) return id;
            return Fail(RideAlongInputs.Rep, FieldProblemKind.UnknownChoice);
        }

        public CoachingStage? Stage() => Choice<CoachingStage>(RideAlongInputs.Stage, CoachingStages.TryRead);

        /// <summary>Null when blank (a problem only if required) or too long.</summary>
        public string? Text(string id, int maxLength, Func<string?, string>? clean = null)
        {
            var raw = Get(id);
            if (IsBlank(raw))
            {
                if (RideAlongInputs.Required.Contains(id)) Add(id, FieldProblemKind.Required);
                return null;
            }

            var text = clean is null ? raw!.Trim() : clean(raw);
            if (CustomerName.Length(text) > maxLength)
            {
                Add(id, FieldProblemKind.TooLong);
                return null;
            }

            return text;
        }

        public DateOnly? FollowUpDate(DateOnly today)
        {
            const string id = RideAlongInputs.FollowUpOn;
            var raw = Get(id);
            DateOnly date = default;
            var problem = IsBlank(raw) ? FieldProblemKind.Required
                : !DateOnly.TryParseExact(raw!.Normalize(NormalizationForm.FormKC).Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date) ? FieldProblemKind.NotADate
                : date < today ? FieldProblemKind.InThePast
                : date > today.AddDays(RideAlongLimits.MaxFollowUpDays) ? FieldProblemKind.OutOfRange
                : (FieldProblemKind?)null;
            if (problem is not { } kind) return date;
            Add(id, kind);
            return null;
        }
    }
}

/// <summary>What a submit is read against: the team's active reps (member ids) and today in the team's zone.</summary>
public sealed record RideAlongContext(IReadOnlySet<long> Reps, DateOnly Today);
