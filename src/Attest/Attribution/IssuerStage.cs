using System.Collections.Immutable;
using Attest.Lexicons;
using Attest.Mentions;
using Attest.Model;
using Attest.Text;

namespace Attest.Attribution;

/// <summary>Finds whose voice a document speaks in: a group speaking in the first person plural ("As
/// representatives of X, we …", "The undersigned X …"), the body a "Statement of X" heading names, or the news
/// outlet of a lead-in ("X reports that …") or byline ("By X").</summary>
/// <remarks>A group's own voice wins over the outlet that carries its statement, because the outlet then only
/// frames words that are the group's. Built once from the lexicons; immutable and thread-safe.</remarks>
public sealed class IssuerStage
{
    /// <summary>Lexicon kinds read from attribution.tsv.</summary>
    public const string CollectiveLeadKind = "collective-lead";

    /// <inheritdoc cref="CollectiveLeadKind"/>
    public const string CollectiveUndersignedKind = "collective-undersigned";

    /// <inheritdoc cref="CollectiveLeadKind"/>
    public const string CollectiveNounKind = "collective-noun";

    /// <inheritdoc cref="CollectiveLeadKind"/>
    public const string StatementWordKind = "statement-word";

    private const int MaxGroupTokens = 10;

    private readonly CuePhrases leads;
    private readonly CuePhrases undersigned;
    private readonly CuePhrases nouns;
    private readonly CuePhrases statementWords;
    private readonly CuePhrases outletVerbs;
    private readonly HashSet<string> weakOutletVerbs;
    private readonly Dictionary<string, string> adjectiveByCountry;
    private readonly HashSet<string> outletNames;

    /// <summary>The words a collective statement's group can open on (see <see cref="GroupAt"/>) other than the one
    /// after "the": the first words of the lead phrases, "as" and "we".</summary>
    private readonly WordSet groupOpeners;

    /// <summary>The lexicons the stage was built from: the name stages' view of a document carries the group openers
    /// only when its cues were compiled from the same ones.</summary>
    private readonly LexiconSet lexicons;

