using Microsoft.Extensions.DependencyInjection.Extensions;

namespace IronArmy.Bot.Operations;

/// <summary>The <c>Clock</c> configuration section.</summary>
public sealed class ClockOptions
{
    public const string Section = "Clock";

    /// <summary>
    /// Whether the bot's clock is a <see cref="MovableClock"/> that <see cref="ClockControl.Path"/> moves on:
    /// for end-to-end tests of a running bot. Development only; the host refuses to start with it elsewhere.
    /// </summary>
    public bool Controllable { get; set; }
}

/// <summary>The opt-in time control of a Development bot: its clock, and the endpoint that moves it on.</summary>
public static class ClockControl
{
    public const string Path = "/_dev/clock";

    /// <summary>
    /// With <c>Clock:Controllable</c> on, makes a <see cref="MovableClock"/> the TimeProvider of the bot and
    /// of Quartz (which takes the container's); refuses outside Development, where it would let anyone
    /// who reaches the bot fire every team's jobs. Without it, nothing changes.
    /// </summary>
    public static IServiceCollection AddClockControl(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        var options = configuration.GetSection(ClockOptions.Section).Get<ClockOptions>() ?? new ClockOptions();
        if (!options.Controllable) return services;
        if (!environment.IsDevelopment())
            throw new InvalidOperationException($"{ClockOptions.Section}:{nameof(ClockOptions.Controllable)} is for Development only; this host runs as {environment.EnvironmentName}.");

        var clock = new MovableClock();
        services.AddSingleton(clock);
        // Replace, not TryAdd: the features TryAdd TimeProvider.System, before or after this call.
        services.Replace(ServiceDescriptor.Singleton<TimeProvider>(clock));
        services.AddSingleton<ClockAdvance>();
        return services;
    }

    /// <summary>
    /// <c>GET /_dev/clock</c>: the bot's time. <c>POST /_dev/clock</c> with <c>{"to": instant}</c>: moves it on to
    /// that instant, stopping at every Quartz fire on the way (<see cref="ClockAdvance"/>); 409 for an instant
    /// in the past. Mapped only in Development with <c>Clock:Controllable</c> on.
    /// </summary>
    public static WebApplication MapClockControl(this WebApplication app)
    {
        if (!app.Environment.IsDevelopment() || app.Services.GetService<ClockAdvance>() is null) return app;

        app.MapGet(Path, (MovableClock clock) => Results.Ok(new ClockNow(clock.GetUtcNow(), 0)));
        app.MapPost(Path, async (ClockMove move, MovableClock clock, ClockAdvance advance, CancellationToken ct) =>
        {
            if (move.To < clock.GetUtcNow())
                return Results.Conflict(new { error = $"The clock does not go back: it shows {clock.GetUtcNow():o}, asked for {move.To:o}." });
            var fires = await advance.AdvanceToAsync(move.To, ct);
            return Results.Ok(new ClockNow(clock.GetUtcNow(), fires));
        });
        return app;
    }
}

/// <summary>Where to move the clock to.</summary>
public sealed record ClockMove(DateTimeOffset To);

/// <summary>The clock's time, and how many scheduled fires ran on the way there.</summary>
public sealed record ClockNow(DateTimeOffset UtcNow, int Fires);
