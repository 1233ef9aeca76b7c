using System.ComponentModel.DataAnnotations;

namespace IronArmy.Bot.Delivery;

/// <summary>The <c>Delivery</c> configuration section: Teams' limits and how hard the dispatcher tries.</summary>
public sealed class DeliveryOptions
{
    public const string Section = "Delivery";

    /// <summary>Teams allows 50 requests per second per bot per tenant; every connector call counts.</summary>
    /// <remarks>At most 1000: permits are spaced 1/limit apart by a timer with millisecond resolution.</remarks>
    [Range(1, 1_000)]
    public int MaxRequestsPerSecond { get; set; } = 50;

    /// <summary>Teams allows 7 sends (or conversation creations) per second per conversation.</summary>
    [Range(1, 1_000)]
    public int MaxRequestsPerSecondPerConversation { get; set; } = 7;

    /// <summary>
    /// Fraction of each limit left unused. Teams counts calls as they arrive, and arrival times jitter by a few
    /// milliseconds, so pacing at exactly the limit draws 429s, each costing a whole Retry-After second.
    /// </summary>
    [Range(0.0, 0.5)]
    public double RateLimitHeadroom { get; set; } = 0.05;

    /// <summary>Failed attempts (transient errors) before a message is given up with its reason recorded.</summary>
    [Range(1, 100)]
    public int MaxAttempts { get; set; } = 8;

    /// <summary>How often the dispatcher looks for due rows when nobody signals it.</summary>
    [Range(typeof(TimeSpan), "00:00:00.010", "01:00:00")]
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Rows claimed at once.</summary>
    [Range(1, 5_000)]
    public int BatchSize { get; set; } = 100;

    /// <summary>Connector calls in flight at once; enough to fill the rate limit while each call takes tens of ms.</summary>
    [Range(1, 512)]
    public int MaxConcurrency { get; set; } = 16;

    /// <summary>How long a claim holds its rows; a crashed instance's rows are reclaimed after it.</summary>
    [Range(typeof(TimeSpan), "00:00:10", "01:00:00")]
    public TimeSpan LeaseDuration { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>One connector call longer than this counts as a timeout (retried).</summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:10:00")]
    public TimeSpan SendTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>First retry delay; doubles per attempt, with jitter.</summary>
    [Range(typeof(TimeSpan), "00:00:00.001", "01:00:00")]
    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromSeconds(2);

    [Range(typeof(TimeSpan), "00:00:00.001", "1.00:00:00")]
    public TimeSpan RetryMaxDelay { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>
    /// The bot's channel account id for creating 1:1 conversations. Empty means <c>28:{MicrosoftAppId}</c>;
    /// with no app id either (local dev against the Playground) the bot account is left out of the request.
    /// </summary>
    public string? BotId { get; set; }

    /// <summary>Names this instance in leases (LockedBy); defaults to machine name and process id.</summary>
    [MaxLength(80)]
    public string? InstanceName { get; set; }
}
