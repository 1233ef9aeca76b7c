namespace IronArmy.Data.Storage;

public enum DatabaseProvider
{
    /// <summary>An embedded file; one bot instance. The default, so a fresh clone runs with nothing installed.</summary>
    Sqlite = 0,

    /// <summary>The production store, shared by several bot instances.</summary>
    SqlServer = 1,
}
