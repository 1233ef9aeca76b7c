using System.Globalization;

namespace IronArmy.Benchmarks;

/// <summary>A set of measured latencies and its percentiles (nearest rank: p99 of 100 samples is the 99th smallest).</summary>
internal sealed class Latencies(IEnumerable<TimeSpan> samples)
{
    private readonly TimeSpan[] _sorted = [.. samples.Order()];

    public int Count => _sorted.Length;

    public TimeSpan Percentile(double p) =>
        _sorted.Length == 0 ? TimeSpan.Zero : _sorted[Math.Clamp((int)Math.Ceiling(p / 100 * _sorted.Length) - 1, 0, _sorted.Length - 1)];

    public TimeSpan Max => _sorted.Length == 0 ? TimeSpan.Zero : _sorted[^1];

    public TimeSpan Mean => _sorted.Length == 0 ? TimeSpan.Zero : TimeSpan.FromTicks((long)_sorted.Average(t => t.Ticks));

    public static string Header => $"{"",-22} {"n",5} {"p50",8} {"p95",8} {"p99",8} {"max",8} {"mean",8}";

    public string Row(string label) =>
        string.Create(CultureInfo.InvariantCulture, $"{label,-22} {Count,5} {Ms(Percentile(50)),8} {Ms(Percentile(95)),8} {Ms(Percentile(99)),8} {Ms(Max),8} {Ms(Mean),8}");

    private static string Ms(TimeSpan t) => t.TotalMilliseconds.ToString("0.0", CultureInfo.InvariantCulture);
}
