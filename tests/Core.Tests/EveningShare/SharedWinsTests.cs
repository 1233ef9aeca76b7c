using IronArmy.Core.EveningShare;
using static IronArmy.Core.Tests.EveningShare.EveningFixture;

namespace IronArmy.Core.Tests.EveningShare;

public class SharedWinsTests
{
    [Fact]
    public void Only_team_visible_wins_reach_the_channel()
    {
        var reps = new[]
        {
            Rep("2", StandardDay(), win: new Win("Team win by Bo.", WinVisibility.Team)),
            Rep("1", StandardDay(), win: new Win("Private win.", WinVisibility.ManagerOnly)),
            Rep("3", StandardDay(), win: new Win("Team win by Al.", WinVisibility.Team)),
            Rep("4", StandardDay()),
            RepEvening.NotSubmitted("5", "Silent"),
        };

        var wins = SharedWins.Of(reps);

        Assert.Equal([new SharedWin("2", "Name of 2", "Team win by Bo."), new SharedWin("3", "Name of 3", "Team win by Al.")], wins);
    }
}
