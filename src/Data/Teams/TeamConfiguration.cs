using System.Linq.Expressions;
using IronArmy.Core.EveningShare;
using IronArmy.Core.Kickoff;
using IronArmy.Core.Leaderboards;
using IronArmy.Core.Teams;
using IronArmy.Core.Tiers;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

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
        b.Ignore(t => t.ShoutOutRules);
        // Each group of settings is one Core value (defaults in its X.Default), kept in the columns
        // it had as separate properties.
        b.ComplexProperty(t => t.Schedule, s =>
        {
            s.Property(x => x.Zone).HasColumnName("TimeZoneId").HasMaxLength(64).HasConversion(z => z.Id, id => TeamZone.FromStored(id));
            s.Property(x => x.Kickoff).HasColumnName("KickoffTime");
            s.Property(x => x.EveningShare).HasColumnName("EveningShareTime");
            s.Property(x => x.Digest).HasColumnName("DigestTime");
            s.Property(x => x.WorkDays).HasColumnName("WorkDaysMask").HasConversion(w => w.Mask, mask => new WorkWeek(mask));
        });
        // Settings added after teams existed: the database default (Core's) fills rows that were
        // already there when the column arrived; new rows always carry the value the code set (never
        // generated), so a manager's 0 is stored as 0 rather than replaced by the default.
        b.ComplexProperty(t => t.Standard, s =>
        {
            Setting(s, x => x.Visits, "StandardVisits", VisitStandard.Default);
            Setting(s, x => x.NewVisits, "StandardNewVisits", VisitStandard.Default);
            Setting(s, x => x.FollowUpVisits, "StandardFollowUpVisits", VisitStandard.Default);
            Setting(s, x => x.ClosingVisits, "StandardClosingVisits", VisitStandard.Default);
            Setting(s, x => x.ACustomers, "StandardACustomers", VisitStandard.Default);
            Setting(s, x => x.BcCustomers, "StandardBcCustomers", VisitStandard.Default);
            Setting(s, x => x.ValidNewCustomers, "StandardValidNewCustomers", VisitStandard.Default);
        });
        b.ComplexProperty(t => t.Reminders, s =>
        {
            Setting(s, x => x.Nudge, "KickoffNudgeAfterMinutes", KickoffReminders.Default).HasConversion(WholeMinutes);
            Setting(s, x => x.Managers, "KickoffManagersAfterMinutes", KickoffReminders.Default).HasConversion(WholeMinutes);
            Setting(s, x => x.Board, "MorningBoardAfterMinutes", KickoffReminders.Default).HasConversion(WholeMinutes);
        });
        b.ComplexProperty(t => t.RecapReminders, s =>
        {
            Setting(s, x => x.Nudge, "RecapNudgeAfterMinutes", RecapReminders.Default).HasConversion(WholeMinutes);
            Setting(s, x => x.Managers, "RecapManagersAfterMinutes", RecapReminders.Default).HasConversion(WholeMinutes);
        });
        Setting(b, t => t.PostSharedWins, false);
        Setting(b, t => t.CurrencyCode, Team.DefaultCurrencyCode).HasMaxLength(3).IsFixedLength();
        b.ComplexProperty(t => t.Board, s =>
        {
            Setting(s, x => x.Metric, "BoardMetric", BoardSettings.Default).HasConversion<string>().HasMaxLength(32);
            Setting(s, x => x.TopSize, "BoardTopSize", BoardSettings.Default);
            Setting(s, x => x.AfterDigest, "BoardAfterDigestMinutes", BoardSettings.Default).HasConversion(WholeMinutes);
        });
        b.ComplexProperty(t => t.ShoutOuts, s =>
        {
            Setting(s, x => x.Enabled, "ShoutOutsEnabled", ShoutOutSettings.Default);
            Setting(s, x => x.Interval, "ShoutOutIntervalMinutes", ShoutOutSettings.Default).HasConversion(WholeMinutes);
            s.Property(x => x.MillionClubThresholdMinor).HasColumnName("MillionClubThresholdMinor");
            Setting(s, x => x.StreakDays, "StreakDays", ShoutOutSettings.Default);
        });
        b.ComplexProperty(t => t.Tiers, s =>
        {
            Setting(s, x => x.WindowDays, "TierWindowDays", TierSettings.Default);
            s.ComplexProperty(x => x.Weights, w =>
            {
                Setting(w, x => x.SignedAmount, "TierWeightSignedAmount", TierWeights.Default);
                Setting(w, x => x.ValidNewCustomers, "TierWeightValidNew", TierWeights.Default);
                Setting(w, x => x.Visits, "TierWeightVisits", TierWeights.Default);
                Setting(w, x => x.MovedToA, "TierWeightMovedToA", TierWeights.Default);
            });
        });
        b.HasIndex(t => new { t.TenantId, t.TeamsTeamId }).IsUnique();
        b.HasOne<Tenant>().WithMany().HasForeignKey(t => t.TenantId).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(t => t.Members).WithOne(m => m.Team).HasForeignKey(m => m.TeamId).OnDelete(DeleteBehavior.Restrict);
    }

    private static PropertyBuilder<T> Setting<T>(EntityTypeBuilder<Team> b, Expression<Func<Team, T>> property, T defaultValue) =>
        b.Property(property).HasDefaultValue(defaultValue).ValueGeneratedNever();

    /// <summary>One setting of a group: its column, and the database default taken from the group's Core default.</summary>
    private static ComplexTypePropertyBuilder<T> Setting<TGroup, T>(ComplexPropertyBuilder<TGroup> group, Expression<Func<TGroup, T>> property, string column, TGroup defaults)
        where TGroup : notnull =>
        group.Property(property).HasColumnName(column).HasDefaultValue(property.Compile()(defaults)).ValueGeneratedNever();

    /// <summary>Offsets are set and stored in whole minutes.</summary>
    private static readonly ValueConverter<TimeSpan, int> WholeMinutes = new(after => (int)after.TotalMinutes, minutes => TimeSpan.FromMinutes(minutes));
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
