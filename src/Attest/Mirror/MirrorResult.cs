using System.Collections.Immutable;

namespace Attest.Mirror;

/// <summary>One document read as written and with the sides swapped.</summary>
/// <param name="Document">The document's name.</param>
/// <param name="Names">How many side names the swap replaced; a document with none is trivially the same.</param>
/// <param name="OnlyOriginal">Shape lines of the original that the swapped analysis lacks.</param>
/// <param name="OnlySwapped">Shape lines of the swapped analysis that the original lacks.</param>
public sealed record MirrorResult(string Document, int Names, ImmutableArray<string> OnlyOriginal, ImmutableArray<string> OnlySwapped)
{
    /// <summary>True when the two analyses have the same structure with names mapped.</summary>
    public bool Same => OnlyOriginal.IsEmpty && OnlySwapped.IsEmpty;
}
