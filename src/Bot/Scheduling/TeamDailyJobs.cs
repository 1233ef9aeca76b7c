using IronArmy.Core.Teams;
using Quartz;

namespace IronArmy.Bot.Scheduling;

/// <summary>A feature's job that runs every day at one of the team's ritual times, on a trigger of its own in the team's group.</summary>
public sealed record TeamDailyJob(string Name, Type JobType, Ritual At);

/// <summary>The daily jobs features registered (<see cref="TeamDailyJobsServiceCollectionExtensions.AddTeamDailyJob{TJob}"/>); <see cref="TeamSchedules"/> keeps a trigger for each, per team.</summary>
public sealed class TeamDailyJobs
{
    public List<TeamDailyJob> Jobs { get; } = [];
}

public static class TeamDailyJobsServiceCollectionExtensions
{
    /// <summary>Registers <typeparamref name="TJob"/> to run daily for every team at the time of <paramref name="at"/>, in the team's zone.</summary>
    public static IServiceCollection AddTeamDailyJob<TJob>(this IServiceCollection services, string name, Ritual at)
        where TJob : class, IJob
    {
        services.AddScoped<TJob>();
        services.Configure<TeamDailyJobs>(j => j.Jobs.Add(new TeamDailyJob(name, typeof(TJob), at)));
        return services;
    }
}
