using IronArmy.Core.Kickoff;

namespace IronArmy.Core.RideAlongs;

/// <summary>One ride-along as the coaching history needs it: when, which skill, which stage.</summary>
public sealed record CoachingStep(DateOnly WorkDate, string Skill, CoachingStage Stage);

/// <summary>A skill and the stages a rep was coached at on it, oldest first ("Objection handling: 1 → 2 → 3").</summary>
public sealed record SkillProgress(string Skill, IReadOnlyList<CoachingStage> Stages, DateOnly LastOn)
{
    public CoachingStage Latest => Stages[^1];

    /// <summary>At 你做我看 the rep does it alone: the skill is handed over.</summary>
    public bool HandedOver => Latest == CoachingStage.YouDoIWatch;

    /// <summary>Coached at a lower stage than before: worth the manager's look, never a mark against the rep.</summary>
    public bool SteppedBack => Stages.Zip(Stages.Skip(1)).Any(p => p.Second < p.First);
}

/// <summary>
/// A rep's coaching history per skill (domain.md: a rep moves from 我说你听 to 你做我看 on each skill).
/// Skills are the same skill whatever their case and spacing ("objection  handling" is "Objection
/// handling"), named as most recently written; the skill coached most recently comes first.
/// </summary>
public static class SkillProgression
{
    public static IReadOnlyList<SkillProgress> Of(IEnumerable<CoachingStep> steps) =>
        [.. steps
            .GroupBy(s => CustomerName.Key(s.Skill))
            .Select(g =>
            {
                var ordered = g.OrderBy(s => s.WorkDate).ToList();
                return new SkillProgress(CustomerName.Clean(ordered[^1].Skill), [.. ordered.Select(s => s.Stage)], ordered[^1].WorkDate);
            })
            .OrderByDescending(p => p.LastOn)
            .ThenBy(p => p.Skill, StringComparer.OrdinalIgnoreCase)];
}
