using System.Linq.Expressions;
using IronArmy.Core.Kickoff;
using IronArmy.Core.Leaderboards;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace IronArmy.Data.Teams;

internal sealed class TenantConfiguration : IEntityTypeConfiguration<Tenant>
{
    public void Configure(EntityTypeBuilder<Tenant> b)
    {
        b.HasKey(t => t.Id);
        b.Property(t => t.Id).HasMaxLength(64);
    }
}

internal sealed class TeamConfiguration : IEntityTypeConfiguration<Team>
{
    public void Configure(EntityTypeBuilder<Team> b)
    {
        b.Property(t => t.TenantId).HasMaxLength(64);
        b.Property(t => t.TeamsTeamId).HasMaxLength(256);
        b.Property(t => t.AadGroupId).HasMaxLength(64);
        b.Property(t => t.Name).HasMaxLength(256);
        b.Property(t => t.ChannelId).HasMaxLength(256);
        b.Property(t => t.ServiceUrl).HasMaxLength(512);
        b.Property(t => t.Locale).HasMaxLength(16);
        b.Property(t => t.TimeZoneId).HasMaxLength(64);
        b.Ignore(t => t.Schedule);
        b.Ignore(t => t.Reminders);
        b.Ignore(t => t.RecapReminders);
        b.Ignore(t => t.Standard);
        b.Ignore(t => t.ShoutOutRules);
        // Settings added after teams existed: the database default fills rows that were already
        // there when the column arrived; new rows always carry the value the code set (never
        // generated), so a manager's 0 is stored as 0 rather than replaced by the default.
        Setting(b, t => t.StandardVisits, VisitStandard.Default.Visits);
        Setting(b, t => t.StandardNewVisits, VisitStandard.Default.NewVisits);
        Setting(b, t => t.StandardFollowUpVisits, VisitStandard.Default.FollowUpVisits);
        Setting(b, t => t.StandardClosingVisits, VisitStandard.Default.ClosingVisits);
        Setting(b, t => t.StandardACustomers, VisitStandard.Default.ACustomers);
        Setting(b, t => t.StandardBcCustomers, VisitStandard.Default.BcCustomers);
        Setting(b, t => t.StandardValidNewCustomers, VisitStandard.Default.ValidNewCustomers);
        Setting(b, t => t.KickoffNudgeAfterMinutes, Team.DefaultKickoffNudgeAfterMinutes);
        Setting(b, t => t.KickoffManagersAfterMinutes, Team.DefaultKickoffManagersAfterMinutes);
        Setting(b, t => t.MorningBoardAfterMinutes, Team.DefaultMorningBoardAfterMinutes);
        Setting(b, t => t.RecapNudgeAfterMinutes, Team.DefaultRecapNudgeAfterMinutes);
        Setting(b, t => t.RecapManagersAfterMinutes, Team.DefaultRecapManagersAfterMinutes);
        Setting(b, t => t.PostSharedWins, false);
        Setting(b, t => t.CurrencyCode, Team.DefaultCurrencyCode).HasMaxLength(3).IsFixedLength();
        Setting(b, t => t.BoardMetric, BoardMetric.SignedAmount).HasConversion<string>().HasMaxLength(32);
        Setting(b, t => t.BoardTopSize, Leaderboard.DefaultTopSize);
        Setting(b, t => t.BoardAfterDigestMinutes, Team.DefaultBoardAfterDigestMinutes);
        Setting(b, t => t.StreakDays, ValidNewStreaks.DefaultDays);
        Setting(b, t => t.ShoutOutsEnabled, true);
        Setting(b, t => t.ShoutOutIntervalMinutes, Team.DefaultShoutOutIntervalMinutes);
        b.HasIndex(t => new { t.TenantId, t.TeamsTeamId }).IsUnique();
        b.HasOne<Tenant>().WithMany().HasForeignKey(t => t.TenantId).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(t => t.Members).WithOne(m => m.Team).HasForeignKey(m => m.TeamId).OnDelete(DeleteBehavior.Restrict);
    }

    private static PropertyBuilder<T> Setting<T>(EntityTypeBuilder<Team> b, Expression<Func<Team, T>> property, T defaultValue) =>
        b.Property(property).HasDefaultValue(defaultValue).ValueGeneratedNever();
}

internal sealed class MemberConfiguration : IEntityTypeConfiguration<Member>
{
    public void Configure(EntityTypeBuilder<Member> b)
    {
        b.Property(m => m.TeamsUserId).HasMaxLength(256);
        b.Property(m => m.AadObjectId).HasMaxLength(64);
        b.Property(m => m.Name).HasMaxLength(256);
        b.Property(m => m.Locale).HasMaxLength(16);
        b.Property(m => m.PersonalConversationId).HasMaxLength(256);
        b.Property(m => m.Role).HasConversion<string>().HasMaxLength(16);
        // Added after members existed: everyone is named until they opt out.
        b.Property(m => m.NamedInShoutOuts).HasDefaultValue(true).ValueGeneratedNever();
        b.HasIndex(m => new { m.TeamId, m.TeamsUserId }).IsUnique();
        b.HasIndex(m => m.AadObjectId);
    }
}
