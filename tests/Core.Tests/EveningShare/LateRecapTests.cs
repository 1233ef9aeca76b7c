using IronArmy.Core.EveningShare;

namespace IronArmy.Core.Tests.EveningShare;

public class LateRecapTests
{
    private static Dictionary<string, string> Sent(string? ventVisibility)
    {
        var sent = new Dictionary<string, string>
        {
            [RecapInputs.VentText] = "The buyer kept me waiting two hours",
            [RecapInputs.WinText] = "Signed Harbor Foods",
            [RecapInputs.TomorrowCustomer(1)] = "Acme Trading",
        };
        if (ventVisibility is not null) sent[RecapInputs.VentVisibility] = ventVisibility;
        return sent;
    }

    [Theory]
    [InlineData(null)]
    [InlineData("manager")]
    [InlineData("named")]
    public void Managers_get_every_word_of_a_vent_they_may_see_with_the_name(string? visibility) =>
        Assert.Equal(Sent(visibility), LateRecap.ForManagers(Sent(visibility)));

    [Theory]
    [InlineData("anonymous")]
    [InlineData("whoever")]
    public void An_anonymous_vent_never_goes_out_under_the_reps_name(string visibility)
    {
        var copy = LateRecap.ForManagers(Sent(visibility));

        Assert.False(copy.ContainsKey(RecapInputs.VentText));
        Assert.False(copy.ContainsKey(RecapInputs.VentVisibility));
        Assert.Equal("Signed Harbor Foods", copy[RecapInputs.WinText]);
        Assert.Equal("Acme Trading", copy[RecapInputs.TomorrowCustomer(1)]);
    }
}
