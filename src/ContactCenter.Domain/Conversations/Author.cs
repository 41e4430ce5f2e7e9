namespace ContactCenter.Domain.Conversations;

public enum AuthorKind
{
    Customer,
    Agent,
    System,
}

/// <summary>Who wrote a message or took an action; the name is kept as it was at the time.</summary>
public sealed record Author(AuthorKind Kind, Guid? Id, string DisplayName)
{
    public static readonly Author Automatic = new(AuthorKind.System, null, "ContactCenter");
}
