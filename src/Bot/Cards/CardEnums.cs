using System.Text.Json.Serialization;

namespace IronArmy.Bot.Cards;

// The Adaptive Card 1.5 enumerations in use. Written camelCase by CardJson (the spelling of the
// schema's enums) unless a member says otherwise.

public enum TextSize { Default, Small, Medium, Large, ExtraLarge }

public enum TextWeight { Default, Lighter, Bolder }

public enum TextColor { Default, Dark, Light, Accent, Good, Warning, Attention }

public enum Spacing { Default, None, Small, Medium, Large, ExtraLarge, Padding }

public enum HorizontalAlignment { Left, Center, Right }

public enum VerticalContentAlignment { Top, Center, Bottom }

public enum ContainerStyle { Default, Emphasis, Good, Attention, Warning, Accent }

public enum ImageSize { Auto, Stretch, Small, Medium, Large }

public enum ImageStyle { Default, Person }

public enum ChoiceInputStyle { Compact, Expanded }

public enum TextInputStyle { Text, Tel, Url, Email, Password }

public enum ActionStyle { Default, Positive, Destructive }

public enum ActionMode { Primary, Secondary }

/// <summary>Which inputs an action sends. The schema spells these capitalised, unlike its other enums.</summary>
public enum AssociatedInputs
{
    [JsonStringEnumMemberName("Auto")] Auto,
    [JsonStringEnumMemberName("None")] None,
}
