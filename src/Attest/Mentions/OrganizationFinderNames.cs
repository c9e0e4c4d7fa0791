using Attest.Lexicons;
using Attest.Text;

namespace Attest.Mentions;

/// <summary>Names the lexicon does not know: shapes around a head noun, quoted names, names beside a common
/// noun for an organisation, and signatory lists.</summary>
internal sealed partial class OrganizationFinder
{
    /// <summary>Capitalised names around a head noun: "Peace Dialogue NGO", "Union of Informed Citizens".</summary>
    private void NameShapes()
    {
        var cues = doc.Cues;
        var next = 0;
        foreach (var t in doc.OrganizationCueTokens)
        {
            // Tokens inside a name just found are not looked at again; few tokens are head nouns.
            if (t < next || (cues[t] & NameCue.OrgHead) == 0 || !IsHead(t) || doc.MatchOver(t) is { } covering && OrganizationHit(covering) is not null
                || doc.PhraseOver(t) is { } phrase && (phrase.HasKind(NameCues.GovernmentBodyKind) || phrase.HasKind(NameCues.NotOrganizationKind)))
            {
                continue;
            }

            var sentence = doc.SentenceOf(t);
            var first = ExtendLeft(t, sentence.FirstToken);
            var end = ExtendRight(t + 1, sentence.EndToken);
            (first, end) = Trim(first, end);
            if (end - first < 2 || end - first > MaxNameTokens || OnlyHeads(first, end) || !HasCapitalisedWord(first, end))
            {
                continue;
            }

            // In a headline the run is the headline unless it fills the whole line.
            if (doc.InHeadline(t) && !FillsSentence(first, end, sentence))
            {
                continue;
            }

            if (NamesBodyOfKnownOrganisation(first, end) || IsStateName(t, first, end))
            {
                continue;
            }

            var country = NameTitles.OwnerBefore(doc, first, out _);
            var quoted = HasQuote(first, end);
            Add(first, end, NameText.Of(doc.Layer, first, end, dropQuotes: true), country, quoted ? "organization.quoted" : "organization.name-shape", 4);
            next = end;
        }
    }

    /// <summary>True when the run is a state's own name that ends in a head noun ("Russian Federation", "Swiss
    /// Confederation"), alone or as the first of a coordination ("the Russian Federation and the Swiss
    /// Confederation"); a run that goes on past the name in any other way names a body.</summary>
    private bool IsStateName(int head, int first, int end) =>
        doc.MatchOver(head) is { } match && match.FirstToken == first && IsCountryName(match)
        && (match.EndToken == end || doc.IsWord(match.EndToken, "and") || doc.IsWord(match.EndToken, "or"));

    private static bool IsCountryName(LexiconMatch match)
    {
        foreach (var hit in match.Hits)
        {
            if (hit.Entry.Kind == NameCues.CountryKind && hit.Form != LexiconForm.AmbiguousAlias)
            {
                return true;
            }
        }

        return false;
    }

    private bool IsHead(int t) =>
        doc.Is(t, NameCue.OrgHead) && doc.IsCapitalised(t) && doc.Tokens[t].Shape is TokenShape.Capitalized or TokenShape.AllCaps;

    private int ExtendLeft(int t, int first)
    {
        var left = t;
        var k = t - 1;
        while (k >= first)
        {
            if (IsNamePart(k))
            {
                left = k;
                k--;
                continue;
            }

            if (doc.Tokens[k].Has(TokenFlags.ClosingQuote) && !doc.IsPossessive(k) && QuoteOpening(k, first) is { } open)
            {
                left = open;
                k = open - 1;
                continue;
            }

            // "Women's Community Council": a possessive after a plain capitalised word.
            if (doc.IsPossessive(k) && IsNamePart(k - 1) && doc.MatchOver(k - 1) is null)
            {
                left = k - 1;
                k -= 2;
                continue;
            }

            var c = k;
            while (c >= first && k - c < 2 && IsConnector(c))
            {
                c--;
            }

            if (c < k && IsNamePart(c) && !doc.IsWord(k, "the"))
            {
                left = c;
                k = c - 1;
                continue;
            }

            break;
        }

        return left;
    }

