namespace IronArmy.Core.Language;

/// <summary>The two languages every word of the bot exists in. Anything Chinese reads zh-CN; everything else en-US.</summary>
public static class SupportedLanguage
{
    public const string English = "en-US";
    public const string Chinese = "zh-CN";

    public static string For(string? locale) =>
        locale is not null && locale.StartsWith("zh", StringComparison.OrdinalIgnoreCase) ? Chinese : English;
}
