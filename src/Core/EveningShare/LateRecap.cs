namespace IronArmy.Core.EveningShare;

/// <summary>
/// A recap sent after its digest: kept exactly as the rep sent it (every input, invalid ones too) and
/// never counted in the day's numbers, which the evening meeting has already reviewed; its managers
/// get it as sent, under the rep's name.
/// </summary>
public static class LateRecap
{
    /// <summary>
    /// What the managers' copy carries: everything sent except a vent the rep shared with the team
    /// without their name (<see cref="VentRouting"/>: never beside a name, not even the manager's view),
    /// or one whose visibility cannot be read, which is treated the same way rather than guessed.
    /// A blank visibility is manager only, as on a recap read in time.
    /// </summary>
    public static IReadOnlyDictionary<string, string> ForManagers(IReadOnlyDictionary<string, string> sent)
    {
        var visibility = sent.TryGetValue(RecapInputs.VentVisibility, out var v) ? v : "";
        var named = string.IsNullOrWhiteSpace(visibility)
            || (RecapChoices.TryRead(visibility, out VentVisibility read) && read != VentVisibility.TeamAnonymous);
        if (named) return sent;
        return sent.Where(kv => kv.Key is not (RecapInputs.VentText or RecapInputs.VentVisibility))
            .ToDictionary(kv => kv.Key, kv => kv.Value, StringComparer.Ordinal);
    }
}
