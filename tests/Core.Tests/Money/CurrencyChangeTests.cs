using IronArmy.Core.Leaderboards;
using IronArmy.Core.Money;

namespace IronArmy.Core.Tests.Money;

public class CurrencyChangeTests
{
    [Fact]
    public void Same_decimals_keep_every_recorded_number_as_it_reads()
    {
        var change = CurrencyChange.Decide("CNY", "HKD", amountsRecorded: true, millionClubThresholdMinor: 50_000_000);

        Assert.Equal(CurrencyChangeOutcome.Changed, change.Outcome);
        Assert.Equal(50_000_000, change.MillionClubThresholdMinor); // 500,000 CNY → 500,000 HKD
        Assert.Equal(1, change.Factor);
    }

    [Theory]
    [InlineData("CNY", "JPY")]
    [InlineData("JPY", "USD")]
    [InlineData("CNY", "KWD")]
    public void Other_decimals_are_refused_while_amounts_are_recorded(string from, string to)
    {
        var change = CurrencyChange.Decide(from, to, amountsRecorded: true, millionClubThresholdMinor: null);

        Assert.Equal(CurrencyChangeOutcome.Refused, change.Outcome);
        Assert.Equal(from == "CNY" && to == "KWD" ? 10 : 100, change.Factor);
    }

    [Fact]
    public void Other_decimals_are_fine_before_anything_is_recorded_and_a_set_threshold_keeps_its_number()
    {
        var toYen = CurrencyChange.Decide("CNY", "JPY", amountsRecorded: false, millionClubThresholdMinor: 50_000_000);
        Assert.Equal(CurrencyChangeOutcome.Changed, toYen.Outcome);
        Assert.Equal(500_000, toYen.MillionClubThresholdMinor); // 500,000.00 CNY → 500,000 JPY

        var toDinar = CurrencyChange.Decide("JPY", "KWD", amountsRecorded: false, millionClubThresholdMinor: 500_000);
        Assert.Equal(500_000_000, toDinar.MillionClubThresholdMinor); // 500,000 JPY → 500,000.000 KWD
    }

    [Fact]
    public void A_threshold_that_cannot_be_written_in_the_new_currency_falls_back_to_the_default()
    {
        var change = CurrencyChange.Decide("CNY", "JPY", amountsRecorded: false, millionClubThresholdMinor: 50_000_050); // 500,000.50 CNY

        Assert.Equal(CurrencyChangeOutcome.Changed, change.Outcome);
        Assert.Null(change.MillionClubThresholdMinor);
        // The default follows the currency's decimals: a million yen is 1,000,000 minor units, a million yuan 100,000,000.
        Assert.Equal(1_000_000, ShoutOutSettings.Default.RulesFor(MoneyText.MinorDigitsOf("JPY"), 3).MillionClubThresholdMinor);
        Assert.Equal(100_000_000, ShoutOutSettings.Default.RulesFor(MoneyText.MinorDigitsOf("CNY"), 3).MillionClubThresholdMinor);
    }

    [Fact]
    public void The_same_currency_again_changes_nothing()
    {
        var change = CurrencyChange.Decide("CNY", "cny", amountsRecorded: true, millionClubThresholdMinor: 7);

        Assert.Equal(CurrencyChangeOutcome.AlreadySet, change.Outcome);
        Assert.Equal(7, change.MillionClubThresholdMinor);
    }

    [Theory]
    [InlineData("JPY", 0)]
    [InlineData("xof", 0)]
    [InlineData("HKD", 2)]
    [InlineData("CNY", 2)]
    [InlineData("KWD", 3)]
    public void Every_circulating_currency_has_its_decimals(string code, int digits)
    {
        Assert.True(Currencies.TryFind(code, out var found));
        Assert.Equal(code.ToUpperInvariant(), found);
        Assert.Equal(digits, MoneyText.MinorDigitsOf(code));
    }
}
