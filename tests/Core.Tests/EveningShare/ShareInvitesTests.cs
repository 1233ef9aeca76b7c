using IronArmy.Core.EveningShare;
using IronArmy.Core.Kickoff;
using static IronArmy.Core.Tests.EveningShare.EveningFixture;

namespace IronArmy.Core.Tests.EveningShare;

public class ShareInvitesTests
{
    [Fact]
    public void Reps_who_signed_or_moved_a_customer_to_A_are_invited()
    {
        var win = new Win("Asked about their year-end budget first.", WinVisibility.ManagerOnly);
        var reps = new[]
        {
            Rep("signed", StandardDay(extra: Visit(CustomerClass.A, ClassAfter.Signed, 500_000)), win: win),
            Rep("b-to-a", Day(3, extra: Visit(CustomerClass.B, ClassAfter.A))),
            Rep("c-to-a", Day(3, extra: Visit(CustomerClass.C, ClassAfter.A))),
            Rep("c-to-b", StandardDay(extra: Visit(CustomerClass.C, ClassAfter.B))),
            Rep("new-to-a", StandardDay(extra: Visit(CustomerClass.New, ClassAfter.A, type: VisitType.New))),
            Rep("plain", StandardDay()),
            RepEvening.NotSubmitted("silent", "Silent"),
        };

        var invites = ShareInvites.Select(reps);

        Assert.Equal(["signed", "b-to-a", "c-to-a"], invites.Select(i => i.MemberId));
        Assert.Equal(win, invites[0].Win);
        Assert.Equal(500_000, invites[0].SignedAmountMinor);
        Assert.Equal(1, invites[0].Signings);
        Assert.Equal(CustomerClass.B, Assert.Single(invites[1].MovesToA).From);
    }

    [Fact]
    public void A_signing_on_an_unplanned_visit_of_unknown_class_still_counts()
    {
        var invites = ShareInvites.Select([Rep("r", Day(2, extra: Visit(null, ClassAfter.Signed, 100, VisitType.Closing)))]);

        Assert.Equal(100, Assert.Single(invites).SignedAmountMinor);
    }

    [Fact]
    public void Largest_signing_first_then_most_moves_to_A_then_name()
    {
        var reps = new[]
        {
            Rep("b", Day(1, extra: Visit(CustomerClass.B, ClassAfter.A))),
            Rep("a", Day(1, extra: Visit(CustomerClass.B, ClassAfter.A))),
            Rep("two-moves", Day(1, extra: [Visit(CustomerClass.B, ClassAfter.A), Visit(CustomerClass.C, ClassAfter.A)])),
            Rep("small", Day(1, extra: Visit(CustomerClass.A, ClassAfter.Signed, 1_000))),
            Rep("big", Day(1, extra: Visit(CustomerClass.A, ClassAfter.Signed, 9_000))),
        };

        Assert.Equal(["big", "small", "two-moves", "a", "b"], ShareInvites.Select(reps).Select(i => i.MemberId));
    }

    [Fact]
    public void Nobody_moved_nobody_is_invited() =>
        Assert.Empty(ShareInvites.Select([Rep("r", StandardDay()), RepEvening.NotSubmitted("s", "S")]));
}