    /// <summary>Compiles the cue lists from <paramref name="lexicons"/>.</summary>
    public IssuerStage(LexiconSet lexicons)
    {
        ArgumentNullException.ThrowIfNull(lexicons);
        leads = CuePhrases.Of(lexicons, CollectiveLeadKind);
        undersigned = CuePhrases.Of(lexicons, CollectiveUndersignedKind);
        nouns = CuePhrases.Of(lexicons, CollectiveNounKind);
        statementWords = CuePhrases.Of(lexicons, StatementWordKind);
        this.lexicons = lexicons;
        groupOpeners = new WordSet(GroupOpeners(lexicons));
        outletVerbs = CuePhrases.Of(lexicons, NameCues.OutletVerbKind);
        weakOutletVerbs = new HashSet<string>(
            lexicons.OfKind(NameCues.OutletVerbKind).Where(e => e.Attribute("weak") == "yes").Select(e => e.Name.ToLowerInvariant()),
            StringComparer.Ordinal);
        outletNames = new HashSet<string>(
            lexicons.OfKind(NameCues.OutletKind).Select(e => e.Name)
                .Concat(lexicons.OfKind(NameCues.OrganizationKind).Where(e => e.Attribute("type") is "outlet" or "news_agency").Select(e => e.Name)),
            StringComparer.Ordinal);
        adjectiveByCountry = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var country in lexicons.OfKind("country"))
        {
            // The first adjective is the usual one ("adj=Azerbaijani,Azeri" style lists name variants after it).
            if (country.Attribute("adj")?.Split(',')[0].Trim() is not { Length: > 0 } adjective)
            {
                continue;
            }

            foreach (var form in country.Aliases.Prepend(country.Name))
            {
                adjectiveByCountry.TryAdd(form, adjective);
            }
        }
    }

    /// <summary>The words a collective statement's group can open on other than the one after "the": the first
    /// words of the lead phrases of <paramref name="lexicons"/>, "as" and "we". The name cues mark them too
    /// (<see cref="NameCue.GroupOpener"/>), so this stage can read them from the name stages' view.</summary>
    internal static IEnumerable<string> GroupOpeners(LexiconSet lexicons) =>
        FirstWords(lexicons, CollectiveLeadKind).Append("as").Append("we");

    /// <summary>The first word of every form of the entries of <paramref name="kind"/>, split as <see cref="CuePhrases"/>
    /// splits them.</summary>
    private static IEnumerable<string> FirstWords(LexiconSet lexicons, string kind) =>
        lexicons.OfKind(kind)
            .SelectMany(e => e.Aliases.Prepend(e.Name))
            .Select(f => f.ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            .Where(words => words.Length > 0)
            .Select(words => words[0])
            .Distinct(StringComparer.Ordinal);

    /// <summary>The document's issuer, or null when the text names none and the metadata has no publisher.</summary>
    public Issuer? Find(TextLayer layer, ImmutableArray<PersonMention> persons, ImmutableArray<OrganizationMention> organizations, DocumentMetadata? metadata = null)
    {
        ArgumentNullException.ThrowIfNull(layer);
        return FindGroup(layer)
            ?? FindStatementHeading(layer, organizations)
            ?? FindDateline(layer.Text)
            ?? FindMasthead(layer.Text)
            ?? FindOutlet(layer, persons, organizations)
            ?? FindLetterhead(layer.Text, organizations)
            ?? FindCopyright(layer.Text)
            ?? FindToldOutlet(layer, organizations)
            ?? (metadata?.Publisher is { Length: > 0 } publisher
                // No span of the text names it; an empty span at the start keeps Evidence.Primary defined.
                ? new Issuer(publisher, IssuerKind.NewsOutlet, Evidence.Of(new Span(0, 0), "issuer.metadata-publisher"))
                : null);
    }

    private Issuer? FindGroup(TextLayer layer)
    {
        // The name stages have read every token of the analyzer's layer already: their cues tell at once the words
        // that open no group. A layer the name stages have not read (the stage run alone) has no cues.
        var cues = NameCues.LastDocumentOf(layer, lexicons) is { } names ? names.Cues : default;

        // Every word of every text is tried and almost none opens a group, so the loop reads the tokens once and
        // remembers whether the word before was "the" instead of asking the layer again per rule.
        var tokens = layer.Tokens.AsSpan();
        var lower = layer.Lower;
        foreach (var sentence in layer.Sentences)
        {
            var afterThe = false;
            for (var i = sentence.FirstToken; i < sentence.EndToken; i++)
            {
                // A flag test where a lookup would turn the word away. Tokens whose shape the name cues skip
                // (neither punctuation, number nor symbol, nor a cased word) are looked up below.
                if (!cues.IsEmpty && !afterThe && (cues[i] & NameCue.GroupOpener) == 0
                    && tokens[i].Shape is TokenShape.Lower or TokenShape.Capitalized or TokenShape.AllCaps or TokenShape.Mixed
                        or TokenShape.Punctuation or TokenShape.Number or TokenShape.Symbol)
                {
                    afterThe = (cues[i] & NameCue.The) != 0;
                    continue;
                }

                var token = tokens[i];
                if (token.Shape is TokenShape.Punctuation or TokenShape.Number or TokenShape.Symbol)
                {
                    afterThe = false;
                    continue;
                }

                // Nearly no word opens a group: one lookup turns the others away before the rules are tried.
                var word = lower.AsSpan(token.Span.Start, token.Span.Length);
                if ((afterThe || groupOpeners.Contains(word)) && GroupAt(layer, sentence, i, word, afterThe) is { } issuer)
                {
                    return issuer;
                }

                afterThe = word is "the";
            }
        }

        return null;
    }

    /// <summary>The group a collective statement names starting at word <paramref name="i"/> (written
    /// <paramref name="word"/> in lower case, after "the" when <paramref name="afterThe"/>), or null.</summary>
    private Issuer? GroupAt(TextLayer layer, Sentence sentence, int i, ReadOnlySpan<char> word, bool afterThe)
    {
        var end = sentence.EndToken;

        // "As representatives of X, we …"
        var lead = leads.MatchAt(layer, i);
        if (lead > 0 && CommaThenWe(layer, i + lead, end) is { } leadComma)
        {
            return Group(layer, i + lead, leadComma, i, "issuer.collective-lead");
        }

        // "As NGOs from X, we …" and "We, as X, …": the named group must contain a collective noun.
        if (word is "as" && (i == sentence.FirstToken || IsPunctuation(layer, i - 1)))
        {
            if (CommaThenWe(layer, i + 1, end) is { } asComma && HasCollectiveNoun(layer, i + 1, asComma))
            {
                return Group(layer, i + 1, asComma, i, "issuer.collective-as");
            }
        }

        if (word is "we" && i + 2 < end && Is(layer, i + 1, ",") && Is(layer, i + 2, "as")
            && NextComma(layer, i + 3, end) is { } weComma && HasCollectiveNoun(layer, i + 3, weComma))
        {
            return Group(layer, i + 3, weComma, i, "issuer.collective-we-as");
        }

        // "The undersigned X …": the group runs to its last collective noun, plus "of/from <country>".
        if (afterThe && undersigned.IsWord(layer, i))
        {
            var first = i + 1;
            var last = -1;
            for (var k = first; k < end && k < first + MaxGroupTokens; k++)
            {
                if (!IsWordToken(layer, k))
                {
                    break;
                }

                if (nouns.IsWord(layer, k))
                {
                    last = k;
                }
                else if (last >= 0)
                {
                    break;
                }
            }

            if (last < 0)
            {
                return null;
            }

            var stop = last + 1;
            if (stop + 1 < end && (Is(layer, stop, "of") || Is(layer, stop, "from") || Is(layer, stop, "in"))
                && CountryRunEnd(layer, stop + 1, end) is { } countryEnd)
            {
                stop = countryEnd;
            }

            return Group(layer, first, stop, i - 1, "issuer.collective-undersigned");
        }

        return null;
    }

    private Issuer Group(TextLayer layer, int first, int stop, int cue, string rule)
    {
        if (first < stop && Is(layer, first, "the"))
        {
            first++;
        }

        var text = layer.Text;
        var span = Span.FromBounds(layer.Tokens[first].Span.Start, layer.Tokens[stop - 1].Span.End);
        var name = NormaliseGroup(layer, first, stop) ?? span.In(text).ToString();
        var evidence = new Evidence([Span.FromBounds(layer.Tokens[cue].Span.Start, span.End), span], rule);
        return new Issuer(name, IssuerKind.CivilSociety, evidence);
    }

    /// <summary>"NGOs from Azerbaijan" → "Azerbaijani NGOs": a group named by its country after a preposition
    /// is named by the country's adjective before it, as groups name themselves.</summary>
    private string? NormaliseGroup(TextLayer layer, int first, int stop)
    {
        for (var k = first + 1; k < stop - 1; k++)
        {
            // Only a group noun right before the preposition: "NGOs operating in X" keeps the text's own words.
            if ((Is(layer, k, "of") || Is(layer, k, "from") || Is(layer, k, "in")) && nouns.IsWord(layer, k - 1)
                && CountryRunEnd(layer, k + 1, stop) == stop)
            {
                var countryFirst = Is(layer, k + 1, "the") ? k + 2 : k + 1;
                var country = Span.FromBounds(layer.Tokens[countryFirst].Span.Start, layer.Tokens[stop - 1].Span.End).In(layer.Text).ToString();
                var head = Span.FromBounds(layer.Tokens[first].Span.Start, layer.Tokens[k - 1].Span.End).In(layer.Text);
                return adjectiveByCountry[country] + " " + head.ToString();
            }
        }

        return null;
    }

    /// <summary>The end token of a country name that starts at <paramref name="first"/> (after an optional
    /// "the") and ends before <paramref name="limit"/>, or null.</summary>
    private int? CountryRunEnd(TextLayer layer, int first, int limit)
    {
        if (first < limit && Is(layer, first, "the"))
        {
            first++;
        }

        int? best = null;
        for (var k = first; k < limit && k < first + 6; k++)
        {
            var candidate = Span.FromBounds(layer.Tokens[first].Span.Start, layer.Tokens[k].Span.End).In(layer.Text).ToString();
            if (adjectiveByCountry.ContainsKey(candidate))
            {
                best = k + 1;
            }
        }

        return best;
    }

    private Issuer? FindStatementHeading(TextLayer layer, ImmutableArray<OrganizationMention> organizations)
    {
        // Only the opening lines can carry a heading that makes the whole document a body's statement.
        var sentences = layer.Sentences;
        for (var s = 0; s < sentences.Length && s < 2; s++)
        {
            var sentence = sentences[s];
            var i = sentence.FirstToken;
            var words = statementWords.MatchAt(layer, i);
            if (words == 0 || i + words >= sentence.EndToken
                || !(Is(layer, i + words, "of") || Is(layer, i + words, "by")))
            {
                continue;
            }

            var after = layer.Tokens[i + words].Span.End;
            foreach (var organization in organizations)
            {
                var span = organization.Evidence.Primary;
                if (span.Start > after && span.Start <= after + 5 && span.End <= sentence.Span.End)
                {
                    return new Issuer(organization.Name, KindOf(organization.Name), Evidence.Of(Span.FromBounds(layer.Tokens[i].Span.Start, span.End), "issuer.statement-heading"));
                }
            }
        }

        return null;
    }

    /// <summary>Only the head of a document carries its dateline, masthead or letterhead.</summary>
    private const int HeadLength = 1500;

    /// <summary>A wire dateline, "CITY, March 8 (Outlet) — …": the outlet in brackets before the dash.</summary>
    private static Issuer? FindDateline(string text)
    {
        var limit = Math.Min(text.Length, HeadLength);
        for (var close = text.IndexOf(')', 0, limit); close > 0; close = close + 1 < limit ? text.IndexOf(')', close + 1, limit - close - 1) : -1)
        {
            var dash = close + 1;
            while (dash < limit && text[dash] == ' ')
            {
                dash++;
            }

            if (dash >= limit || text[dash] is not ('—' or '–' or '-'))
            {
                continue;
            }

            var open = text.LastIndexOf('(', close);
            if (open < 2 || close - open > 40 || text.AsSpan(open, close - open).IndexOf('\n') >= 0)
            {
                continue;
            }

            var name = text.AsSpan(open + 1, close - open - 1).Trim();
            var lineStart = text.LastIndexOf('\n', open) + 1;
            if (name.Length > 1 && char.IsUpper(name[0]) && !name.ContainsAnyInRange('0', '9')
                && text.AsSpan(lineStart, open - lineStart).Contains(',') && char.IsUpper(text[lineStart]))
            {
                return new Issuer(name.ToString(), IssuerKind.NewsOutlet, Evidence.Of(Span.FromBounds(open, close + 1), "issuer.dateline"));
            }
        }

        return null;
    }

    /// <summary>A masthead line, "Outlet | section | date": the first field of the first line that has fields.</summary>
    private static Issuer? FindMasthead(string text)
    {
        var limit = Math.Min(text.Length, HeadLength);
        var lineStart = 0;
        for (var lines = 0; lineStart < limit && lines < 6; lines++)
        {
            var lineEnd = text.IndexOf('\n', lineStart);
            lineEnd = lineEnd < 0 ? text.Length : lineEnd;
            var line = text.AsSpan(lineStart, lineEnd - lineStart);
            var bar = line.IndexOf(" | ");
            if (bar < 0)
            {
                bar = line.IndexOf("  |");
            }

            if (bar > 0)
            {
                var name = line[..bar].Trim();
                var words = name.Count(' ') + 1;
                if (name.Length > 1 && char.IsUpper(name[0]) && words <= 5 && !name.ContainsAnyInRange('0', '9'))
                {
                    var start = lineStart + (line.Length - line.TrimStart().Length);
                    return new Issuer(Display(name), IssuerKind.NewsOutlet, Evidence.Of(new Span(start, name.Length), "issuer.masthead"));
                }
            }

            // Cookie banners and navigation come before mastheads on saved pages; look a few lines further.
            lineStart = lineEnd + 1;
        }

        return null;
    }

    /// <summary>A letterhead: the document's first line is, in full, the name of a body the text names.</summary>
    private static Issuer? FindLetterhead(string text, ImmutableArray<OrganizationMention> organizations)
    {
        var start = 0;
        while (start < text.Length && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        var end = text.IndexOf('\n', start);
        end = end < 0 ? text.Length : end;
        var line = text.AsSpan(start, end - start).TrimEnd();
        foreach (var organization in organizations)
        {
            var span = organization.Evidence.Primary;
            if (span.Start == start && span.Length == line.Length)
            {
                return new Issuer(organization.Name, KindOf(organization.Name), Evidence.Of(span, "issuer.letterhead"));
            }
        }

        return null;
    }

    /// <summary>A copyright line, "© 2024 Outlet | site": the name after the sign and an optional year.</summary>
    private static Issuer? FindCopyright(string text)
    {
        var sign = text.LastIndexOf('©');
        if (sign < 0)
        {
            return null;
        }

        var start = sign + 1;
        while (start < text.Length && (char.IsWhiteSpace(text[start]) || char.IsAsciiDigit(text[start]) || text[start] is '-' or '–'))
        {
            start++;
        }

        var end = start;
        while (end < text.Length && text[end] is not ('\n' or '|' or '.' or ',' or '©'))
        {
            end++;
        }

        var name = text.AsSpan(start, end - start).Trim();
        var words = name.Count(' ') + 1;
        return name.Length > 1 && char.IsUpper(name[0]) && words <= 5
            ? new Issuer(Display(name), IssuerKind.NewsOutlet, Evidence.Of(new Span(start, name.Length), "issuer.copyright"))
            : null;
    }

    /// <summary>An all-capitals masthead ("NORTH STAR TIMES") is printed in title case.</summary>
    private static string Display(ReadOnlySpan<char> name)
    {
        foreach (var c in name)
        {
            if (char.IsLower(c))
            {
                return name.ToString();
            }
        }

        var chars = name.ToArray();
        for (var k = 1; k < chars.Length; k++)
        {
            if (char.IsLetter(chars[k - 1]))
            {
                chars[k] = char.ToLowerInvariant(chars[k]);
            }
        }

        return new string(chars);
    }

    /// <summary>"… told the Harbour": a source that speaks to an outlet named by its short form (not its full
    /// name) speaks to the paper that prints the report, which names itself that way.</summary>
    private Issuer? FindToldOutlet(TextLayer layer, ImmutableArray<OrganizationMention> organizations)
    {
        var tokens = layer.Tokens;
        for (var i = 0; i + 2 < tokens.Length; i++)
        {
            if (!layer.TokenLower(i).SequenceEqual("told") || !layer.TokenLower(i + 1).SequenceEqual("the"))
            {
                continue;
            }

            foreach (var organization in organizations)
            {
                var span = organization.Evidence.Primary;
                if ((span.Start == tokens[i + 1].Span.Start || span.Start == tokens[i + 2].Span.Start)
                    && outletNames.Contains(organization.Name)
                    && !span.In(layer.Text).Equals(organization.Name, StringComparison.OrdinalIgnoreCase))
                {
                    return new Issuer(organization.Name, IssuerKind.NewsOutlet, Evidence.Of(Span.FromBounds(tokens[i].Span.Start, span.End), "issuer.told-outlet"));
                }
            }
        }

        return null;
    }

    private Issuer? FindOutlet(TextLayer layer, ImmutableArray<PersonMention> persons, ImmutableArray<OrganizationMention> organizations)
    {
        var tokens = layer.Tokens;
        for (var i = 1; i < tokens.Length; i++)
        {
            // The verb follows the outlet's name directly: a lower-case word after a name ("Example.com" may end
            // in a lower-case token, so only punctuation rules the previous token out).
            if (tokens[i].Shape is not TokenShape.Lower || tokens[i - 1].Shape is TokenShape.Punctuation
                || outletVerbs.MatchAt(layer, i) != 1)
            {
                continue;
            }

            // A weak verb ("reported") is a lead-in only before "that", a comma or "citing".
            var next = i + 1 < tokens.Length ? layer.TokenLower(i + 1) : ",";
            var leadIn = next is "," or "." or "that" or "citing";
            if (!leadIn || (weakOutletVerbs.Contains(layer.TokenLower(i).ToString()) && next is "."))
            {
                continue;
            }

            var verbStart = tokens[i].Span.Start;
            if (OrganizationEndingAt(layer, organizations, verbStart) is { } organization)
            {
                if (!IsPerson(persons, organization.Evidence.Primary))
                {
                    return new Issuer(organization.Name, IssuerKind.NewsOutlet, Evidence.Of(Span.FromBounds(organization.Evidence.Primary.Start, tokens[i].Span.End), "issuer.outlet-reports"));
                }

                continue;
            }

            // A name the organisation stage missed: the capitalised words right before the verb.
            var first = i;
            while (first > 0 && IsNameToken(layer, first - 1) && i - first < 4)
            {
                first--;
            }

            // "The Harbour Times reports": the article belongs to the name only when more follows it.
            if (first < i - 1 && Is(layer, first, "the"))
            {
                first++;
            }

            if (first == i || tokens[first].Shape is TokenShape.Punctuation)
            {
                continue;
            }

            var span = Span.FromBounds(tokens[first].Span.Start, tokens[i - 1].Span.End);
            if (IsPerson(persons, span) || adjectiveByCountry.ContainsKey(span.In(layer.Text).ToString()) || IsPronoun(layer, first))
            {
                continue;
            }

            return new Issuer(span.In(layer.Text).ToString(), IssuerKind.NewsOutlet, Evidence.Of(Span.FromBounds(span.Start, tokens[i].Span.End), "issuer.outlet-reports"));
        }

        // "By X" where X is an organisation, not a person: a byline that names the outlet.
        for (var i = 0; i + 1 < tokens.Length; i++)
        {
            if (!layer.TokenText(i).SequenceEqual("By"))
            {
                continue;
            }

            foreach (var organization in organizations)
            {
                var span = organization.Evidence.Primary;
                if (span.Start == tokens[i + 1].Span.Start && !IsPerson(persons, span))
                {
                    return new Issuer(organization.Name, IssuerKind.NewsOutlet, Evidence.Of(Span.FromBounds(tokens[i].Span.Start, span.End), "issuer.byline"));
                }
            }
        }

        return null;
    }

    private static OrganizationMention? OrganizationEndingAt(TextLayer layer, ImmutableArray<OrganizationMention> organizations, int offset)
    {
        foreach (var organization in organizations)
        {
            var end = organization.Evidence.Primary.End;
            if (end <= offset && end >= offset - 2 && layer.Text.AsSpan(end, offset - end).IsWhiteSpace())
            {
                return organization;
            }
        }

        return null;
    }

    private static bool IsPerson(ImmutableArray<PersonMention> persons, Span span)
    {
        foreach (var person in persons)
        {
            foreach (var each in person.Evidence.Spans)
            {
                if (each.Overlaps(span))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static IssuerKind KindOf(string name) =>
        name.Contains("Ministry", StringComparison.OrdinalIgnoreCase) || name.Contains("Government", StringComparison.OrdinalIgnoreCase)
            ? IssuerKind.Government
            : IssuerKind.Unknown;

    private static int? CommaThenWe(TextLayer layer, int first, int end) =>
        NextComma(layer, first, end) is { } comma && comma + 1 < end && Is(layer, comma + 1, "we") ? comma : null;

    private static int? NextComma(TextLayer layer, int first, int end)
    {
        for (var k = first; k < end && k < first + MaxGroupTokens + 1; k++)
        {
            if (Is(layer, k, ","))
            {
                return k > first ? k : null;
            }
        }

        return null;
    }

    private bool HasCollectiveNoun(TextLayer layer, int first, int stop)
    {
        for (var k = first; k < stop; k++)
        {
            if (nouns.IsWord(layer, k))
            {
                return true;
            }
        }

        return false;
    }

    private static bool Is(TextLayer layer, int index, string lower) => layer.TokenLower(index).SequenceEqual(lower);

    private static bool IsPunctuation(TextLayer layer, int index) => layer.Tokens[index].Shape is TokenShape.Punctuation;

    private static bool IsWordToken(TextLayer layer, int index) =>
        layer.Tokens[index].Shape is not (TokenShape.Punctuation or TokenShape.Symbol or TokenShape.Number);

    private static bool IsNameToken(TextLayer layer, int index) =>
        layer.Tokens[index].Shape is TokenShape.Capitalized or TokenShape.AllCaps or TokenShape.Mixed;

    private static bool IsPronoun(TextLayer layer, int index) =>
        layer.TokenLower(index) is "it" or "he" or "she" or "they" or "this" or "the" or "we";
}
