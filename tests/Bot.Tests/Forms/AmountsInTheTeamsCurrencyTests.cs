using System.Text.Json;
using IronArmy.Bot.EveningShare;
using IronArmy.Bot.Kickoff;
using IronArmy.Bot.Resources;
using IronArmy.Bot.Cards;
using IronArmy.Core.EveningShare;
using IronArmy.Core.Kickoff;
using IronArmy.Data;
using IronArmy.Data.EveningShare;
using IronArmy.Data.Kickoff;
using IronArmy.Data.Teams;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;
using static IronArmy.Bot.Tests.Kickoff.KickoffSamples;

namespace IronArmy.Bot.Tests.Forms;

/// <summary>
/// Every amount the forms carry over, reopen for an edit or show back, for a team in a currency
/// without a minor unit (JPY) and one with two digits (CNY): the same 1,500 either way. Built the
/// way the bot builds them (KickoffCards, RecapCards) from a real database, because the yen amount
/// that came back as 15 was lost between the stored plan and the card.
/// </summary>
public sealed class AmountsInTheTeamsCurrencyTests : IDisposable
{
    /// <summary>A Tuesday, then the Wednesday after: same ISO week and month, so both targets carry.</summary>
    private static readonly DateOnly LastDay = new(2026, 11, 24);
    private static readonly DateOnly WorkDate = new(2026, 11, 25);

