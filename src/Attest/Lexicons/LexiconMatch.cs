using System.Collections.Immutable;
using Attest.Text;

namespace Attest.Lexicons;

/// <summary>A run of tokens that spells a lexicon form: tokens <c>[FirstToken, FirstToken + TokenCount)</c> of
/// the text layer, their span, and every entry that shares the matched form (several for ambiguous forms:
/// "Georgia" the country and the U.S. state; "French" as adjective and as demonym).</summary>
public readonly record struct LexiconMatch(int FirstToken, int TokenCount, Span Span, ImmutableArray<LexiconHit> Hits)
{
    /// <summary>Index after the match's last token.</summary>
    public int EndToken => FirstToken + TokenCount;

    /// <summary>True when some hit is an entry of <paramref name="kind"/>.</summary>
    public bool HasKind(string kind)
    {
        foreach (var hit in Hits)
        {
            if (string.Equals(hit.Entry.Kind, kind, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}
