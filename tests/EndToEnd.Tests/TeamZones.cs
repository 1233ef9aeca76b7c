namespace IronArmy.EndToEnd.Tests;

/// <summary>
/// Time zones that put the team's wall clock where a test needs it, whenever the test runs: the day
/// forms open and close at team times, so a test that ignored the hour would pass or fail by it.
/// </summary>
internal static class TeamZones
{
    /// <summary>An Etc/GMT zone where the local hour is <paramref name="hour"/> now (Etc/GMT-5 is UTC+5).</summary>
    public static string WhereTheHourIs(int hour)
    {
        var offset = hour - DateTime.UtcNow.Hour;
        if (offset > 14) offset -= 24;
        if (offset < -12) offset += 24;
        return offset == 0 ? "Etc/GMT" : $"Etc/GMT{(offset > 0 ? "-" : "+")}{Math.Abs(offset)}";
    }
}
