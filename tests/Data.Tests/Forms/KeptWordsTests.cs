using IronArmy.Core.Teams;
using IronArmy.Data.Forms;
using IronArmy.Data.Tests.Kickoff;
using Microsoft.EntityFrameworkCore;

namespace IronArmy.Data.Tests.Forms;

public sealed class KeptWordsTests : IAsyncLifetime
{
    private static readonly DateOnly Friday = new(2026, 12, 4);
    private static readonly DateOnly Monday = new(2026, 12, 7);
    private static readonly DateTime Evening = new(2026, 12, 4, 12, 0, 0, DateTimeKind.Utc);

    private readonly TempSqliteDatabase database = new();

    public Task InitializeAsync() => database.StartAsync();

    public Task DisposeAsync() => database.DisposeAsync().AsTask();

    [Fact]
    public async Task Words_are_kept_exactly_as_sent_invalid_ones_too()
    {
        var team = await KickoffTeam.WithRepsAsync(database, "Li Na");
        var rep = team.Named("Li Na");
        var sent = new Dictionary<string, string>
        {
            ["target.day.visits"] = "abc",
            ["visit.1.customer"] = "杭州新材料有限公司",
            ["vent.text"] = "Line one\nline \"two\"",
        };

        await using (var db = await database.CreateContextAsync())
            await db.KeepWordsAsync(team.Id, rep.Id, Ritual.Kickoff, Friday, Monday, sent, Evening, default);

        await using var read = await database.CreateContextAsync();
        var kept = await read.KeptWords.SingleAsync();
        Assert.Equal(sent, KeptWordsStore.InputsOf(kept.InputsJson));
        Assert.Equal((Ritual.Kickoff, Friday, Monday, Evening), (kept.Ritual, kept.WorkDate, kept.DraftFor, kept.ArrivedAtUtc));
    }

    [Fact]
    public async Task The_draft_of_a_day_is_the_latest_kickoff_words_kept_for_it()
    {
        var team = await KickoffTeam.WithRepsAsync(database, "Li Na", "Wang Wei");
        var (li, wang) = (team.Named("Li Na"), team.Named("Wang Wei"));
        await using (var db = await database.CreateContextAsync())
        {
            await db.KeepWordsAsync(team.Id, li.Id, Ritual.Kickoff, Friday, Monday, new Dictionary<string, string> { ["visit.1.customer"] = "First" }, Evening, default);
            await db.KeepWordsAsync(team.Id, li.Id, Ritual.Kickoff, Friday, Monday, new Dictionary<string, string> { ["visit.1.customer"] = "Second" }, Evening.AddMinutes(5), default);
            await db.KeepWordsAsync(team.Id, li.Id, Ritual.EveningShare, Friday, null, new Dictionary<string, string> { ["vent.text"] = "late" }, Evening, default);
        }

        await using var read = await database.CreateContextAsync();
        var draft = await read.KickoffDraftForAsync(li.Id, Monday, default);
        Assert.NotNull(draft);
        Assert.Equal("Second", draft.Inputs["visit.1.customer"]);
        Assert.Equal((Friday, Evening.AddMinutes(5)), (draft.SentFor, draft.ArrivedAtUtc));
        Assert.Null(await read.KickoffDraftForAsync(li.Id, Friday, default));
        Assert.Null(await read.KickoffDraftForAsync(wang.Id, Monday, default));
    }
}
