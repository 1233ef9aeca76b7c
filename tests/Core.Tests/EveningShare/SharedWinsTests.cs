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

        Assert.Equal([new SharedWin("Team win by Bo.", new WinAuthor("2", "Name of 2")), new SharedWin("Team win by Al.", new WinAuthor("3", "Name of 3"))], wins);
    }

    [Fact]
    public void A_win_shared_without_a_name_carries_no_name_or_id_and_comes_after_the_named_ones_by_its_text()
    {
        var reps = new[]
        {
            Rep("1", StandardDay(), win: new Win("Zebra opening.", WinVisibility.TeamAnonymous)),
            Rep("2", StandardDay(), win: new Win("Named win.", WinVisibility.Team)),
            Rep("3", StandardDay(), win: new Win("Apple close.", WinVisibility.TeamAnonymous)),
        };

        var wins = SharedWins.Of(reps);

        Assert.Equal(
            [new SharedWin("Named win.", new WinAuthor("2", "Name of 2")), new SharedWin("Apple close.", null), new SharedWin("Zebra opening.", null)],
            wins);
    }
}
