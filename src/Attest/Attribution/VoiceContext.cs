using System.Buffers;
using System.Collections.Immutable;
using Attest.Model;
using Attest.Text;

namespace Attest.Attribution;

/// <summary>What the claim and demand stages need to know about who speaks where in one document: the direct
/// quotations and their speakers, the scare-quoted phrases, the issuer and the named mentions. Built once per
/// document and used by one stage call on one thread.</summary>
internal sealed class VoiceContext
{
    /// <summary>The characters <see cref="InNestedQuote"/> reads; every other character is passed over.</summary>
    private static readonly SearchValues<char> Marks = SearchValues.Create("’»”‘«“'\"");

    private ImmutableArray<QuoteMarks.Piece> pieces;
    private StartFilter startFilter;
    private bool startFilterBuilt;

    public VoiceContext(
        TextLayer layer,
        ImmutableArray<Quote> quotes,
        Issuer? issuer,
        ImmutableArray<PersonMention> persons,
        ImmutableArray<OrganizationMention> organizations,
        ImmutableArray<PlaceMention> places,
        ImmutableArray<LegalCitation> legal,
        VoiceTokens facts,
        ImmutableArray<QuoteMarks.Piece> marks = default)
    {
        // Marks the quote stage already found are reused; default leaves them to the document's memo.
        pieces = marks;
        Facts = facts;
        facts.ShareMarks(marks);
        Layer = layer;
        Quotes = quotes.IsDefault ? [] : quotes;
        Issuer = issuer;
        Persons = persons.IsDefault ? [] : persons;
        Organizations = organizations.IsDefault ? [] : organizations;
        Places = places.IsDefault ? [] : places;
        Legal = legal.IsDefault ? [] : legal;
    }

    public TextLayer Layer { get; }

    /// <summary>The facts of the document's tokens.</summary>
    public VoiceTokens Facts { get; }

    public ImmutableArray<Quote> Quotes { get; }

    public Issuer? Issuer { get; }

    public ImmutableArray<PersonMention> Persons { get; }

    public ImmutableArray<OrganizationMention> Organizations { get; }

    public ImmutableArray<PlaceMention> Places { get; }

    public ImmutableArray<LegalCitation> Legal { get; }

    /// <summary>The direct quotation whose text holds <paramref name="offset"/>, or null.</summary>
    public Quote? QuoteAt(int offset)
    {
        foreach (var quote in Quotes)
        {
            if (offset >= quote.Text.Start && offset < quote.Text.End)
            {
                return quote;
            }
        }

        return null;
    }

    /// <summary>True when <paramref name="offset"/> lies between quotation marks that enclose no direct quotation:
    /// a scare-quoted phrase or someone else's words cited in passing.</summary>
    public bool InQuotedPhrase(int offset)
    {
        // Quotation marks are found only when a verb asks, and then once for every stage.
        if (pieces.IsDefault)
        {
            pieces = Facts.Marks();
        }

        foreach (var piece in pieces)
        {
            if (offset >= piece.Inner.Start && offset < piece.Inner.End && QuoteAt(offset) is null)
            {
                return true;
            }
        }

        return QuoteAt(offset) is { } quote && InNestedQuote(quote.Text, offset);
    }

