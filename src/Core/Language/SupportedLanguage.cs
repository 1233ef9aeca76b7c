namespace IronArmy.Core.Language;

/// <summary>The two languages every word of the bot exists in. Anything Chinese reads zh-CN; everything else en-US.</summary>
public static class SupportedLanguage
{
    public const string English = "en-US";
    public const string Chinese = "zh-CN";

    public static string For(string? locale) =>
        locale is not null && locale.StartsWith("zh", StringComparison.OrdinalIgnoreCase) ? Chinese : English;

    /// <summary>
    /// The language to answer a message in: Chinese when the person wrote Chinese (a command such
    /// as 帮助 typed on an English-language Teams), otherwise their Teams locale's.
    /// </summary>
    public static string ForMessage(string? locale, string? text) =>
        text is not null && text.Any(c => c is >= '\u4e00' and <= '\u9fff') ? Chinese : For(locale);
}
