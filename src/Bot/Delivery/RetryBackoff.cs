namespace IronArmy.Bot.Delivery;

/// <summary>
/// Exponential backoff with "equal jitter": half the exponential delay is fixed, half random, so retries
/// of many rows that failed together spread out instead of returning as a herd.
/// </summary>
public sealed class RetryBackoff(TimeSpan baseDelay, TimeSpan maxDelay, Random random)
{
    /// <summary>The delay before the next try after <paramref name="failedAttempts"/> failures (1 = first failure).</summary>
    public TimeSpan Next(int failedAttempts)
    {
        var exponent = Math.Min(Math.Max(failedAttempts - 1, 0), 30);
        var capped = Math.Min(baseDelay.TotalMilliseconds * Math.Pow(2, exponent), maxDelay.TotalMilliseconds);
        double jitter;
        lock (random) jitter = random.NextDouble();
        return TimeSpan.FromMilliseconds(capped / 2 + capped / 2 * jitter);
    }
}
