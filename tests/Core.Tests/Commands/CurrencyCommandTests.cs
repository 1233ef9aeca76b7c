using IronArmy.Core.Commands;

namespace IronArmy.Core.Tests.Commands;

public class CurrencyCommandTests
{
    [Theory]
    [InlineData("set currency HKD", "HKD")]
    [InlineData("set currency jpy", "JPY")]
    [InlineData("Set Currency  usd ", "USD")]
    [InlineData("设置货币 CNY", "CNY")]
    [InlineData("设置货币ｈｋｄ", "HKD")]
    [InlineData("设置币种 eur", "EUR")]
    [InlineData("set currency KWD", "KWD")]
    public void Currencies_are_iso_codes_in_any_case(string text, string code)
    {
        var command = Assert.IsType<SetCurrencyCommand>(CommandParser.Parse(text));
        Assert.Equal(code, command.CurrencyCode);
        Assert.True(command.RequiresManager);
    }

    [Theory]
    [InlineData("set currency RMB", "RMB")]
    [InlineData("set currency ABC", "ABC")]
    [InlineData("set currency yen", "yen")]
    [InlineData("设置货币 人民币", "人民币")]
    [InlineData("set currency XAU", "XAU")] // gold: ISO 4217, but no deal is signed in it
    [InlineData("set currency HK$", "HK$")]
    public void Anything_but_a_circulating_currency_is_refused_with_the_usage(string text, string argument)
    {
        var command = Assert.IsType<InvalidCommand>(CommandParser.Parse(text));
        Assert.Equal(CommandProblem.UnknownCurrency, command.Problem);
        Assert.Equal(argument, command.Argument);
        Assert.Equal("set currency HKD", command.Usage);
    }

    [Theory]
    [InlineData("set currency")]
    [InlineData("设置货币")]
    public void A_missing_code_is_reported(string text) =>
        Assert.Equal(CommandProblem.MissingArgument, Assert.IsType<InvalidCommand>(CommandParser.Parse(text)).Problem);
}
