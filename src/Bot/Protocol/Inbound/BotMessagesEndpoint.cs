using System.Net.Http.Headers;
using System.Text.Json;
using Microsoft.Extensions.Options;

namespace IronArmy.Bot.Protocol;

/// <summary>
/// POST /api/messages (protocol.md §2-§3): authenticate, parse, hand the activity to the product's
/// <see cref="IActivityHandler"/>, answer. 401 for any auth failure (no detail), 400 for a malformed
/// activity, and never a 5xx: a failing handler is logged and answered 200.
/// </summary>
public static class BotMessagesEndpoint
{
    public const string Route = "/api/messages";

    // Case-insensitive: samples spell localTimezone both ways.
    private static readonly JsonSerializerOptions ActivityJson = new(JsonSerializerDefaults.Web);

    public static IEndpointConventionBuilder MapBotMessages(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapPost(Route, HandleAsync);

    private static async Task HandleAsync(HttpContext http)
    {
        var services = http.RequestServices;
        var logger = services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(BotMessagesEndpoint).FullName!);
        var ct = http.RequestAborted;

        var (authenticated, token) = await AuthenticateHeaderAsync(http, services, ct);
        if (!authenticated)
        {
            http.Response.StatusCode = StatusCodes.Status401Unauthorized;
            return;
        }

        Activity? activity;
        try
        {
            activity = await JsonSerializer.DeserializeAsync<Activity>(http.Request.Body, ActivityJson, ct);
        }
        catch (JsonException)
        {
            activity = null;
        }
        if (activity is null || string.IsNullOrEmpty(activity.Type))
        {
            http.Response.StatusCode = StatusCodes.Status400BadRequest;
            return;
        }

        if (token is not null && !token.Admits(activity))
        {
            logger.LogWarning("Rejected an activity: signing key not endorsed for channel {ChannelId} or serviceurl claim differs from the activity's", activity.ChannelId);
            http.Response.StatusCode = StatusCodes.Status401Unauthorized;
            return;
        }

        services.GetRequiredService<ServiceUrlTrust>().Trust(activity.ServiceUrl);

        var response = await DispatchAsync(activity, services, logger, ct);
        if (activity.Type != ActivityTypes.Invoke)
        {
            http.Response.StatusCode = StatusCodes.Status200OK;
            return;
        }

        // Unhandled invoke: the SDK answers HTTP 501; we keep the status inside the body instead.
        response ??= InvokeResponse.Error(StatusCodes.Status501NotImplemented, "NotImplemented", "This bot does not handle this invoke.");
        http.Response.StatusCode = response.Status >= 500 ? StatusCodes.Status200OK : response.Status;
        if (response.Body is not null)
            await http.Response.WriteAsJsonAsync(response.Body, response.Body.GetType(), options: (JsonSerializerOptions?)null, cancellationToken: ct);
    }

    /// <returns>authenticated=false means 401. A null token with authenticated=true is the dev-anonymous case.</returns>
    private static async Task<(bool Authenticated, ChannelToken? Token)> AuthenticateHeaderAsync(HttpContext http, IServiceProvider services, CancellationToken ct)
    {
        string? header = http.Request.Headers.Authorization;
        if (string.IsNullOrEmpty(header))
        {
            // Checked again here although start-up refuses an empty app id outside Development.
            var identity = services.GetRequiredService<IOptions<BotIdentityOptions>>().Value;
            return (identity.IsAnonymous && services.GetRequiredService<IHostEnvironment>().IsDevelopment(), null);
        }

        if (!AuthenticationHeaderValue.TryParse(header, out var value)
            || !string.Equals(value.Scheme, "Bearer", StringComparison.OrdinalIgnoreCase)
            || string.IsNullOrWhiteSpace(value.Parameter))
            return (false, null);

        var token = await services.GetRequiredService<ChannelTokenValidator>().ValidateAsync(value.Parameter, ct);
        return (token is not null, token);
    }

    private static async Task<InvokeResponse?> DispatchAsync(Activity activity, IServiceProvider services, ILogger logger, CancellationToken ct)
    {
        try
        {
            return await services.GetRequiredService<IActivityHandler>().HandleAsync(activity, ct);
        }
        catch (Exception ex) when (!ct.IsCancellationRequested)
        {
            // A 5xx makes the Bot Connector retry the same activity; the product's failure is ours to log, not Teams' to repeat.
            logger.LogError(ex, "Handling {ActivityType} activity {ActivityId} failed", activity.Type, activity.Id);
            return activity.Type == ActivityTypes.Invoke
                ? InvokeResponse.Error(StatusCodes.Status500InternalServerError, "InternalError", "The bot could not complete this action.")
                : null;
        }
    }
}
