namespace IronArmy.Core.Tiers;

/// <summary>What the 271 score weighs: the four measures reps already report (domain.md "271").</summary>
public enum TierMeasure
{
    SignedAmount,
    ValidNewCustomers,
    Visits,
    MovedToA,
}

/// <summary>
/// The weight of each measure in the 271 score (<c>set 271 weights 40 25 20 15</c>). Only the
/// proportions matter; at least one must be positive so the score means something.
/// </summary>
public sealed record TierWeights(int SignedAmount, int ValidNewCustomers, int Visits, int MovedToA)
{
    public const int MaxWeight = 1000;

    /// <summary>The method leads with results: signed amount first, then the pipeline (valid new), the work (visits) and the moves to A.</summary>
    public static TierWeights Default { get; } = new(40, 25, 20, 15);

    public static IReadOnlyList<TierMeasure> Measures { get; } = [TierMeasure.SignedAmount, TierMeasure.ValidNewCustomers, TierMeasure.Visits, TierMeasure.MovedToA];

    public int Sum => SignedAmount + ValidNewCustomers + Visits + MovedToA;

    public int Of(TierMeasure measure) => measure switch
    {
        TierMeasure.SignedAmount => SignedAmount,
        TierMeasure.ValidNewCustomers => ValidNewCustomers,
        TierMeasure.Visits => Visits,
        TierMeasure.MovedToA => MovedToA,
        _ => throw new ArgumentOutOfRangeException(nameof(measure), measure, null),
    };

    /// <summary>Four whole numbers from 0 to <see cref="MaxWeight"/> with a positive sum; false otherwise (nothing to store).</summary>
    public static bool TryCreate(IReadOnlyList<int> values, out TierWeights weights)
    {
        weights = Default;
        if (values.Count != 4 || values.Any(v => v is < 0 or > MaxWeight) || values.Sum() <= 0) return false;
        weights = new TierWeights(values[0], values[1], values[2], values[3]);
        return true;
    }
}

/// <summary>A team's 271 settings: how many due days the window holds and the score's weights.</summary>
public sealed record TierSettings(int WindowDays, TierWeights Weights)
{
    // For storage, which sets the nested weights after construction (it cannot bind them to a constructor).
    private TierSettings()
        : this(Default!.WindowDays, TierWeights.Default)
    {
    }

    public const int MinWindowDays = 5;
    public const int MaxWindowDays = 120;

    /// <summary>Four weeks of work: long enough to smooth a bad week, short enough to show a change within the month.</summary>
    public static TierSettings Default { get; } = new(20, TierWeights.Default);

    /// <summary>A rep needs at least half the window's due days to be ranked (new joiners, long leave are "not yet ranked").</summary>
    public int MinDueDays => (WindowDays + 1) / 2;

    /// <summary>The trend compares with the ranking this many due days earlier: a work week.</summary>
    public const int TrendDays = 5;
}