    private readonly string _path = Path.Combine(Path.GetTempPath(), $"ironarmy-currency-{Guid.NewGuid():N}.db");
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 11, 25, 2, 0, 0, TimeSpan.Zero)); // 10:00 in Shanghai

    public AmountsInTheTeamsCurrencyTests()
    {
        using var db = NewDb();
        db.Database.EnsureCreated();
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        File.Delete(_path);
    }

    /// <summary>1,500 in the currency's major unit, in its minor units.</summary>
    public static TheoryData<string, long> FifteenHundred() => new() { { "JPY", 1_500 }, { "CNY", 150_000 } };

    [Theory]
    [MemberData(nameof(FifteenHundred))]
    public async Task Month_and_week_targets_carried_from_the_last_plan_show_in_the_teams_currency(string currency, long minor)
    {
        var (team, rep) = await TeamAsync(currency);
        await SavePlanAsync(team, rep, LastDay, PlanOf(minor));

        var inputs = await KickoffFormAsync(team, rep);

        Assert.Equal("1500", inputs[KickoffInputs.TargetAmount(TargetPeriod.Month)]);
        Assert.Equal("3000", inputs[KickoffInputs.TargetAmount(TargetPeriod.Week)]);
        Assert.Null(inputs[KickoffInputs.TargetAmount(TargetPeriod.Day)]); // the day never carries
    }

    [Theory]
    [MemberData(nameof(FifteenHundred))]
    public async Task Carried_targets_show_in_the_teams_currency_beside_last_evenings_visits(string currency, long minor)
    {
        var (team, rep) = await TeamAsync(currency);
        await SavePlanAsync(team, rep, LastDay, PlanOf(minor));
        await using (var db = NewDb())
            await db.SaveRecapAsync(team.Id, rep.Id, LastDay, new Recap([], [], [], null, null, null, ["Delta Corp"]), rep.Id, Now, default);

        var inputs = await KickoffFormAsync(team, rep);

        Assert.Equal("Delta Corp", inputs[KickoffInputs.VisitCustomer(1)]);
        Assert.Equal("1500", inputs[KickoffInputs.TargetAmount(TargetPeriod.Month)]);
        Assert.Equal("3000", inputs[KickoffInputs.TargetAmount(TargetPeriod.Week)]);
    }

    [Theory]
    [MemberData(nameof(FifteenHundred))]
    public async Task A_plan_reopened_for_an_edit_shows_its_targets_in_the_teams_currency_and_saves_them_unchanged(string currency, long minor)
    {
        var (team, rep) = await TeamAsync(currency);
        var plan = PlanOf(minor);
        await SavePlanAsync(team, rep, WorkDate, plan);

        var inputs = await KickoffFormAsync(team, rep);

        Assert.Equal("1500", inputs[KickoffInputs.TargetAmount(TargetPeriod.Month)]);
        Assert.Equal("3000", inputs[KickoffInputs.TargetAmount(TargetPeriod.Week)]);
        Assert.Equal("4500", inputs[KickoffInputs.TargetAmount(TargetPeriod.Day)]);
        // Saved as shown, the plan stays the one stored.
        var saved = KickoffForm.Read(inputs, KickoffLimits.For(currency)).Value!;
        Assert.Equal(plan.Targets, saved.Targets);
        Assert.Equal(plan.Visits, saved.Visits);
        Assert.Equal(plan.NewCustomers, saved.NewCustomers);
    }

    [Theory]
    [MemberData(nameof(FifteenHundred))]
    public async Task The_kickoff_summary_shows_the_targets_in_the_teams_currency(string currency, long minor)
    {
        var (team, rep) = await TeamAsync(currency);
        await SavePlanAsync(team, rep, WorkDate, PlanOf(minor));

        await using var db = NewDb();
        var entry = await db.FindKickoffPlanAsync(rep.Id, WorkDate, default);
        var words = Words(CardJson.ToJsonElement(await new KickoffCards(db, _clock).SummaryAsync(team, rep, entry!, default, Texts.English)));

        Assert.Contains($"1,500 {currency} · visits 160 · valid new 60", words);
        Assert.Contains($"3,000 {currency} · visits 40 · valid new 15", words);
        Assert.Contains($"4,500 {currency} · visits 8 · valid new 3", words);
    }

    [Theory]
    [MemberData(nameof(FifteenHundred))]
    public async Task A_recap_reopened_for_an_edit_shows_its_signed_amounts_in_the_teams_currency_and_saves_them_unchanged(string currency, long minor)
    {
        var (team, rep) = await TeamAsync(currency);
        var plan = PlanOf(minor);
        await SavePlanAsync(team, rep, WorkDate, plan);
        var recap = RecapOf(minor);
        await using (var db = NewDb())
            await db.SaveRecapAsync(team.Id, rep.Id, WorkDate, recap, rep.Id, Now, default);

        await using var read = NewDb();
        var inputs = InputsOf(await new RecapCards(read, _clock).FormAsync(team, rep, WorkDate, default));

        Assert.Equal("1500", inputs[RecapInputs.PlannedAmount(1)]);
        Assert.Equal("3000", inputs[RecapInputs.UnplannedAmount(1)]);
        var again = RecapForm.Read(inputs, RecapLimits.For(currency), plan.Visits).Value!;
        Assert.Equal(recap.Planned, again.Planned);
        Assert.Equal(recap.Unplanned, again.Unplanned);
    }

    [Theory]
    [MemberData(nameof(FifteenHundred))]
    public async Task The_recap_summary_shows_the_signed_amount_in_the_teams_currency(string currency, long minor)
    {
        var (team, rep) = await TeamAsync(currency);
        await SavePlanAsync(team, rep, WorkDate, PlanOf(minor));
        await using (var db = NewDb())
            await db.SaveRecapAsync(team.Id, rep.Id, WorkDate, RecapOf(minor), rep.Id, Now, default);

        await using var read = NewDb();
        var entry = await read.FindRecapAsync(rep.Id, WorkDate, default);
        var words = Words(CardJson.ToJsonElement(await new RecapCards(read, _clock).SummaryAsync(team, rep, entry!, default, Texts.English)));

        Assert.Contains($"Signed 2 · 4,500 {currency}", words);
    }

    private DateTime Now => _clock.GetUtcNow().UtcDateTime;

    private static KickoffPlan PlanOf(long minor) => new(
        new Targets(new Target(minor, 160, 60), new Target(minor * 2, 40, 15), new Target(minor * 3, 8, 3)),
        [
            new PlannedVisit("Hangzhou Zhongce Tyres", new TimeOnly(9, 30), CustomerClass.A, KeyPerson.First, VisitOutcome.Close),
            new PlannedVisit("Ningbo Port Logistics", null, CustomerClass.B, KeyPerson.Second, VisitOutcome.Advance),
        ],
        [new NewCustomerCandidate("Jiaxing Paper", true, true, true)]);

    /// <summary>The first planned visit signed 1,500, the second not made, an extra visit signed 3,000.</summary>
    private static Recap RecapOf(long minor) => new(
        [new PlannedVisitResult("Hangzhou Zhongce Tyres", true, true, ClassAfter.Signed, minor), PlannedVisitResult.NotDone("Ningbo Port Logistics")],
        [new UnplannedVisit("Shaoxing Textiles", VisitType.Closing, ClassAfter.Signed, false, minor * 2)],
        [], null, null, null, []);

    private IronArmyDbContext NewDb() => new(new DbContextOptionsBuilder<IronArmyDbContext>().UseSqlite($"Data Source={_path}").Options);

    private async Task<(Team Team, Member Rep)> TeamAsync(string currency)
    {
        await using var db = NewDb();
        db.Tenants.Add(new Tenant { Id = "tenant-1", FirstSeenUtc = Now });
        var team = new Team
        {
            TenantId = "tenant-1",
            TeamsTeamId = "19:team@thread.tacv2",
            Name = "East",
            ServiceUrl = "https://smba.trafficmanager.net/apac/",
            CurrencyCode = currency,
        };
        var rep = new Member { TeamsUserId = "29:li", Name = "Li Lei" };
        team.Members.Add(rep);
        db.Teams.Add(team);
        await db.SaveChangesAsync();
        return (team, rep);
    }

    private async Task SavePlanAsync(Team team, Member rep, DateOnly date, KickoffPlan plan)
    {
        await using var db = NewDb();
        await db.SaveKickoffPlanAsync(team.Id, rep.Id, date, plan, rep.Id, Now, default);
    }

    private async Task<Dictionary<string, string?>> KickoffFormAsync(Team team, Member rep)
    {
        await using var db = NewDb();
        return InputsOf(await new KickoffCards(db, _clock).FormAsync(team, rep, WorkDate, default));
    }

    /// <summary>What each input of the card would send if submitted untouched.</summary>
    private static Dictionary<string, string?> InputsOf(AdaptiveCard card) =>
        Inputs(CardJson.ToJsonElement(card)).ToDictionary(i => i.Key, i => ValueOf(i.Value));
}
