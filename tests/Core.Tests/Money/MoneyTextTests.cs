using IronArmy.Core.Money;

namespace IronArmy.Core.Tests.Money;

public class MoneyTextTests
{
    [Theory]
    [InlineData("12000", 1_200_000)]
    [InlineData("12,000", 1_200_000)]
    [InlineData("12，000", 1_200_000)]
    [InlineData("1,234,567.89", 123_456_789)]
    [InlineData("12000.5", 1_200_050)]
    [InlineData("0.01", 1)]
    [InlineData("０", 0)]
    [InlineData("１２，０００．５０", 1_200_050)]
    [InlineData(" ¥12,000 ", 1_200_000)]
    [InlineData("￥300", 30_000)]
    [InlineData("5万", 5_000_000)]
    [InlineData("1.25万", 1_250_000)]
    [InlineData("-5", -500)]
    public void Typed_amounts_become_minor_units(string text, long expected)
    {
        Assert.True(MoneyText.TryParse(text, 2, out var minor));
        Assert.Equal(expected, minor);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData(null)]
    [InlineData("abc")]
    [InlineData("12.345")]
    [InlineData("1,23")]
    [InlineData("1,2345")]
    [InlineData("12.")]
    [InlineData(".5")]
    [InlineData("1e5")]
    [InlineData("12 000 元")]
    [InlineData("0.0000001万")]
    [InlineData("99999999999999999999999999999")]
    public void Anything_else_is_not_an_amount(string? text) => Assert.False(MoneyText.TryParse(text, 2, out _));

    [Fact]
    public void Decimals_follow_the_currency()
    {
        Assert.True(MoneyText.TryParse("1500", MoneyText.MinorDigitsOf("JPY"), out var yen));
        Assert.Equal(1500, yen);
        Assert.False(MoneyText.TryParse("1500.5", MoneyText.MinorDigitsOf("JPY"), out _));
        Assert.Equal(2, MoneyText.MinorDigitsOf("CNY"));
        Assert.Equal(3, MoneyText.MinorDigitsOf("kwd"));
    }

    [Theory]
    [InlineData(1_200_000, "12,000")]
    [InlineData(1_200_050, "12,000.50")]
    [InlineData(1, "0.01")]
    [InlineData(0, "0")]
    [InlineData(123_456_789_00, "123,456,789")]
    public void Display_groups_thousands_and_shows_decimals_only_when_there_are_any(long minor, string expected) =>
        Assert.Equal(expected, MoneyText.Format(minor, 2));

    [Theory]
    [InlineData(1_200_000)]
    [InlineData(1_200_050)]
    [InlineData(1)]
    [InlineData(99_999_999_999)]
    public void Input_values_read_back_to_the_same_amount(long minor)
    {
        var text = MoneyText.ToInput(minor, 2);
        Assert.DoesNotContain(",", text);
        Assert.True(MoneyText.TryParse(text, 2, out var back));
        Assert.Equal(minor, back);
    }

    [Theory]
    [InlineData(1_500, 0, "1,500", "1500")]
    [InlineData(150_000, 2, "1,500", "1500")]
    [InlineData(150_050, 2, "1,500.50", "1500.5")]
    [InlineData(1_500_000, 3, "1,500", "1500")]
    [InlineData(1_500, 3, "1.500", "1.5")]
    public void Display_and_input_values_follow_the_currencys_minor_digits(long minor, int digits, string display, string input)
    {
        Assert.Equal(display, MoneyText.Format(minor, digits));
        Assert.Equal(input, MoneyText.ToInput(minor, digits));
        Assert.True(MoneyText.TryParse(input, digits, out var back));
        Assert.Equal(minor, back);
    }
}
