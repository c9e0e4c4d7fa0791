using Attest.Lexicons;
using Attest.Text;

namespace Attest.Mentions;

/// <summary>Titles and their phrases around a name: which title ends or starts at a token, its complement
/// ("of A to B"), the state an adjective or possessive before it names, and the role text they make.</summary>
internal static class NameTitles
{
    /// <summary>The title (kind <c>title</c> or <c>institution-title</c>) whose last token is <paramref name="t"/>:
    /// its first token and entry. Titles that only follow a name are not returned when <paramref name="before"/>.</summary>
    public static bool EndsAt(NameDocument doc, int t, bool before, out int start, out LexiconEntry entry)
    {
        start = -1;
        entry = null!;
        var found = doc.MatchEndingAt(t) is { } match && Pick(doc, match, before, out start, out entry);

        // An office ("Human Rights Ombudsperson") may be longer than the title it ends with ("Ombudsperson").
        if (doc.PhraseEndingAt(t) is { } phrase && (!found || phrase.FirstToken < start)
            && doc.PhraseHit(t, NameCues.InstitutionTitleKind) is { } office)
        {
            start = phrase.FirstToken;
            entry = office.Entry;
            return true;
        }

        return found;
    }

    /// <summary>The title whose first token is <paramref name="t"/>: its end (exclusive) and entry.</summary>
    public static bool StartsAt(NameDocument doc, int t, out int end, out LexiconEntry entry)
    {
        end = -1;
        entry = null!;
        var found = doc.MatchStartingAt(t) is { } match && Pick(doc, match, before: false, out _, out entry);
        if (found)
        {
            end = doc.MatchStartingAt(t)!.Value.EndToken;
        }

        if (doc.PhraseStartingAt(t) is { } phrase && (!found || phrase.EndToken > end)
            && doc.PhraseHit(t, NameCues.InstitutionTitleKind) is { } office)
        {
            end = phrase.EndToken;
            entry = office.Entry;
            return true;
        }

        return found;
    }

    /// <summary>True when the title takes a complement ("of A", "to B", "on C").</summary>
    public static bool TakesComplement(LexiconEntry entry) =>
        entry.Kind == NameCues.InstitutionTitleKind || string.Equals(entry.Attribute("takes_of"), "yes", StringComparison.Ordinal);

    /// <summary>True for honorifics (Mr., Dr.), which are no role.</summary>
    public static bool IsHonorific(LexiconEntry entry) => string.Equals(entry.Attribute("role"), "honorific", StringComparison.Ordinal);

    /// <summary>The prepositions that open a title's complement.</summary>
    public static bool IsComplementPreposition(NameDocument doc, int t) =>
        t >= 0 && t < doc.Count && doc.Lower(t) is "of" or "to" or "for" or "in" or "at" or "on";

    /// <summary>The end (exclusive) of the complement after a title that ends before <paramref name="t"/>:
    /// prepositions, "the", places, organisations and capitalised words, at most eight tokens; <paramref name="t"/>
    /// itself when no complement follows.</summary>
    public static int ComplementEnd(NameDocument doc, int t, int sentenceEnd)
    {
        if (t >= sentenceEnd || !IsComplementPreposition(doc, t))
        {
            return t;
        }

        var end = t;
        var k = t;
        while (k < sentenceEnd && k - t < 8)
        {
            if (IsComplementPreposition(doc, k) || doc.IsWord(k, "the"))
            {
                k++;
                continue;
            }

            if (doc.MatchStartingAt(k) is { } match && doc.IsEntity(match))
            {
                k = match.EndToken;
                end = k;
                continue;
            }

            if (doc.IsCapitalised(k) && !doc.IsNameWord(k))
            {
                k++;
                end = k;
                continue;
            }

            break;
        }

        return end;
    }

    /// <summary>The state an adjective ("Azerbaijani") or a possessive ("Azerbaijan's") right before token
    /// <paramref name="t"/> names, with the first token of that qualifier.</summary>
    public static string? OwnerBefore(NameDocument doc, int t, out int ownerStart)
    {
        ownerStart = t;
        var p = doc.Previous(t);
        if (p < 0)
        {
            return null;
        }

        if (doc.MatchEndingAt(p) is { } adjective && doc.CountryOf(adjective, adjectiveOnly: true) is { } iso)
        {
            ownerStart = adjective.FirstToken;
            return iso;
        }

        if (doc.IsPossessive(p) && doc.MatchEndingAt(p - 1) is { } name && doc.CountryOf(name) is { } owner)
        {
            ownerStart = name.FirstToken;
            return owner;
        }

        return null;
    }

    /// <summary>The role a title phrase gives: the title as written, then "of" the state an adjective or
    /// possessive before it names, then its complement; null for an honorific.</summary>
    public static string? Role(NameDocument doc, int titleStart, int titleEnd, int phraseEnd, LexiconEntry entry)
    {
        if (IsHonorific(entry))
        {
            return null;
        }

        var title = NameText.Of(doc.Layer, titleStart, titleEnd);
        var complement = phraseEnd > titleEnd ? " " + NameText.Of(doc.Layer, titleEnd, phraseEnd) : string.Empty;
        if (OwnerBefore(doc, titleStart, out _) is { } iso)
        {
            return title + " of " + doc.Knowledge.CountryAfterOf(iso) + complement;
        }

        // "Foreign Ministry spokesman": the body the title belongs to.
        var p = doc.Previous(titleStart);
        if (p >= 0 && !doc.IsCapitalised(titleStart))
        {
            var bodyStart = doc.MatchEndingAt(p) is { } body && body.HasKind(NameCues.OrganizationKind) ? body.FirstToken
                : doc.PhraseEndingAt(p) is { } phrase && phrase.HasKind(NameCues.GovernmentBodyKind) ? phrase.FirstToken
                : -1;
            if (bodyStart >= 0)
            {
                return title + " of the " + NameText.Of(doc.Layer, bodyStart, p + 1) + complement;
            }
        }

        return title + complement;
    }

    private static bool Pick(NameDocument doc, LexiconMatch match, bool before, out int start, out LexiconEntry entry)
    {
        start = match.FirstToken;
        entry = null!;
        foreach (var hit in match.Hits)
        {
            if (hit.Entry.Kind == NameCues.TitleKind)
            {
                if (before && string.Equals(hit.Entry.Attribute("position"), "after", StringComparison.Ordinal))
                {
                    continue;
                }

                // "Major", "Private": titles only when capitalised (the cheap case test first: most titles are).
                if (!doc.IsCapitalised(match.FirstToken) && string.Equals(hit.Entry.Attribute("homonym"), "common_word", StringComparison.Ordinal))
                {
                    continue;
                }

                entry = hit.Entry;
                return true;
            }

        }

        return false;
    }
}
