namespace IronArmy.Core.RideAlongs;

/// <summary>
/// The 16-character coaching method (domain.md "中间抓陪访"), in the order a rep moves through it on
/// one skill: the manager shows first, the rep does it alone last. The numbers are the stages' own.
/// </summary>
public enum CoachingStage
{
    /// <summary>我说你听 — I explain, you listen.</summary>
    ISayYouListen = 1,

    /// <summary>我做你看 — I do it, you watch.</summary>
    IDoYouWatch = 2,

    /// <summary>你说我听 — you explain, I listen.</summary>
    YouSayIListen = 3,

    /// <summary>你做我看 — you do it, I watch.</summary>
    YouDoIWatch = 4,
}

/// <summary>The values the ride-along card's stage choice sends: the stage's number, so a typed "3" reads too.</summary>
public static class CoachingStages
{
    public static IReadOnlyList<CoachingStage> All { get; } = Enum.GetValues<CoachingStage>();

    public static string Of(CoachingStage stage) => ((int)stage).ToString(System.Globalization.CultureInfo.InvariantCulture);

    public static bool TryRead(string value, out CoachingStage stage) =>
        Forms.ChoiceValue.TryRead(value, Of, out stage);
}
