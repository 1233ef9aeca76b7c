using System.Diagnostics.CodeAnalysis;

namespace IronArmy.Core.Teams;

/// <summary>
/// A team's time zone: its IANA id (what is stored and shown, e.g. <c>Asia/Shanghai</c>) and the
/// zone's rules, found once. It turns UTC instants into the team's work dates and local times, and a
/// work date with a local time back into the UTC instant.
/// </summary>
/// <remarks>
/// <para>
/// A small value over <see cref="System.TimeZoneInfo"/> rather than NodaTime: Quartz fires the
/// ritual triggers with a <see cref="System.TimeZoneInfo"/>, so the dates and times computed here come
/// from the same time zone database (the machine's) as the fires they are checked against. The
/// team needs three conversions and one rule for clock changes (<see cref="At"/>), which do not
/// justify a second calendar library and a second zone database in Core.
/// </para>
/// <para>
/// New zones enter through <see cref="Of"/> or <see cref="TryFind"/>, which refuse ids the machine
/// does not know. A zone read back from storage (<see cref="FromStored"/>) is not refused, so one
/// team's bad row does not stop every other team from loading; it fails with
/// <see cref="TimeZoneNotFoundException"/> when it is used, as the plain id string did.
/// </para>
/// </remarks>
public sealed class TeamZone : IEquatable<TeamZone>
{
    private readonly TimeZoneInfo? _zone;

    private TeamZone(string id, TimeZoneInfo? zone)
    {
        Id = id;
        _zone = zone;
    }

    /// <summary>The IANA id, e.g. <c>Asia/Shanghai</c>.</summary>
    public string Id { get; }

    /// <summary>The zone's rules, as Quartz's triggers take them.</summary>
    /// <exception cref="TimeZoneNotFoundException">A stored id this machine does not know.</exception>
    public TimeZoneInfo TimeZoneInfo => _zone ?? throw new TimeZoneNotFoundException($"The time zone '{Id}' was not found on this machine.");

    /// <summary>The zone with IANA (or Windows) id <paramref name="id"/>, always held by its IANA id.</summary>
    /// <exception cref="TimeZoneNotFoundException">The machine does not know the id.</exception>
    public static TeamZone Of(string id) =>
        TryFind(id, out var zone) ? zone : throw new TimeZoneNotFoundException($"The time zone '{id}' was not found on this machine.");

    /// <summary>
    /// The zone for an id a person typed: an IANA id, or a Windows id ("China Standard Time"), which
    /// is converted to its IANA id rather than refused. False for anything else.
    /// </summary>
    public static bool TryFind(string id, [NotNullWhen(true)] out TeamZone? zone)
    {
        zone = null;
        if (!TimeZoneInfo.TryFindSystemTimeZoneById(id, out var found)) return false;
        if (found.HasIanaId)
        {
            zone = new TeamZone(found.Id, found);
            return true;
        }

        // Held by its IANA zone too, so the rules Quartz is given carry the id that is stored.
        if (!TimeZoneInfo.TryConvertWindowsIdToIanaId(found.Id, out var iana)
            || !TimeZoneInfo.TryFindSystemTimeZoneById(iana, out var ianaZone)) return false;
        zone = new TeamZone(iana, ianaZone);
        return true;
    }

    /// <summary>
    /// The zone of a stored id, found once here. An id this machine does not know is kept as it is
    /// and throws <see cref="TimeZoneNotFoundException"/> on first use (see the remarks).
    /// </summary>
    public static TeamZone FromStored(string id) =>
        new(id, TimeZoneInfo.TryFindSystemTimeZoneById(id, out var found) ? found : null);

    /// <summary>
    /// The team's calendar date at <paramref name="instantUtc"/>: a fire at 23:40 UTC is already
    /// tomorrow in Shanghai and still today in Los Angeles, so every per-day key and check uses it.
    /// </summary>
    public DateOnly DateOf(DateTime instantUtc) => DateOnly.FromDateTime(LocalOf(instantUtc));

    /// <summary>The team's wall-clock time at <paramref name="instantUtc"/>.</summary>
    public TimeOnly TimeOf(DateTime instantUtc) => TimeOnly.FromDateTime(LocalOf(instantUtc));

    /// <summary>The team's local date and time at <paramref name="instantUtc"/> (an unspecified-kind <see cref="DateTime"/>).</summary>
    public DateTime LocalOf(DateTime instantUtc)
    {
        if (instantUtc.Kind == DateTimeKind.Local)
            throw new ArgumentException("Instants are UTC.", nameof(instantUtc));
        return TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(instantUtc, DateTimeKind.Utc), TimeZoneInfo);
    }

    /// <summary>
    /// The UTC instant of a local wall-clock time on a team date. A time the clocks skip (spring
    /// forward) is moved on by the gap (02:30 → 03:30); a time that happens twice (fall back) is
    /// the first occurrence.
    /// </summary>
    public DateTime At(DateOnly date, TimeOnly time)
    {
        var zone = TimeZoneInfo;
        var local = date.ToDateTime(time, DateTimeKind.Unspecified);
        TimeSpan offset;
        if (zone.IsInvalidTime(local))
            offset = zone.GetUtcOffset(local.AddDays(-1)); // the offset before the gap: shifts the time forward by it
        else if (zone.IsAmbiguousTime(local))
            offset = zone.GetAmbiguousTimeOffsets(local).Max();
        else
            offset = zone.GetUtcOffset(local);
        return DateTime.SpecifyKind(local - offset, DateTimeKind.Utc);
    }

    public bool Equals(TeamZone? other) => other is not null && string.Equals(Id, other.Id, StringComparison.Ordinal);

    public override bool Equals(object? obj) => Equals(obj as TeamZone);

    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Id);

    public static bool operator ==(TeamZone? left, TeamZone? right) => Equals(left, right);

    public static bool operator !=(TeamZone? left, TeamZone? right) => !Equals(left, right);

    public override string ToString() => Id;
}
