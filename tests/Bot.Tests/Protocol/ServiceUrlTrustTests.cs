using IronArmy.Bot.Protocol;

namespace IronArmy.Bot.Tests.Protocol;

public sealed class ServiceUrlTrustTests
{
    [Theory]
    [InlineData("https://smba.trafficmanager.net/amer/", "https://smba.trafficmanager.net/amer")]
    [InlineData("https://smba.trafficmanager.net/amer", "HTTPS://SMBA.trafficmanager.net/AMER/")]
    [InlineData("http://localhost:56150/_connector", "http://localhost:56150/_connector/")]
    public void Same_serviceUrl_with_or_without_trailing_slash_and_in_any_case_is_trusted(string seeded, string asked)
    {
        var trust = new ServiceUrlTrust();
        Assert.True(trust.Trust(seeded));
        Assert.True(trust.IsTrusted(asked));
    }

    [Theory]
    [InlineData("https://smba.trafficmanager.net/emea/")]
    [InlineData("https://smba.trafficmanager.net.attacker.example/amer/")]
    [InlineData("https://smba.trafficmanager.net/amer/extra")]
    [InlineData("http://smba.trafficmanager.net/amer/")]
    public void Other_hosts_paths_and_schemes_are_not_trusted(string asked)
    {
        var trust = new ServiceUrlTrust();
        trust.Trust("https://smba.trafficmanager.net/amer/");
        Assert.False(trust.IsTrusted(asked));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("smba.trafficmanager.net/amer")]
    [InlineData("ftp://smba.trafficmanager.net/amer/")]
    [InlineData("https://user:pw@smba.trafficmanager.net/amer/")]
    public void Non_http_urls_are_never_trusted(string? serviceUrl)
    {
        var trust = new ServiceUrlTrust();
        Assert.False(trust.Trust(serviceUrl));
        Assert.False(trust.IsTrusted(serviceUrl));
    }
}
