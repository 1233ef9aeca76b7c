using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace IronArmy.Bot.Tests.Protocol;

/// <summary>
/// A stand-in for login.botframework.com on 127.0.0.1 (real HTTP, loopback): the OpenID metadata document
/// and a JWKS whose keys carry endorsements, like the real one.
/// </summary>
public sealed class BotFrameworkMetadataServer : IAsyncLifetime
{
    public const string AppId = "6f1c3d2e-0000-4000-8000-00000000b07a";
    public const string AppPassword = "test-secret";
    public const string ServiceUrl = "https://smba.trafficmanager.net/amer/";

    private WebApplication? _app;
    private volatile TestSigningKey[] _published = [];
    private int _keySetRequests;

    /// <summary>Endorsed for Teams.</summary>
    public TestSigningKey TeamsKey { get; } = new("teams-key", "msteams", "skype");

    /// <summary>A genuine key of the JWKS, but endorsed for another channel only.</summary>
    public TestSigningKey WebchatKey { get; } = new("webchat-key", "webchat");

    public string MetadataUrl { get; private set; } = "";

    public int KeySetRequests => Volatile.Read(ref _keySetRequests);

    public event Action? KeySetServed;

    public void Publish(params TestSigningKey[] keys) => _published = keys;

    public async Task InitializeAsync()
    {
        Publish(TeamsKey, WebchatKey);
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        _app = builder.Build();
        _app.MapGet("/v1/.well-known/openidconfiguration", (HttpContext http) => Results.Text(JsonSerializer.Serialize(new
        {
            issuer = "https://api.botframework.com",
            authorization_endpoint = "https://invalid.botframework.com",
            jwks_uri = $"{http.Request.Scheme}://{http.Request.Host}/v1/.well-known/keys",
            id_token_signing_alg_values_supported = new[] { "RS256" },
            token_endpoint_auth_methods_supported = new[] { "private_key_jwt" },
        }), "application/json"));
        _app.MapGet("/v1/.well-known/keys", () =>
        {
            var body = JsonSerializer.Serialize(new { keys = _published.Select(k => k.ToJwk()).ToArray() });
            Interlocked.Increment(ref _keySetRequests);
            KeySetServed?.Invoke();
            return Results.Text(body, "application/json");
        });
        await _app.StartAsync();
        var address = _app.Urls.Single(); // the port Kestrel chose for :0
        MetadataUrl = $"{address}/v1/.well-known/openidconfiguration";
    }

    public async Task DisposeAsync()
    {
        if (_app is not null)
            await _app.DisposeAsync();
    }
}
