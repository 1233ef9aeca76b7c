using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace IronArmy.Data.Storage;

/// <summary>
/// Writes instants as UTC and marks values read back as <see cref="DateTimeKind.Utc"/>
/// (SQLite and SQL Server <c>datetime2</c> both drop the kind).
/// </summary>
internal sealed class UtcDateTimeConverter() : ValueConverter<DateTime, DateTime>(
    v => v.Kind == DateTimeKind.Local ? v.ToUniversalTime() : DateTime.SpecifyKind(v, DateTimeKind.Utc),
    v => DateTime.SpecifyKind(v, DateTimeKind.Utc));
