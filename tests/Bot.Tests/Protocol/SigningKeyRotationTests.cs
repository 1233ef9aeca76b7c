using System.Net;

namespace IronArmy.Bot.Tests.Protocol;

/// <summary>The Bot Framework rotates its keys; a token with a kid not yet cached triggers one metadata refresh.</summary>
public sealed class SigningKeyRotationTests : IAsyncLifetime
{
    private readonly BotFrameworkMetadataServer _metadata = new();
    private BotFactory? _bot;

    public async Task InitializeAsync()
    {
        await _metadata.InitializeAsync();
        _bot = new BotFactory("Production", BotFrameworkMetadataServer.AppId, _metadata.MetadataUrl, BotFrameworkMetadataServer.AppPassword);
    }

    public async Task DisposeAsync()
    {
        _bot?.Dispose();
        await _metadata.DisposeAsync();
    }

    private async Task<HttpStatusCode> PostAsync(string token)
    {
        using var client = _bot!.CreateClient();
        using var response = await client.SendAsync(ActivityJson.Post(ActivityJson.Message(), token));
        return response.StatusCode;
    }

    [Fact]
    public async Task Keys_are_cached_and_a_new_kid_is_fetched_once()
    {
        Assert.Equal(HttpStatusCode.OK, await PostAsync(_metadata.TeamsKey.CreateToken()));
        Assert.Equal(HttpStatusCode.OK, await PostAsync(_metadata.TeamsKey.CreateToken()));
        Assert.Equal(1, _metadata.KeySetRequests);

        var rotated = new TestSigningKey("rotated-key", "msteams");
        _metadata.Publish(_metadata.TeamsKey, rotated);

        Assert.Equal(HttpStatusCode.OK, await PostAsync(rotated.CreateToken()));
        Assert.Equal(2, _metadata.KeySetRequests);
    }

    [Fact]
    public async Task Unknown_kids_cannot_force_repeated_metadata_fetches()
    {
        Assert.Equal(HttpStatusCode.OK, await PostAsync(_metadata.TeamsKey.CreateToken()));

        for (var i = 0; i < 3; i++)
            Assert.Equal(HttpStatusCode.Unauthorized, await PostAsync(new TestSigningKey($"forged-{i}", "msteams").CreateToken()));

        // One refresh for the first unknown kid, then ConfigurationManager's RefreshInterval (5 min) holds.
        Assert.Equal(2, _metadata.KeySetRequests);
    }
}
