using System.Collections.Immutable;

namespace Attest.Model;

/// <summary>What a document's own voice asks of one addressee.</summary>
/// <param name="Addressee">Whom the demands are addressed to, as the text names them.</param>
/// <param name="Actions">The acts asked, in text order, each once.</param>
public sealed record StanceRequest(string Addressee, ImmutableArray<DemandAction> Actions)
{
    /// <summary>Value equality over the actions, not the array reference.</summary>
    public bool Equals(StanceRequest? other) =>
        other is not null && string.Equals(Addressee, other.Addressee, StringComparison.Ordinal) && Actions.AsSpan().SequenceEqual(other.Actions.AsSpan());

    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(Addressee, StringComparer.Ordinal);
        foreach (var action in Actions)
        {
            hash.Add(action);
        }

        return hash.ToHashCode();
    }
}
