using IronArmy.Core.Forms;
using IronArmy.Core.RideAlongs;

namespace IronArmy.Core.Tests.RideAlongs;

public class RideAlongFormTests
{
    private static readonly DateOnly Today = new(2026, 6, 9);
    private static readonly RideAlongContext Context = new(new HashSet<long> { 11, 12 }, Today);

    private static Dictionary<string, string?> Full() => new()
    {
        [RideAlongInputs.Rep] = "11",
        [RideAlongInputs.Customer] = "  Acme   Trading ",
        [RideAlongInputs.Stage] = "3",
        [RideAlongInputs.Skill] = "Objection handling",
        [RideAlongInputs.WentWell] = "Opened with the customer's own numbers.",
        [RideAlongInputs.OneChange] = "Stop talking after the price.",
        [RideAlongInputs.FollowUp] = "Role-play the price objection together.",
        [RideAlongInputs.FollowUpOn] = "2026-06-12",
        [RideAlongInputs.PrivateRemarks] = "Seems tired; ask about home.",
    };

    [Fact]
    public void A_complete_form_reads_into_a_ride_along_with_the_private_remarks_kept_apart_from_the_note()
    {
        var read = RideAlongForm.Read(Full(), Context);
        Assert.True(read.IsValid);
        var ride = read.Value;
        Assert.Equal(new RideAlong(11, "Acme Trading", CoachingStage.YouSayIListen, "Objection handling", "Opened with the customer's own numbers.",
            "Stop talking after the price.", "Role-play the price objection together.", new DateOnly(2026, 6, 12), "Seems tired; ask about home."), ride);
        Assert.DoesNotContain("tired", ride.Note.ToString());
    }

    [Fact]
    public void Written_values_read_back_to_the_same_ride_along()
    {
        var ride = RideAlongForm.Read(Full(), Context).Value!;
        var values = RideAlongForm.Values(ride).ToDictionary(kv => kv.Key, kv => (string?)kv.Value);
        Assert.Equal(ride, RideAlongForm.Read(values, Context).Value);
    }

    [Fact]
    public void Optional_fields_may_be_blank_and_follow_up_today_is_fine()
    {
        var form = Full();
        form[RideAlongInputs.WentWell] = " ";
        form.Remove(RideAlongInputs.PrivateRemarks);
        form[RideAlongInputs.FollowUpOn] = "2026-06-09";
        var ride = RideAlongForm.Read(form, Context).Value!;
        Assert.Null(ride.WentWell);
        Assert.Null(ride.PrivateRemarks);
        Assert.Equal(Today, ride.FollowUpOn);
    }

    [Theory]
    [InlineData(RideAlongInputs.Rep, "99", FieldProblemKind.UnknownChoice)]        // not on the team (or left)
    [InlineData(RideAlongInputs.Rep, "Li Lei", FieldProblemKind.UnknownChoice)]
    [InlineData(RideAlongInputs.Rep, "", FieldProblemKind.Required)]
    [InlineData(RideAlongInputs.Stage, "5", FieldProblemKind.UnknownChoice)]        // not one of the four
    [InlineData(RideAlongInputs.Stage, "0", FieldProblemKind.UnknownChoice)]
    [InlineData(RideAlongInputs.Stage, "我说你听", FieldProblemKind.UnknownChoice)]
    [InlineData(RideAlongInputs.Stage, null, FieldProblemKind.Required)]
    [InlineData(RideAlongInputs.FollowUpOn, "2026-06-08", FieldProblemKind.InThePast)]
    [InlineData(RideAlongInputs.FollowUpOn, "next Tuesday", FieldProblemKind.NotADate)]
    [InlineData(RideAlongInputs.FollowUpOn, "2026-02-30", FieldProblemKind.NotADate)]
    [InlineData(RideAlongInputs.FollowUpOn, "2027-06-09", FieldProblemKind.OutOfRange)]
    [InlineData(RideAlongInputs.FollowUpOn, "", FieldProblemKind.Required)]
    [InlineData(RideAlongInputs.Customer, "", FieldProblemKind.Required)]
    [InlineData(RideAlongInputs.Skill, "　", FieldProblemKind.Required)]
    [InlineData(RideAlongInputs.OneChange, null, FieldProblemKind.Required)]
    [InlineData(RideAlongInputs.FollowUp, "", FieldProblemKind.Required)]
    public void A_bad_input_is_one_problem_on_its_field_and_no_ride_along(string id, string? value, FieldProblemKind kind)
    {
        var form = Full();
        form[id] = value;
        var read = RideAlongForm.Read(form, Context);
        Assert.False(read.IsValid);
        Assert.Equal([new FieldProblem(id, kind)], read.Problems);
    }

