using Attest.Text;

namespace Attest.Mentions;

/// <summary>News outlets: the subject of "reports", "By" headers, datelines and "Source:" lines.</summary>
internal sealed partial class OrganizationFinder
{
    /// <summary>News outlets: "Acme reports", a "By Acme" header, "(Acme)" in a dateline, "Source: Acme".</summary>
    private void Outlets()
    {
        var tokens = doc.Tokens.AsSpan(0, doc.Count);
        var cues = doc.Cues;
        foreach (var t in doc.OrganizationCueTokens)
        {
            var shape = tokens[t].Shape;
            if (shape == TokenShape.Lower)
            {
                if ((cues[t] & NameCue.OutletVerb) != 0 && ReportsSomething(t, doc.SentenceOf(t)))
                {
                    OutletBefore(t, doc.SentenceOf(t), weak: doc.Is(t, NameCue.Weak));
                }
            }
            else if (shape == TokenShape.Capitalized)
            {
                if ((cues[t] & NameCue.PhraseStart) != 0 && doc.PhraseStartingAt(t) is { TokenCount: 1 } by && by.HasKind(NameCues.BylineKind))
                {
                    OutletAfterBy(t, doc.SentenceOf(t));
                }
                else if (tokens[t].Span.Length == "source".Length && doc.IsPunctuation(t + 1, ':') && doc.IsWord(t, "source") && t + 2 < doc.SentenceOf(t).EndToken)
                {
                    var end = Trim(t + 2, ExtendRight(t + 2, doc.SentenceOf(t).EndToken)).End;
                    AddOutlet(t + 2, end);
                }
            }
            else if (shape == TokenShape.Punctuation && doc.IsPunctuation(t, '(') && (doc.IsParagraphInitial(t) || InDatelineReach(t)))
            {
                OutletInBrackets(t, doc.SentenceOf(t));
            }
        }
    }

    /// <summary>"reports," "reports that", "reports, citing", "reported." — not the noun of "Media reports say".</summary>
    private bool ReportsSomething(int verb, Sentence sentence)
    {
        var next = verb + 1;
        if (next >= sentence.EndToken)
        {
            return true;
        }

        var text = doc.Text(next);
        return text is "," or "." or ":" or ";" || doc.Tokens[next].Has(TokenFlags.Dash)
            || doc.IsWord(next, "that") || doc.IsWord(next, "citing") || doc.IsWord(next, "quoting") || doc.IsWord(next, "on");
    }

    private void OutletBefore(int verb, Sentence sentence, bool weak)
    {
        var last = doc.Previous(verb);
        if (last < sentence.FirstToken || last < 0)
        {
            return;
        }

        var token = doc.Tokens[last];
        if (token.Has(TokenFlags.Url))
        {
            AddOutlet(last, last + 1);
            return;
        }

        if (!IsNamePart(last))
        {
            return;
        }

        var first = last;
        while (first - 1 >= sentence.FirstToken && last - first < 4 && IsNamePart(first - 1))
        {
            first--;
        }

        if (doc.MatchStartingAt(first) is { } known && known.EndToken == last + 1 && OrganizationHit(known) is not null)
        {
            return;
        }

        if (weak && first != last && !IsHead(last))
        {
            return;
        }

        // "Residents reported …": a sentence's first word that the text also writes in lower case.
        if (first == last && doc.IsSentenceInitial(first) && doc.OccursInLowerCase(first))
        {
            return;
        }

        AddOutlet(first, last + 1);
    }

    private void OutletAfterBy(int by, Sentence sentence)
    {
        var first = by + 1;
        if (first >= sentence.EndToken)
        {
            return;
        }

        if (doc.Tokens[first].Has(TokenFlags.Url))
        {
            AddOutlet(first, first + 1);
            return;
        }

        var end = first;
        while (end < sentence.EndToken && end - first < 5 && IsNamePart(end))
        {
            end++;
        }

        // A line that opens with "By Jane Doe" is a person's byline; a one-word name or a header line is an outlet.
        if (end > first && (end - first == 1 || !doc.IsParagraphInitial(by)))
        {
            AddOutlet(first, end);
        }
    }

    private bool InDatelineReach(int t)
    {
        var paragraph = doc.Layer.Paragraphs[doc.ParagraphOf(t)];
        var count = 0;
        for (var k = t - 1; k >= 0 && doc.Tokens[k].Span.Start >= paragraph.Start; k--)
        {
            count++;
        }

        return count <= 12;
    }

    private void OutletInBrackets(int open, Sentence sentence)
    {
        var first = open + 1;
        var end = first;
        while (end < sentence.EndToken && end - first < 5 && (IsNamePart(end) || doc.Tokens[end].Has(TokenFlags.Url)))
        {
            end++;
        }

        if (end == first || end >= doc.Count || !doc.IsPunctuation(end, ')'))
        {
            return;
        }

        var after = end + 1;
        var dateline = after < doc.Count && doc.Tokens[after].Has(TokenFlags.Dash);
        var alone = doc.IsParagraphInitial(open) && (after >= doc.Count || doc.IsParagraphInitial(after));
        if (dateline || alone)
        {
            AddOutlet(first, end);
        }
    }

    private void AddOutlet(int first, int end)
    {
        if (end <= first || IsPlaceOnly(first, end) || IsPerson(first, end) || doc.Is(first, NameCue.NotPerson) && end - first == 1)
        {
            return;
        }

        Add(first, end, NameText.Of(doc.Layer, first, end, dropQuotes: true), null, "organization.outlet", 2);
    }
}