    /// <summary>True when <paramref name="offset"/> lies inside a quotation nested in the quotation
    /// <paramref name="outer"/> ("… he told us: ‘we call on …’ …"): those words are a third voice's.</summary>
    private bool InNestedQuote(Span outer, int offset)
    {
        var text = Layer.Text;
        for (var k = offset - 1; k >= outer.Start; k--)
        {
            // Only quotation marks and apostrophes decide: jump back to the nearest one.
            var mark = text.AsSpan(outer.Start, k - outer.Start + 1).LastIndexOfAny(Marks);
            if (mark < 0)
            {
                break;
            }

            k = outer.Start + mark;
            var c = text[k];
            var after = k + 1 < text.Length ? text[k + 1] : ' ';
            var before = k > 0 ? text[k - 1] : ' ';

            // A closing mark (not an apostrophe inside a word) before the offset ends any nested quotation.
            if (c is '’' or '»' or '”' && !(char.IsLetter(before) && char.IsLetter(after)))
            {
                return false;
            }

            if (c is '‘' or '«' or '“' || (c is '\'' or '"' && (char.IsWhiteSpace(before) || before is ':') && char.IsLetter(after)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The instrument id cited in <paramref name="sentence"/>, else the one cited nearest to it in its
    /// paragraph, else null.</summary>
    public string? LegalBasis(Sentence sentence)
    {
        var paragraph = ParagraphOf(sentence.Span.Start);
        string? best = null;
        var bestDistance = int.MaxValue;
        foreach (var citation in Legal)
        {
            var span = citation.Evidence.Primary;
            if (sentence.Span.Contains(span))
            {
                return citation.Instrument;
            }

            if (paragraph.Contains(span))
            {
                var distance = span.Start < sentence.Span.Start ? sentence.Span.Start - span.End : span.Start - sentence.Span.End;
                if (distance < bestDistance)
                {
                    (best, bestDistance) = (citation.Instrument, distance);
                }
            }
        }

        return best;
    }

    /// <summary>The paragraph that holds <paramref name="offset"/> (an empty span when none does).</summary>
    public Span ParagraphOf(int offset)
    {
        foreach (var paragraph in Layer.Paragraphs)
        {
            if (offset >= paragraph.Start && offset < paragraph.End)
            {
                return paragraph;
            }
        }

        return new Span(offset, 0);
    }

    /// <summary>The index of the paragraph that holds <paramref name="offset"/>, or -1.</summary>
    public int ParagraphIndex(int offset)
    {
        var paragraphs = Layer.Paragraphs;
        for (var p = 0; p < paragraphs.Length; p++)
        {
            if (offset >= paragraphs[p].Start && offset < paragraphs[p].End)
            {
                return p;
            }
        }

        return -1;
    }

    /// <summary>The name of a person, organisation or place mention that starts at <paramref name="offset"/>,
    /// persons first; null when none does.</summary>
    public string? MentionAt(int offset, out int end)
    {
        // The subject search asks at every token before a verb, and almost no token starts a mention: a small
        // filter of the start offsets, built at the first question, answers most of them without a scan.
        if (!startFilterBuilt)
        {
            BuildStartFilter();
        }

        if ((startFilter[(offset >> 6) & (StartFilter.Words - 1)] & (1UL << offset)) == 0)
        {
            end = offset;
            return null;
        }

        // A linear scan: a document has tens of mentions.
        foreach (var person in Persons)
        {
            foreach (var span in person.Evidence.Spans)
            {
                if (span.Start == offset)
                {
                    end = span.End;
                    return person.Name;
                }
            }
        }

        foreach (var organization in Organizations)
        {
            var span = organization.Evidence.Primary;
            if (span.Start == offset)
            {
                end = span.End;
                return organization.Name;
            }
        }

        foreach (var place in Places)
        {
            var span = place.Evidence.Primary;
            if (span.Start == offset)
            {
                end = span.End;
                return place.Name;
            }
        }

        end = offset;
        return null;
    }

    private void BuildStartFilter()
    {
        // The claim and demand stages ask about the same mentions: the filter is built once per document.
        if (Facts.MentionStarts(Persons, Organizations, Places) is { } known)
        {
            startFilter = known;
            startFilterBuilt = true;
            return;
        }

        foreach (var person in Persons)
        {
            foreach (var span in person.Evidence.Spans)
            {
                AddStart(span.Start);
            }
        }

        foreach (var organization in Organizations)
        {
            AddStart(organization.Evidence.Primary.Start);
        }

        foreach (var place in Places)
        {
            AddStart(place.Evidence.Primary.Start);
        }

        startFilterBuilt = true;
        Facts.KeepMentionStarts(Persons, Organizations, Places, startFilter);
    }

    private void AddStart(int start) => startFilter[(start >> 6) & (StartFilter.Words - 1)] |= 1UL << start;

    /// <summary>One bit per start offset modulo 256: a clear bit means no mention starts there.</summary>
    [System.Runtime.CompilerServices.InlineArray(Words)]
    internal struct StartFilter
    {
        public const int Words = 4;

        private ulong word;
    }

    /// <summary>The nearest person (for "he", "she", "her", "him") or organisation or place (for "it",
    /// "they", "them") mentioned before <paramref name="offset"/>, not before <paramref name="floor"/>.</summary>
    public (string Name, Span Span)? NearestBefore(int offset, int floor, bool person)
    {
        (string, Span)? best = null;
        var bestStart = -1;
        if (person)
        {
            foreach (var mention in Persons)
            {
                foreach (var span in mention.Evidence.Spans)
                {
                    if (span.End <= offset && span.Start >= floor && span.Start > bestStart)
                    {
                        (best, bestStart) = ((mention.Name, span), span.Start);
                    }
                }
            }

            return best;
        }

        foreach (var mention in Organizations)
        {
            var span = mention.Evidence.Primary;
            if (span.End <= offset && span.Start >= floor && span.Start > bestStart)
            {
                (best, bestStart) = ((mention.Name, span), span.Start);
            }
        }

        foreach (var mention in Places)
        {
            var span = mention.Evidence.Primary;
            if (span.End <= offset && span.Start >= floor && span.Start > bestStart)
            {
                (best, bestStart) = ((mention.Name, span), span.Start);
            }
        }

        return best;
    }

    /// <summary>Who speaks the verb at token <paramref name="verb"/> of <paramref name="sentence"/>: inside a
    /// direct quotation its speaker when the subject is the first person; outside, the issuer for "we"/"I",
    /// else the nearest named subject before the verb, a pronoun resolved to the nearest mention, or null.</summary>
    public (string? Speaker, bool OwnVoice) SpeakerOf(Sentence sentence, int verb)
    {
        var layer = Layer;
        var tokens = layer.Tokens;
        var quote = QuoteAt(tokens[verb].Span.Start);
        var floor = sentence.FirstToken;
        if (quote is not null)
        {
            // Inside a quotation the subject is searched for only inside it.
            while (floor < verb && tokens[floor].Span.Start < quote.Text.Start)
            {
                floor++;
            }
        }

        for (var k = verb - 1; k >= floor; k--)
        {
            if (tokens[k].Shape == TokenShape.Punctuation && layer.TokenText(k) is ";")
            {
                break;
            }

            if (IsFirstPerson(k))
            {
                return Voice(quote);
            }

            if (IsThirdPerson(k) && tokens[k].Shape is TokenShape.Lower or TokenShape.Capitalized)
            {
                var personal = layer.TokenLower(k) is "he" or "she";
                var resolved = NearestBefore(tokens[k].Span.Start, 0, personal);
                return (resolved?.Name, IsIssuer(resolved?.Name));
            }

            // A definite description ("the ministry said") names the nearest body whose name holds the word.
            if (k > floor && tokens[k].Shape == TokenShape.Lower && layer.TokenLower(k - 1) is "the"
                && layer.TokenLower(k).Length > 3 && NearestOrganization(tokens[k].Span.Start, layer.TokenText(k)) is { } body)
            {
                return (body, IsIssuer(body));
            }

            // The nearest mention that starts here and ends before the verb is the subject.
            if (MentionAt(tokens[k].Span.Start, out var end) is { } name && end <= tokens[verb].Span.Start)
            {
                // A mention inside a prepositional phrase ("the attacks on X") is no subject; go on left.
                if (k > floor && IsPreposition(layer.TokenLower(k - 1)))
                {
                    continue;
                }

                return (name, IsIssuer(name));
            }
        }

        if (quote is not null)
        {
            return (quote.Speaker ?? Issuer?.Name, quote.Attribution == "own-voice" || IsIssuer(quote.Speaker));
        }

        // No subject found: a statement speaks for itself ("welcoming the decision …"); a news report's
        // unresolved subject ("the spokesman warned") is someone's, but not the outlet's.
        return Issuer is { Kind: IssuerKind.NewsOutlet } && verb - floor > 1 ? (null, false) : (Issuer?.Name, true);
    }

    /// <summary>True when token <paramref name="k"/> is "we" or "I" as a first-person word.</summary>
    public bool IsFirstPerson(int k) =>
        Facts.Has(k, (VoiceFacts)DemandWords.Role.FirstPerson) && Layer.TokenLower(k) is "we" or "i";

    private bool IsThirdPerson(int k) =>
        Facts.Has(k, (VoiceFacts)DemandWords.Role.Pronoun) && Layer.TokenLower(k) is "he" or "she" or "it" or "they";

    /// <summary>The organisation mentioned last before <paramref name="offset"/> whose name holds
    /// <paramref name="word"/> as a whole word.</summary>
    private string? NearestOrganization(int offset, ReadOnlySpan<char> word)
    {
        string? best = null;
        var bestStart = -1;
        foreach (var organization in Organizations)
        {
            var span = organization.Evidence.Primary;
            if (span.Start < offset && span.Start > bestStart && HoldsWord(organization.Name, word))
            {
                (best, bestStart) = (organization.Name, span.Start);
            }
        }

        return best;
    }

    private static bool HoldsWord(string name, ReadOnlySpan<char> word)
    {
        var rest = name.AsSpan();
        var at = rest.IndexOf(word, StringComparison.OrdinalIgnoreCase);
        var offset = 0;
        while (at >= 0)
        {
            var start = offset + at;
            var end = start + word.Length;
            if ((start == 0 || !char.IsLetter(name[start - 1])) && (end == name.Length || !char.IsLetter(name[end])))
            {
                return true;
            }

            offset = start + 1;
            rest = name.AsSpan(offset);
            at = rest.IndexOf(word, StringComparison.OrdinalIgnoreCase);
        }

        return false;
    }

    private (string? Speaker, bool OwnVoice) Voice(Quote? quote) =>
        quote is null ? (Issuer?.Name, true) : (quote.Speaker, quote.Attribution == "own-voice" || IsIssuer(quote.Speaker));

    private bool IsIssuer(string? name) => name is not null && Issuer is { } issuer && string.Equals(issuer.Name, name, StringComparison.OrdinalIgnoreCase);

    private static bool IsPreposition(ReadOnlySpan<char> word) =>
        word is "of" or "on" or "in" or "at" or "against" or "to" or "from" or "by" or "with" or "for" or "about" or "towards" or "toward";
}