    private int ExtendRight(int t, int end)
    {
        var right = t;
        var k = t;
        while (k < end)
        {
            if (IsNamePart(k))
            {
                right = k + 1;
                k++;
                continue;
            }

            if (doc.Tokens[k].Has(TokenFlags.OpeningQuote) && QuoteClosing(k, end) is { } close)
            {
                right = close + 1;
                k = close + 1;
                continue;
            }

            var c = k;
            while (c < end && c - k < 2 && IsConnector(c))
            {
                c++;
            }

            if (c > k && IsNamePart(c))
            {
                right = c + 1;
                k = c + 1;
                continue;
            }

            // " – Place" after a name, ending the line: a branch.
            if (doc.Tokens[k].Has(TokenFlags.Dash) && k + 1 < end && IsNamePart(k + 1))
            {
                var last = k + 1;
                while (last + 1 < end && IsNamePart(last + 1))
                {
                    last++;
                }

                if (last + 1 == end || OnlyClosingPunctuation(last + 1, end))
                {
                    right = last + 1;
                }
            }

            break;
        }

        return right;
    }

    private bool OnlyClosingPunctuation(int from, int end)
    {
        for (var k = from; k < end; k++)
        {
            if (doc.Tokens[k].Shape != TokenShape.Punctuation || doc.Tokens[k].Has(TokenFlags.Dash))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The opening quotation mark of a quoted name that ends at <paramref name="close"/>, when every
    /// word inside is part of a name.</summary>
    private int? QuoteOpening(int close, int first)
    {
        for (var k = close - 1; k >= first && close - k <= 10; k--)
        {
            if (doc.Tokens[k].Has(TokenFlags.OpeningQuote))
            {
                return k < close - 1 && InsideQuoteIsName(k + 1, close) ? k : null;
            }
        }

        return null;
    }

    private int? QuoteClosing(int open, int end)
    {
        for (var k = open + 1; k < end && k - open <= 10; k++)
        {
            if (doc.Tokens[k].Has(TokenFlags.ClosingQuote) && !doc.IsPossessive(k))
            {
                return k > open + 1 && InsideQuoteIsName(open + 1, k) ? k : null;
            }
        }

        return null;
    }

    private bool InsideQuoteIsName(int from, int end)
    {
        if (!IsNamePart(from) && !(doc.IsCapitalised(from) && doc.Is(from, NameCue.NotPerson)))
        {
            return false;
        }

        for (var k = from; k < end; k++)
        {
            if (!IsNamePart(k) && !IsConnector(k) && !doc.IsPossessive(k) && !doc.IsWord(k, "without") && !doc.IsCapitalised(k))
            {
                return false;
            }
        }

        return true;
    }

    private (int First, int End) Trim(int first, int end)
    {
        while (first < end && (IsConnector(first) || doc.Tokens[first].Has(TokenFlags.Dash)))
        {
            first++;
        }

        while (end > first && (IsConnector(end - 1) || doc.Tokens[end - 1].Has(TokenFlags.Dash)))
        {
            end--;
        }

        return (first, end);
    }

    private bool OnlyHeads(int first, int end)
    {
        for (var k = first; k < end; k++)
        {
            if (!IsHead(k) && !doc.Tokens[k].Has(TokenFlags.OpeningQuote) && !doc.Tokens[k].Has(TokenFlags.ClosingQuote))
            {
                return false;
            }
        }

        return true;
    }

    private bool HasCapitalisedWord(int first, int end)
    {
        for (var k = first; k < end; k++)
        {
            if (doc.IsCapitalised(k))
            {
                return true;
            }
        }

        return false;
    }

    private bool HasQuote(int first, int end)
    {
        for (var k = first; k < end; k++)
        {
            if (doc.Tokens[k].Has(TokenFlags.OpeningQuote))
            {
                return true;
            }
        }

        return false;
    }

    private bool FillsSentence(int first, int end, Sentence sentence)
    {
        for (var k = sentence.FirstToken; k < first; k++)
        {
            if (doc.Tokens[k].Shape != TokenShape.Punctuation && !doc.Tokens[k].Has(TokenFlags.ListMarker))
            {
                return false;
            }
        }

        return OnlyClosingPunctuation(end, sentence.EndToken) || end == sentence.EndToken;
    }

    /// <summary>"Council of Heads of State of the Commonwealth of Independent States": a name that opens with
    /// its head and ends in a known organisation names a body of that organisation; the organisation is what
    /// the document names.</summary>
    private bool NamesBodyOfKnownOrganisation(int first, int end)
    {
        var lastStart = -1;
        foreach (var (knownFirst, knownEnd) in known)
        {
            if (knownEnd == end && knownFirst > first)
            {
                lastStart = knownFirst;
            }
        }

        if (!IsHead(first) || lastStart < 0)
        {
            return false;
        }

        for (var k = first + 1; k < lastStart; k++)
        {
            if (doc.IsWord(k, "of"))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"the association Friends of X", the association "Free Pen", "a group calling itself X".</summary>
    private void NamedAfterNoun()
    {
        var cues = doc.Cues;
        foreach (var t in doc.OrganizationCueTokens)
        {
            // Almost no token is either, and the two tests below cost more.
            if ((cues[t] & NameCue.OrgNoun) == 0 && !doc.InPhrase(t))
            {
                continue;
            }

            int next;
            if (doc.PhraseEndingAt(t) is { } match && match.HasKind(NameCues.OrgNounKind) && !doc.IsCapitalised(match.FirstToken))
            {
                next = t + 1;
            }
            else if (doc.Is(t, NameCue.OrgNoun) && doc.Tokens[t].Shape == TokenShape.Lower)
            {
                next = t + 1;
            }
            else
            {
                continue;
            }

            var sentence = doc.SentenceOf(t);
            if (next < sentence.EndToken && doc.PhraseStartingAt(next) is { } naming && naming.HasKind(NameCues.OrgNamingKind))
            {
                next = naming.EndToken;
            }

            if (next >= sentence.EndToken)
            {
                continue;
            }

            int first, end;
            if (doc.Tokens[next].Has(TokenFlags.OpeningQuote) && QuoteClosing(next, sentence.EndToken) is { } close)
            {
                (first, end) = (next + 1, close);
            }
            else if (IsNamePart(next))
            {
                (first, end) = Trim(next, ExtendRight(next, sentence.EndToken));
            }
            else
            {
                continue;
            }

            if (end <= first || end - first > MaxNameTokens || IsPlaceOnly(first, end) || IsPerson(first, end))
            {
                continue;
            }

            Add(first, end, NameText.Of(doc.Layer, first, end, dropQuotes: true), null, "organization.named", 4);
        }
    }

    /// <summary>"the Georgian Dream party", "the Emergency Lawyers group": a capitalised name right before a
    /// common noun for an organisation.</summary>
    private void NamedBeforeNoun()
    {
        var cues = doc.Cues;
        foreach (var t in doc.OrganizationCueTokens)
        {
            if (t < 1 || (cues[t] & NameCue.OrgNoun) == 0 || doc.Tokens[t].Shape != TokenShape.Lower || !IsNamePart(t - 1)
                || doc.SentenceIndexOf(t - 1) != doc.SentenceIndexOf(t) || doc.MatchOver(t - 1) is { } known && OrganizationHit(known) is not null)
            {
                continue;
            }

            var sentence = doc.SentenceOf(t);
            var first = t - 1;
            while (first > sentence.FirstToken && t - first < 5 && IsNamePart(first - 1))
            {
                first--;
            }

            if (HasOwnName(first, t) && !IsPlaceOnly(first, t) && !IsPerson(first, t)
                && !(t - first == 1 && doc.IsSentenceInitial(first) && doc.OccursInLowerCase(first)))
            {
                Add(first, t, NameText.Of(doc.Layer, first, t), null, "organization.named", 4);
            }
        }
    }

    /// <summary>True when some word of the tokens is neither a state's adjective or demonym nor a place.</summary>
    private bool HasOwnName(int first, int end)
    {
        for (var k = first; k < end; k++)
        {
            if (doc.MatchOver(k) is not { } match || !(doc.CountryOf(match, adjectiveOnly: true) is not null || doc.IsPlaceName(k)
                || match.Hits.Any(h => h.Form == LexiconForm.Demonym)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Three or more consecutive title-case lines, at least half of them organisations by the other
    /// rules, are a list of signatories: every line is an organisation.</summary>
    private void Signatories()
    {
        var paragraphs = doc.Layer.Paragraphs;
        var tokens = doc.Tokens.AsSpan(0, doc.Count);
        var lines = lists.Lines;
        lines.Clear();
        var t = 0;
        for (var p = 0; p <= paragraphs.Length; p++)
        {
            (int First, int End)? line = null;
            if (p < paragraphs.Length)
            {
                t = Math.Max(t, doc.ParagraphFirstToken(p));

                // A line longer than a name, or with a word no name has, is no list line, so the walk to its end
                // stops at either: most paragraphs are prose, and it stops at their first word or soon after.
                var end = t;
                var words = 0;
                var paragraphEnd = paragraphs[p].End;
                var named = true;
                while (end < tokens.Length && end - t <= MaxNameTokens && tokens[end].Span.End <= paragraphEnd)
                {
                    var part = ListLinePart(end);
                    if (part == LinePart.Other)
                    {
                        named = false;
                        break;
                    }

                    words += part == LinePart.Word ? 1 : 0;
                    end++;
                }

                if (named && end - t <= MaxNameTokens && words > 0)
                {
                    line = (t, end);
                }
            }

            if (line is { } found)
            {
                lines.Add(found);
                continue;
            }

            if (lines.Count >= 3)
            {
                var evidence = 0;
                foreach (var (first, end) in lines)
                {
                    if (HasOrganisationEvidence(first, end))
                    {
                        evidence++;
                    }
                }

                if (evidence * 2 >= lines.Count)
                {
                    foreach (var (first, end) in lines)
                    {
                        if (!IsPlaceOnly(first, end) && !IsPerson(first, end))
                        {
                            Add(first, end, NameText.Of(doc.Layer, first, end, dropQuotes: true), null, "organization.signatory", 6);
                        }
                    }
                }
            }

            lines.Clear();
        }
    }

    /// <summary>What token <paramref name="k"/> is to a line that is nothing but a name: a title-case word; a
    /// connector, quotation mark, branch dash or possessive between words; or anything else, which no such line has.</summary>
    private LinePart ListLinePart(int k)
    {
        var token = doc.Tokens[k];
        if (token.Has(TokenFlags.OpeningQuote) || token.Has(TokenFlags.ClosingQuote) || token.Has(TokenFlags.Dash) || doc.IsPossessive(k))
        {
            return LinePart.Between;
        }

        if (IsConnector(k) || doc.IsWord(k, "in"))
        {
            return LinePart.Between;
        }

        return !IsNamePart(k) || token.Shape == TokenShape.Number ? LinePart.Other : LinePart.Word;
    }

    private bool HasOrganisationEvidence(int first, int end)
    {
        foreach (var candidate in candidates)
        {
            if (candidate.First >= first && candidate.End <= end)
            {
                return true;
            }
        }

        for (var k = first; k < end; k++)
        {
            if (IsHead(k) || doc.Tokens[k].Has(TokenFlags.OpeningQuote))
            {
                return true;
            }
        }

        return false;
    }
}
