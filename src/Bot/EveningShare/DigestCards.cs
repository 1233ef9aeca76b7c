using IronArmy.Bot.Cards;
using IronArmy.Bot.Resources;
using IronArmy.Core.EveningShare;
using IronArmy.Core.Kickoff;

namespace IronArmy.Bot.EveningShare;

/// <summary>
/// The manager's evening digest: the team against the standard, one line per rep, who did not
/// share, whom to invite to share (拔尖), who needs help (扶贫), and the vents (倒垃圾). Sent to the
/// manager alone. A big team with long texts does not fit one Teams message, so the digest is cut
/// into as many cards as it needs, each whole sections or whole lines, numbered "1/3".
/// </summary>
/// <remarks>
/// Member ids never appear: nothing on the card is addressed to a rep, and an anonymous vent must
/// not carry anything that could name its author. Anonymous vents are shown in Core's order (by text).
/// </remarks>
public static class DigestCards
{
    /// <summary>Room left in each card for its title and numbering, so packing never needs a second pass.</summary>
    private const int HeaderAllowance = 1024;

    public static IReadOnlyList<AdaptiveCard> Build(Texts t, EveningDigest digest)
    {
        var title = t.Format("Digest_Title", digest.TeamName, t.LocalDate(digest.WorkDate));
        var empty = CardJson.Utf8Size(new AdaptiveCard { Body = [], Lang = t.CardLanguage });
        var pages = new List<List<CardElement>>();
        var page = new List<CardElement>();
        var size = empty;
        foreach (var section in Sections(t, digest))
        {
            var headed = false;
            foreach (var item in section.Items)
            {
                List<CardElement> adding = headed ? [item] : [Heading(section.Heading, continued: false), item];
                if (page.Count > 0 && Grown(size, page.Count, adding) > CardJson.MaxCardBytes - HeaderAllowance)
                {
                    pages.Add(page);
                    (page, size) = ([], empty);
                    // A section cut in two repeats its heading on the next card, marked as continued.
                    adding = [Heading(section.Heading, continued: headed), item];
                }

                size = Grown(size, page.Count, adding);
                page.AddRange(adding);
                headed = true;
            }
        }

        pages.Add(page);
        return pages.Select((items, i) => Card(t, title, items, i + 1, pages.Count)).ToList();
    }

    /// <summary>
    /// The size of a card of <paramref name="count"/> body elements and <paramref name="size"/> bytes once
    /// <paramref name="adding"/> are appended: each element's own JSON and a comma before it. Exact, and
    /// each element is serialized once rather than the whole page again for every line (a big team's
    /// digest would otherwise cost a quadratic number of bytes to measure).
    /// </summary>
    private static int Grown(int size, int count, IEnumerable<CardElement> adding)
    {
        foreach (var element in adding)
            size += CardJson.Utf8Size(element) + (count++ > 0 ? 1 : 0);
        return size;
    }

    private sealed record Section(string Heading, IReadOnlyList<CardElement> Items);

    private static IEnumerable<Section> Sections(Texts t, EveningDigest d)
    {
        yield return new Section(t["Digest_Team"], [Totals(t, d)]);

        yield return new Section(t["Digest_Reps"],
        [
            new TextBlock(t["Digest_RepLegend"]) { IsSubtle = true, Size = TextSize.Small, Wrap = true, Spacing = Spacing.None },
            .. d.Reps.Select(r => RepLine(t, r, d.CurrencyCode)),
        ]);

        if (d.NotSubmitted.Count > 0)
            yield return new Section(t.Format("Digest_NotSubmitted", d.NotSubmitted.Count),
                [new TextBlock(t.NameList(d.NotSubmitted.Select(r => r.Name))) { Wrap = true, Spacing = Spacing.Small }]);

        yield return new Section(t["Digest_Invites"], d.Invites.Count == 0
            ? [None(t["Digest_NoInvites"])]
            : d.Invites.Select(i => Invite(t, i, d.CurrencyCode)).ToList());

        yield return new Section(t["Digest_Help"], d.Help.Count == 0
            ? [None(t["Digest_NoHelp"])]
            : d.Help.Select(h => HelpLine(t, h)).ToList());

        yield return new Section(t["Digest_Vents"], d.Vents.Count == 0
            ? [None(t["Digest_NoVents"])]
            : d.Vents.Select(v => VentLine(t, v)).ToList());

        foreach (var extra in d.Extra)
            yield return new Section(extra.Heading(t), extra.Lines.Select(l => ExtraLine(t, l)).ToList());
    }

    /// <summary>Another feature's line: the name in bold (flagged ⚑ when it changed), what to do beneath.</summary>
    private static Container ExtraLine(Texts t, DigestLine line) =>
        new([
            new TextBlock(line.Flagged ? $"⚑ {line.Name}" : line.Name) { Weight = TextWeight.Bolder, Wrap = true },
            new TextBlock(line.Text(t)) { Wrap = true, Size = TextSize.Small, Spacing = Spacing.None },
        ]) { Spacing = Spacing.Medium };

