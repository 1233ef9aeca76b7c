using IronArmy.Core.RideAlongs;

namespace IronArmy.Core.Tests.RideAlongs;

public class SkillProgressionTests
{
    private static CoachingStep Step(int day, string skill, CoachingStage stage) => new(new DateOnly(2026, 6, day), skill, stage);

    [Fact]
    public void Each_skill_lists_its_stages_oldest_first_whatever_order_they_come_in()
    {
        var progress = SkillProgression.Of(
        [
            Step(9, "Objection handling", CoachingStage.YouSayIListen),
            Step(1, "Objection handling", CoachingStage.ISayYouListen),
            Step(5, "objection  HANDLING", CoachingStage.IDoYouWatch),
            Step(3, "Opening", CoachingStage.YouDoIWatch),
        ]);

        Assert.Equal(2, progress.Count);
        var objections = progress[0];
        Assert.Equal("Objection handling", objections.Skill);
        Assert.Equal([CoachingStage.ISayYouListen, CoachingStage.IDoYouWatch, CoachingStage.YouSayIListen], objections.Stages);
        Assert.Equal(CoachingStage.YouSayIListen, objections.Latest);
        Assert.False(objections.HandedOver);
        Assert.False(objections.SteppedBack);
        Assert.Equal("Opening", progress[1].Skill);
        Assert.True(progress[1].HandedOver);
    }

    [Fact]
    public void A_skill_coached_at_a_lower_stage_than_before_is_a_step_back()
    {
        var progress = Assert.Single(SkillProgression.Of(
            [Step(1, "Closing", CoachingStage.YouSayIListen), Step(2, "Closing", CoachingStage.IDoYouWatch)]));
        Assert.True(progress.SteppedBack);
    }

    [Fact]
    public void No_ride_alongs_is_no_skills() => Assert.Empty(SkillProgression.Of([]));
}