    [Theory]
    [InlineData(RideAlongInputs.WentWell)]
    [InlineData(RideAlongInputs.OneChange)]
    [InlineData(RideAlongInputs.FollowUp)]
    [InlineData(RideAlongInputs.PrivateRemarks)]
    [InlineData(RideAlongInputs.Customer)]
    [InlineData(RideAlongInputs.Skill)]
    public void Ten_thousand_characters_are_too_long_anywhere(string id)
    {
        var form = Full();
        form[id] = new string('很', 10_000);
        Assert.Equal([new FieldProblem(id, FieldProblemKind.TooLong)], RideAlongForm.Read(form, Context).Problems);
    }

    [Fact]
    public void Five_hundred_characters_as_a_person_counts_them_fit_a_free_text_field()
    {
        var form = Full();
        form[RideAlongInputs.OneChange] = string.Concat(Enumerable.Repeat("𠮷", RideAlongLimits.MaxTextLength));
        Assert.True(RideAlongForm.Read(form, Context).IsValid);
        form[RideAlongInputs.OneChange] += "x";
        Assert.False(RideAlongForm.Read(form, Context).IsValid);
    }

    [Fact]
    public void Every_problem_of_an_empty_form_is_listed_in_card_order()
    {
        var read = RideAlongForm.Read(new Dictionary<string, string?>(), Context);
        Assert.Equal(RideAlongInputs.All.Where(RideAlongInputs.Required.Contains), read.Problems.Select(p => p.InputId));
        Assert.All(read.Problems, p => Assert.Equal(FieldProblemKind.Required, p.Kind));
    }

    [Fact]
    public void A_stage_reads_by_its_number_with_spaces_and_full_width_digits_folded_by_the_card_value()
    {
        foreach (var stage in CoachingStages.All)
        {
            Assert.True(CoachingStages.TryRead(" " + CoachingStages.Of(stage) + " ", out var read));
            Assert.Equal(stage, read);
        }
    }

    [Fact]
    public void The_prefill_names_the_rep_and_the_customer_only_when_known()
    {
        Assert.Equal(new Dictionary<string, string> { [RideAlongInputs.Rep] = "12", [RideAlongInputs.Customer] = "Acme" }, RideAlongForm.Prefill(12, "Acme"));
        Assert.Empty(RideAlongForm.Prefill(null, null));
    }

    [Fact]
    public void Words_shown_again_are_cut_to_each_fields_limit_and_otherwise_kept()
    {
        var words = new Dictionary<string, string>
        {
            [RideAlongInputs.OneChange] = string.Concat(Enumerable.Repeat("𠮷", 10_000)),
            [RideAlongInputs.Skill] = new string('s', 61),
            [RideAlongInputs.Stage] = "5",
            [RideAlongInputs.FollowUpOn] = "not a date",
        };
        var shown = RideAlongForm.Shown(words);
        Assert.Equal(string.Concat(Enumerable.Repeat("𠮷", RideAlongLimits.MaxTextLength)), shown[RideAlongInputs.OneChange]);
        Assert.Equal(new string('s', RideAlongLimits.MaxSkillLength), shown[RideAlongInputs.Skill]);
        Assert.Equal("5", shown[RideAlongInputs.Stage]);
        Assert.Equal("not a date", shown[RideAlongInputs.FollowUpOn]);
    }
}
