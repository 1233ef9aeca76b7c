using IronArmy.Core.EveningShare;
using static IronArmy.Core.Tests.EveningShare.EveningFixture;

namespace IronArmy.Core.Tests.EveningShare;

public class VentRoutingTests
{
    private static readonly VentAuthor Author = new("29:member-id-of-li", "李雷");

    [Theory]
    [InlineData(VentAudience.Author)]
    [InlineData(VentAudience.Manager)]
    public void Manager_only_reaches_the_manager_and_the_author_with_the_name(VentAudience audience) =>
        Assert.Equal(new VentView("Tired.", Author), VentRouting.For(new Vent("Tired.", VentVisibility.ManagerOnly), Author, audience));

    [Theory]
    [InlineData(VentAudience.Teammate)]
    [InlineData(VentAudience.TeamChannel)]
    [InlineData(VentAudience.Leaderboard)]
    public void Manager_only_never_reaches_the_team(VentAudience audience) =>
        Assert.Null(VentRouting.For(new Vent("Tired.", VentVisibility.ManagerOnly), Author, audience));

    [Theory]
    [InlineData(VentAudience.Author)]
    [InlineData(VentAudience.Manager)]
    [InlineData(VentAudience.Teammate)]
    [InlineData(VentAudience.TeamChannel)]
    public void Team_named_reaches_everyone_with_the_name(VentAudience audience) =>
        Assert.Equal(new VentView("Tired.", Author), VentRouting.For(new Vent("Tired.", VentVisibility.TeamNamed), Author, audience));

    [Theory]
    [InlineData(VentAudience.Author)]
    [InlineData(VentAudience.Manager)]
    [InlineData(VentAudience.Teammate)]
    [InlineData(VentAudience.TeamChannel)]
    public void Team_anonymous_reaches_everyone_and_never_says_who(VentAudience audience)
    {
        var view = VentRouting.For(new Vent("Tired.", VentVisibility.TeamAnonymous), Author, audience);

        Assert.Equal(new VentView("Tired.", null), view);
    }

    [Theory]
    [InlineData(VentVisibility.ManagerOnly)]
    [InlineData(VentVisibility.TeamAnonymous)]
    [InlineData(VentVisibility.TeamNamed)]
    public void No_vent_is_ever_on_a_leaderboard(VentVisibility visibility) =>
        Assert.Null(VentRouting.For(new Vent("Tired.", visibility), Author, VentAudience.Leaderboard));

    [Fact]
    public void Every_audience_and_visibility_is_decided()
    {
        // A new audience or visibility must be routed on purpose; an anonymous vent never names anyone.
        foreach (var audience in Enum.GetValues<VentAudience>())
        {
            foreach (var visibility in Enum.GetValues<VentVisibility>())
            {
                var view = VentRouting.For(new Vent("x", visibility), Author, audience);
                if (visibility == VentVisibility.TeamAnonymous) Assert.Null(view?.Author);
                if (view?.Author is { } a) Assert.Equal(Author, a);
            }
        }
    }

    private static RepEvening[] Evening() =>
    [
        Rep("29:zed", StandardDay(), vent: new Vent("Named by Zed.", VentVisibility.TeamNamed)),
        Rep("29:amy", StandardDay(), vent: new Vent("Zzz anonymous from Amy.", VentVisibility.TeamAnonymous)),
        Rep("29:bob", StandardDay(), vent: new Vent("Private from Bob.", VentVisibility.ManagerOnly)),
        Rep("29:cat", StandardDay(), vent: new Vent("Aaa anonymous from Cat.", VentVisibility.TeamAnonymous)),
        Rep("29:dan", StandardDay()),
        RepEvening.NotSubmitted("29:eve", "Eve"),
    ];

    [Fact]
    public void The_manager_sees_every_vent_named_ones_first_by_name()
    {
        var vents = VentRouting.Of(Evening(), VentAudience.Manager);

        Assert.Equal(
            [
                new VentView("Private from Bob.", new VentAuthor("29:bob", "Name of 29:bob")),
                new VentView("Named by Zed.", new VentAuthor("29:zed", "Name of 29:zed")),
                new VentView("Aaa anonymous from Cat.", null),
                new VentView("Zzz anonymous from Amy.", null),
            ],
            vents);
    }

    [Fact]
    public void Anonymous_vents_are_ordered_by_text_not_by_who_wrote_them()
    {
        var forward = VentRouting.Of(Evening(), VentAudience.Manager).Where(v => v.Author is null);
        var reversed = VentRouting.Of(Evening().Reverse(), VentAudience.Manager).Where(v => v.Author is null);

        Assert.Equal(forward, reversed);
        Assert.Equal(["Aaa anonymous from Cat.", "Zzz anonymous from Amy."], forward.Select(v => v.Text));
    }

    [Fact]
    public void The_team_sees_team_visible_vents_only()
    {
        var vents = VentRouting.Of(Evening(), VentAudience.TeamChannel);

        Assert.Equal(["Named by Zed.", "Aaa anonymous from Cat.", "Zzz anonymous from Amy."], vents.Select(v => v.Text));
        Assert.DoesNotContain(vents, v => v.Text.Contains("Bob", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(VentAudience.Manager)]
    [InlineData(VentAudience.Teammate)]
    [InlineData(VentAudience.TeamChannel)]
    public void No_anonymous_vent_carries_its_authors_name_or_id(VentAudience audience)
    {
        var views = VentRouting.Of(Evening(), audience);

        foreach (var view in views.Where(v => v.Text.Contains("anonymous", StringComparison.Ordinal)))
        {
            Assert.Null(view.Author);
            Assert.DoesNotContain("29:amy", view.ToString(), StringComparison.Ordinal);
            Assert.DoesNotContain("29:cat", view.ToString(), StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Leaderboards_get_no_vents() => Assert.Empty(VentRouting.Of(Evening(), VentAudience.Leaderboard));
}
