namespace IronArmy.Core.Forms;

/// <summary>
/// The values a card's yes/no toggle sends (an Adaptive Card toggle's own defaults), shared by the
/// cards that offer toggles and the forms that read them back. Reading ignores case and spaces.
/// </summary>
public static class ToggleValue
{
    public const string On = "true";
    public const string Off = "false";

    public static string Of(bool on) => on ? On : Off;

    /// <summary>Blank reads as off: an untouched toggle may send nothing at all.</summary>
    public static bool TryRead(string? value, out bool on)
    {
        var raw = value?.Trim();
        on = string.Equals(raw, On, StringComparison.OrdinalIgnoreCase);
        return on || string.IsNullOrEmpty(raw) || string.Equals(raw, Off, StringComparison.OrdinalIgnoreCase);
    }
}