    private static AdaptiveCard Card(Texts t, string title, IReadOnlyList<CardElement> items, int part, int parts)
    {
        var header = new List<CardElement> { new TextBlock(title) { Size = TextSize.Large, Weight = TextWeight.Bolder, Wrap = true } };
        if (parts > 1)
            header.Add(new TextBlock(t.Format("Digest_Part", part, parts)) { IsSubtle = true, Size = TextSize.Small, Spacing = Spacing.None });
        return new AdaptiveCard
        {
            Body = [.. header, .. items],
            Lang = t.CardLanguage,
            FallbackText = parts > 1 ? $"{title} ({part}/{parts})" : title,
        };
    }

    private static TextBlock Heading(string text, bool continued) =>
        new(continued ? $"{text} …" : text) { Size = TextSize.Medium, Weight = TextWeight.Bolder, Wrap = true, Separator = true, Spacing = Spacing.Large };

    private static TextBlock None(string text) => new(text) { IsSubtle = true, Wrap = true, Spacing = Spacing.Small };

    private static Container Totals(Texts t, EveningDigest d)
    {
        var totals = d.Totals;
        return new Container(
        [
            new FactSet(
            [
                new Fact(t["Digest_Submitted"], t.Format("Digest_OfValue", totals.RepsSubmitted, totals.RepsDue)),
                new Fact(t["Digest_MeetingStandard"], t.Format("Digest_OfValue", totals.RepsMeetingStandard, totals.RepsDue)),
                new Fact(t["Recap_PlanVsActual"], t.Format("Recap_PlanVsActualValue", totals.PlannedVisits, totals.Standard[StandardMeasure.Visits].Planned)),
                new Fact(t["Digest_Moves"], totals.Moves.ToString(t.Culture)),
                new Fact(t["Digest_SignedTotal"], t.Format("Digest_SignedValue", totals.Signings, t.Money(totals.SignedAmountMinor, d.CurrencyCode))),
                .. totals.Standard.Lines.Select(l => new Fact(t.MeasureName(l.Measure), t.StandardValue(l))),
            ]),
        ]) { Style = ContainerStyle.Emphasis, Spacing = Spacing.Small };
    }

    /// <summary>One rep: "visits 6 of 8 (plan 7) · valid new 2 · moves 1 · signed 12,000 CNY", in the legend's order.</summary>
    private static CardElement RepLine(Texts t, RepEvening rep, string currencyCode)
    {
        var day = rep.Day!;
        var visits = day.Standard[StandardMeasure.Visits];
        return new FactSet(
        [
            new Fact(rep.Name, t.Format("Digest_RepValue",
                visits.Planned, visits.Required, day.PlannedVisits, day.ValidNewCustomers, day.Moves.Count,
                t.Money(day.SignedAmountMinor, currencyCode), day.Standard.Met ? "✓" : "")),
        ]) { Spacing = Spacing.Small };
    }

    private static Container Invite(Texts t, ShareInvite invite, string currencyCode)
    {
        var why = new List<string>();
        if (invite.Signings > 0) why.Add(t.Format("Digest_InviteSigned", invite.Signings, t.Money(invite.SignedAmountMinor, currencyCode)));
        why.AddRange(invite.MovesToA.Select(t.MoveText));
        var items = new List<CardElement>
        {
            new TextBlock(invite.Name) { Weight = TextWeight.Bolder, Wrap = true },
            new TextBlock(t.NameList(why)) { Wrap = true, Size = TextSize.Small, Spacing = Spacing.None },
        };
        if (invite.Win is { } win)
        {
            items.Add(new TextBlock(t.Format("Digest_WinQuote", win.Text)) { Wrap = true, Spacing = Spacing.Small });
            items.Add(new TextBlock(t.WinVisibilityName(win.Visibility)) { IsSubtle = true, Size = TextSize.Small, Spacing = Spacing.None, Wrap = true });
        }

        return new Container(items) { Spacing = Spacing.Medium };
    }

    private static Container HelpLine(Texts t, HelpNeed need)
    {
        var items = new List<CardElement> { new TextBlock(need.Name) { Weight = TextWeight.Bolder, Wrap = true } };
        if (need.Request is { } request)
            items.Add(new TextBlock(request.Customer is { } c ? t.Format("Digest_AskedAbout", c, request.Stuck) : t.Format("Digest_Asked", request.Stuck))
                { Wrap = true, Spacing = Spacing.None });
        var reasons = new List<string>();
        if (need.FarBelowToday) reasons.Add(t["Digest_FarBelow"]);
        if (need.BelowThreeDaysRunning) reasons.Add(t.Format("Digest_BelowRunning", HelpNeeds.DaysRunning));
        if (need.ShortToday.Count > 0) reasons.Add(t.Format("Digest_ShortOn", t.NameList(need.ShortToday.Select(t.MeasureName))));
        if (reasons.Count > 0)
            items.Add(new TextBlock(string.Join(" · ", reasons)) { Wrap = true, IsSubtle = true, Size = TextSize.Small, Spacing = Spacing.None });
        return new Container(items) { Spacing = Spacing.Medium };
    }

    /// <summary>A vent; an anonymous one is its text alone, under "anonymous" — no name, nothing derived from one.</summary>
    private static Container VentLine(Texts t, VentView vent) =>
        new([
            new TextBlock(vent.Author is { } author ? author.Name : t["Digest_Anonymous"]) { Weight = TextWeight.Bolder, Wrap = true, IsSubtle = vent.Author is null },
            new TextBlock(vent.Text) { Wrap = true, Spacing = Spacing.None },
        ]) { Spacing = Spacing.Medium };
}
