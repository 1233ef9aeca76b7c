using IronArmy.Bot.Resources;
using IronArmy.Core.RideAlongs;

namespace IronArmy.Bot.RideAlongs;

/// <summary>How ride-alongs name the method's words in each language.</summary>
public static class RideAlongWords
{
    /// <summary>"1 · 我说你听 — I explain, you listen" in English; "1 · 我说你听" in Chinese.</summary>
    public static string Stage(Texts t, CoachingStage stage) => t.Format("Ride_StageChoice", (int)stage, t[$"Ride_Stage_{stage}"]);

    /// <summary>"Objection handling: 1 → 2 → 3".</summary>
    public static string Progress(Texts t, SkillProgress progress) =>
        t.Format("Coaching_SkillLine", progress.Skill, string.Join(" → ", progress.Stages.Select(s => (int)s)), t[$"Ride_Stage_{progress.Latest}"]);
}
