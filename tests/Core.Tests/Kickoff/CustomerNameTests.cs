using IronArmy.Core.Kickoff;

namespace IronArmy.Core.Tests.Kickoff;

public class CustomerNameTests
{
    [Theory]
    [InlineData("Acme Trading", "acme trading")]
    [InlineData("  Acme\u3000 Trading\n", "ACME TRADING")]
    [InlineData("杭州新材料有限公司", "杭州新材料有限公司")]
    [InlineData("Ärzte Café", "ärzte café")]
    [InlineData("\U00010428 Deseret", "\U00010400 DESERET")]
    public void Names_that_are_the_same_customer_have_the_same_key(string a, string b)
    {
        Assert.True(CustomerName.Comparer.Equals(CustomerName.Clean(a), CustomerName.Clean(b)));
        Assert.Equal(CustomerName.Key(a), CustomerName.Key(b));
    }

    [Theory]
    [InlineData("Acme Trading", "Acme Tradings")]
    [InlineData("杭州新材料", "杭州新材料有限公司")]
    [InlineData("Meſſe", "Messe")]
    public void Different_customers_have_different_keys(string a, string b) =>
        Assert.NotEqual(CustomerName.Key(a), CustomerName.Key(b));

    [Fact]
    public void The_key_agrees_with_the_comparer_for_every_character()
    {
        // Keys are compared with plain equality in the database; the comparer is what Core uses.
        // For every character, a name and its key must be the same customer, and the key a fixed point.
        for (var c = 1; c <= 0xFFFF; c++)
        {
            if (char.IsSurrogate((char)c) || char.IsWhiteSpace((char)c) || char.IsControl((char)c)) continue;
            var name = "x" + (char)c;
            var key = CustomerName.Key(name);
            Assert.True(CustomerName.Comparer.Equals(name, key), $"U+{c:X4}: {name} and its key {key} differ under the comparer");
            Assert.Equal(key, CustomerName.Key(key));
        }
    }
}
