using System.Globalization;
using System.Resources;
using IronArmy.Core.Language;
using IronArmy.Core.Teams;

namespace IronArmy.Bot.Resources;

/// <summary>
/// Every word the bot says, in one of the two supported languages (Texts.resx is en-US,
/// Texts.zh-CN.resx is zh-CN). Chosen per recipient from their Teams locale.
/// </summary>
public sealed partial class Texts
{
    private static readonly ResourceManager Resources = new("IronArmy.Bot.Resources.Texts", typeof(Texts).Assembly);

    private Texts(string language)
    {
        Language = language;
        Culture = CultureInfo.GetCultureInfo(language);
    }

    public static Texts English { get; } = new(SupportedLanguage.English);

    public static Texts Chinese { get; } = new(SupportedLanguage.Chinese);

    public string Language { get; }

    public CultureInfo Culture { get; }

    /// <summary>The card's <c>lang</c>: Adaptive Cards take the two-letter code.</summary>
    public string CardLanguage => Culture.TwoLetterISOLanguageName;

    public static Texts For(string? locale) => SupportedLanguage.For(locale) == SupportedLanguage.Chinese ? Chinese : English;

    public string this[string key] =>
        Resources.GetString(key, Culture) ?? throw new KeyNotFoundException($"No text '{key}' for {Language}.");

    public string Format(string key, params object?[] args) => string.Format(Culture, this[key], args);

    /// <summary>
    /// A text about a number of things: the key's <c>_One</c> text when there is one ("across 1 plan"),
    /// the key's own otherwise ("across 6 plans"). Chinese says both alike; English does not.
    /// </summary>
    public string FormatCount(string key, int count, params object?[] args) => Format(count == 1 ? key + "_One" : key, args);

    /// <summary>A person's name for a greeting; Teams does not always tell us names (install events carry none).</summary>
    public string PersonName(string? name) => string.IsNullOrWhiteSpace(name) ? this["Person_Unnamed"] : name;

    /// <summary>The team's name inside a sentence ("I run your team's daily rhythm"); a personal install's team has none.</summary>
    public string TeamName(string? name) => string.IsNullOrWhiteSpace(name) ? this["Team_Unnamed"] : name;

    /// <summary>The team's name where it stands first, as in a card's title ("Your team — schedule").</summary>
    public string TeamNameAsTitle(string? name) => string.IsNullOrWhiteSpace(name) ? this["Team_UnnamedTitle"] : name;

    /// <summary>A command example in this language; Core gives the English form of the command it could not read.</summary>
    public string Usage(string englishUsage) =>
        Resources.GetString("Usage_" + UsageKey().Replace(englishUsage, "_"), Culture) ?? englishUsage;

    /// <summary>A currency as the reader names it after an amount: CNY is 元 in Chinese; a currency without a name here keeps its ISO code.</summary>
    public string CurrencyName(string currencyCode) =>
        Resources.GetString("Currency_" + currencyCode.ToUpperInvariant(), Culture) ?? currencyCode;

    /// <summary>A currency named where it is the setting itself: "HKD" in English, "港元（HKD）" in Chinese, the code alone when it has no name here.</summary>
    public string CurrencyNameAndCode(string currencyCode) =>
        CurrencyName(currencyCode) is var name && name == currencyCode ? currencyCode : Format("Currency_NameAndCode", name, currencyCode.ToUpperInvariant());

    public string RitualName(Ritual ritual) => this[$"Ritual_{ritual}"];

    public string RoleName(MemberRole role) => this[$"Role_{role}"];

    public string DayName(DayOfWeek day) => this[$"Day_{day}"];

    public string WorkDays(WorkWeek week)
    {
        var days = week.Days.ToList();
        if (days.Count == 0) return this["Reply_NoWorkDays"];
        // Contiguous runs read as ranges (Mon–Sat), the way managers write them.
        var runs = new List<string>();
        var start = 0;
        var order = new WorkWeek(0x7F).Days.ToList();
        for (var i = 1; i <= days.Count; i++)
        {
            if (i < days.Count && order.IndexOf(days[i]) == order.IndexOf(days[i - 1]) + 1) continue;
            var first = days[start];
            var last = days[i - 1];
            runs.Add(first == last ? DayName(first)
                : order.IndexOf(last) - order.IndexOf(first) == 1 ? $"{DayName(first)}, {DayName(last)}"
                : $"{DayName(first)}–{DayName(last)}");
            start = i;
        }

        return string.Join(Language == SupportedLanguage.Chinese ? "、" : ", ", runs);
    }

    /// <summary>A local date and time as the team reads it, e.g. "Tue 24 Nov 07:40" / "11月24日 周二 07:40".</summary>
    public string LocalDateTime(DateTime local) =>
        Language == SupportedLanguage.Chinese
            ? $"{local.Month}月{local.Day}日 {DayName(local.DayOfWeek)} {local:HH:mm}"
            : $"{DayName(local.DayOfWeek)} {local.Day} {local.ToString("MMM", Culture)} {local:HH:mm}";

    public string LocalDate(DateOnly date) =>
        Language == SupportedLanguage.Chinese
            ? $"{date.Month}月{date.Day}日 {DayName(date.DayOfWeek)}"
            : $"{DayName(date.DayOfWeek)} {date.Day} {date.ToString("MMM", Culture)}";

    [System.Text.RegularExpressions.GeneratedRegex("[^A-Za-z0-9]")]
    private static partial System.Text.RegularExpressions.Regex UsageKey();
}
