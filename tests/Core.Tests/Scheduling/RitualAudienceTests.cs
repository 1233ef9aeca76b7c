using IronArmy.Core.Scheduling;
using IronArmy.Core.Teams;

namespace IronArmy.Core.Tests.Scheduling;

public class RitualAudienceTests
{
    private static readonly DateTime Blocked = new(2026, 6, 1, 0, 0, 0, DateTimeKind.Utc);

    [Theory]
    [InlineData(Ritual.Kickoff)]
    [InlineData(Ritual.EveningShare)]
    public void Kickoff_and_share_prompt_active_reachable_reps_only(Ritual ritual)
    {
        Assert.True(RitualAudience.Includes(ritual, MemberRole.Rep, isActive: true, unreachableSinceUtc: null));
        Assert.False(RitualAudience.Includes(ritual, MemberRole.Manager, isActive: true, unreachableSinceUtc: null));
        Assert.False(RitualAudience.Includes(ritual, MemberRole.Rep, isActive: false, unreachableSinceUtc: null));
        Assert.False(RitualAudience.Includes(ritual, MemberRole.Rep, isActive: true, unreachableSinceUtc: Blocked));
    }

    [Fact]
    public void Digest_goes_to_active_managers()
    {
        Assert.True(RitualAudience.Includes(Ritual.Digest, MemberRole.Manager, isActive: true, unreachableSinceUtc: null));
        Assert.False(RitualAudience.Includes(Ritual.Digest, MemberRole.Rep, isActive: true, unreachableSinceUtc: null));
        Assert.False(RitualAudience.Includes(Ritual.Digest, MemberRole.Manager, isActive: false, unreachableSinceUtc: null));
    }
}
