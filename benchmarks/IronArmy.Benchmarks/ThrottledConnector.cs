using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace IronArmy.Benchmarks;

/// <summary>
/// A local Bot Connector on 127.0.0.1 that enforces Teams' limits the strict way: over any sliding
/// one-second window at most <c>perTenant</c> accepted calls in the tenant and <c>perConversation</c> in one
/// conversation; anything more gets 429 with Retry-After. It counts every accepted message by its text,
/// which the benchmark sets to the outbox idempotency key.
/// </summary>
internal sealed class ThrottledConnector(int perTenant, int perConversation) : IAsyncDisposable
{
    private static readonly long Window = Stopwatch.Frequency;
    private readonly object _gate = new();
    private readonly Queue<long> _tenantCalls = new();
    private readonly Dictionary<string, Queue<long>> _conversationCalls = new(StringComparer.Ordinal);
    private WebApplication? _app;
    private int _nextActivity;
    private int _throttled;

    public ConcurrentDictionary<string, int> AcceptedByKey { get; } = new(StringComparer.Ordinal);

    public int Throttled => Volatile.Read(ref _throttled);

    public long LastAcceptedAt { get; private set; }

    public Uri BaseAddress { get; private set; } = null!;

    public async Task StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        _app = builder.Build();
        _app.MapPost("/v3/conversations/{conversationId}/activities", async (string conversationId, HttpRequest request) =>
        {
            if (Admit(conversationId) is { } retryAfter) return TooMany(retryAfter);
            using var body = await JsonDocument.ParseAsync(request.Body);
            var text = body.RootElement.TryGetProperty("text", out var t) ? t.GetString() ?? "" : "";
            AcceptedByKey.AddOrUpdate(text, 1, (_, n) => n + 1);
            return Results.Json(new { id = $"activity-{Interlocked.Increment(ref _nextActivity)}" }, statusCode: 201);
        });
        _app.MapPost("/v3/conversations", () =>
            Admit("create") is { } retryAfter ? TooMany(retryAfter) : Results.Json(new { id = $"a:{Guid.NewGuid():N}" }, statusCode: 201));
        await _app.StartAsync();
        var address = _app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        BaseAddress = new Uri(address + "/");
    }

    /// <summary>Null when the call is within both limits (and is counted); otherwise whole seconds until it would be.</summary>
    private int? Admit(string conversationId)
    {
        var now = Stopwatch.GetTimestamp();
        lock (_gate)
        {
            if (!_conversationCalls.TryGetValue(conversationId, out var conversation))
                _conversationCalls[conversationId] = conversation = new Queue<long>();
            Expire(_tenantCalls, now);
            Expire(conversation, now);
            if (_tenantCalls.Count >= perTenant || conversation.Count >= perConversation)
            {
                Interlocked.Increment(ref _throttled);
                var oldest = Math.Min(
                    _tenantCalls.Count >= perTenant ? _tenantCalls.Peek() : long.MaxValue,
                    conversation.Count >= perConversation ? conversation.Peek() : long.MaxValue);
                var wait = (double)(oldest + Window - now) / Stopwatch.Frequency;
                return Math.Max(1, (int)Math.Ceiling(wait));
            }

            _tenantCalls.Enqueue(now);
            conversation.Enqueue(now);
            LastAcceptedAt = now;
            return null;
        }
    }

    private static void Expire(Queue<long> calls, long now)
    {
        while (calls.Count > 0 && now - calls.Peek() >= Window) calls.Dequeue();
    }

    private static IResult TooMany(int retryAfterSeconds) => new TooManyRequests(retryAfterSeconds);

    public async ValueTask DisposeAsync()
    {
        if (_app is not null) await _app.DisposeAsync();
    }

    private sealed class TooManyRequests(int retryAfterSeconds) : IResult
    {
        public Task ExecuteAsync(HttpContext context)
        {
            context.Response.StatusCode = StatusCodes.Status429TooManyRequests;
            context.Response.Headers.RetryAfter = retryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
            return context.Response.WriteAsJsonAsync(new { error = new { code = "TooManyRequests", message = "Rate limit exceeded." } });
        }
    }
}
