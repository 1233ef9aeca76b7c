namespace IronArmy.Data.EveningShare;

/// <summary>A customer the rep means to visit tomorrow.</summary>
public sealed class RecapTomorrowCustomer
{
    public long Id { get; set; }

    public long RecapId { get; set; }

    /// <summary>Position in the rep's list, from 0.</summary>
    public int Row { get; set; }

    public required string Customer { get; set; }
}
