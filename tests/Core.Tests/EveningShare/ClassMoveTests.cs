using IronArmy.Core.EveningShare;
using IronArmy.Core.Kickoff;

namespace IronArmy.Core.Tests.EveningShare;

public class ClassMoveTests
{
    private static VisitFact Visit(CustomerClass? before, ClassAfter after) =>
        new("Acme", VisitType.FollowUp, before, after, true, after == ClassAfter.Signed ? 100 : 0, true);

    [Theory]
    [InlineData(CustomerClass.C, ClassAfter.B)]
    [InlineData(CustomerClass.B, ClassAfter.A)]
    [InlineData(CustomerClass.A, ClassAfter.Signed)]
    [InlineData(CustomerClass.C, ClassAfter.A)]
    [InlineData(CustomerClass.B, ClassAfter.Signed)]
    [InlineData(CustomerClass.C, ClassAfter.Signed)]
    public void Up_the_ladder_is_a_move(CustomerClass before, ClassAfter after) =>
        Assert.Equal(new ClassMove("Acme", before, after), ClassMove.Of(Visit(before, after)));

    [Theory]
    [InlineData(CustomerClass.A, ClassAfter.A)]
    [InlineData(CustomerClass.B, ClassAfter.B)]
    [InlineData(CustomerClass.A, ClassAfter.B)]
    [InlineData(CustomerClass.B, ClassAfter.C)]
    [InlineData(CustomerClass.A, ClassAfter.Lost)]
    [InlineData(CustomerClass.C, ClassAfter.Lost)]
    public void Staying_or_going_down_is_no_move(CustomerClass before, ClassAfter after) =>
        Assert.Null(ClassMove.Of(Visit(before, after)));

    [Theory]
    [InlineData(ClassAfter.C)]
    [InlineData(ClassAfter.A)]
    [InlineData(ClassAfter.Signed)]
    public void A_new_customers_first_class_is_where_it_starts(ClassAfter after) =>
        Assert.Null(ClassMove.Of(Visit(CustomerClass.New, after)));

    [Fact]
    public void An_unknown_class_before_moves_nothing() => Assert.Null(ClassMove.Of(Visit(null, ClassAfter.Signed)));

    [Theory]
    [InlineData(CustomerClass.B, ClassAfter.A, true, false)]
    [InlineData(CustomerClass.C, ClassAfter.A, true, false)]
    [InlineData(CustomerClass.C, ClassAfter.B, false, false)]
    [InlineData(CustomerClass.A, ClassAfter.Signed, false, true)]
    public void Reaching_A_and_signing(CustomerClass before, ClassAfter after, bool reachesA, bool signs)
    {
        var move = ClassMove.Of(Visit(before, after))!;

        Assert.Equal(reachesA, move.ReachesA);
        Assert.Equal(signs, move.Signs);
    }
}
