using IronArmy.Core.Scheduling;

namespace IronArmy.Bot.Scheduling;

/// <summary>The <c>Scheduling</c> configuration section.</summary>
public sealed class SchedulingOptions
{
    public const string Section = "Scheduling";

    /// <summary>Whether this process starts the scheduler and reconciles team triggers; tests turn it off.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>Where Quartz keeps triggers: the app database (default) or memory (fast tests; lost on restart).</summary>
    public SchedulingStore Store { get; set; } = SchedulingStore.Database;

    /// <summary>How late a fire missed while the bot was down may still be carried out.</summary>
    public TimeSpan MisfireTolerance { get; set; } = MissedFirePolicy.DefaultTolerance;
}

public enum SchedulingStore
{
    /// <summary>Quartz tables in the database chosen by <c>Database:Provider</c>; survives restarts.</summary>
    Database,

    /// <summary>Quartz's RAM store. The start-up reconciler rebuilds triggers from the teams table.</summary>
    Memory,
}
