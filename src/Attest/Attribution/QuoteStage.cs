using System.Collections.Immutable;
using Attest.Lexicons;
using Attest.Mentions;
using Attest.Model;
using Attest.Text;

namespace Attest.Attribution;

/// <summary>Finds direct quotations and their speakers. A quotation is a stretch between quotation marks (or a
/// quoted paragraph run) that reads as speech: five words or more, or a full sentence, and not a title in
/// title case; or a shorter phrase of ordinary words that its own sentence attributes ("X called it “a crime”").
/// Its speaker comes from the attribution after it ("…," X said), before it (X said: "…", according
/// to X), from the sentence that introduces it ("The head of state reminded that …:"), from the group whose own
/// voice it carries, or from the instrument whose provision it quotes.</summary>
/// <remarks>Pronouns and definite descriptions ("she", "the ministry", "the head of state") resolve to the
/// nearest compatible mention found by the person and organisation stages. Immutable and thread-safe.</remarks>
public sealed class QuoteStage
{
    /// <summary>Lexicon kinds read from attribution.tsv.</summary>
    public const string QuoteIntroKind = "quote-intro";

    /// <inheritdoc cref="QuoteIntroKind"/>
    public const string AccordingToKind = "according-to";

    /// <inheritdoc cref="QuoteIntroKind"/>
    public const string SpeakerPronounKind = "speaker-pronoun";

    /// <inheritdoc cref="QuoteIntroKind"/>
    public const string SpeakerRoleKind = "speaker-role";

    /// <summary>Lexicon kind read from speech-acts.tsv: verbs by which a speaker names a thing in words the text
    /// quotes ("described the raid as “…”", "branded the vote “…”").</summary>
    public const string LabelVerbKind = "label-verb";

    private const int MinWords = 5;
    private const int MaxAttributionTokens = 16;

    /// <summary>The shared word facts: only a token with <see cref="VoiceFacts.QuoteCueStart"/> can start a cue.</summary>
    private readonly VoiceWords shared;
    private readonly CuePhrases speechVerbs;
    private readonly CuePhrases intros;
    private readonly CuePhrases accordingTo;
    private readonly CuePhrases pronouns;
    private readonly CuePhrases labelVerbs;
    private readonly ImmutableArray<(CuePhrases Phrase, ImmutableArray<string> Titles)> roles;
    private readonly Dictionary<string, string> instrumentNames;
    private readonly HashSet<string> nationalities;

    /// <summary>Compiles the cue lists from <paramref name="lexicons"/>.</summary>
    public QuoteStage(LexiconSet lexicons)
    {
        ArgumentNullException.ThrowIfNull(lexicons);
        shared = VoiceWords.For(lexicons);
        speechVerbs = CuePhrases.Of(lexicons, NameCues.SpeechVerbKind);
        intros = CuePhrases.Of(lexicons, QuoteIntroKind);
        accordingTo = CuePhrases.Of(lexicons, AccordingToKind);
        pronouns = CuePhrases.Of(lexicons, SpeakerPronounKind);
        labelVerbs = CuePhrases.Of(lexicons, LabelVerbKind);
        roles = [.. lexicons.OfKind(SpeakerRoleKind).Select(e => (
            CuePhrases.Of(new LexiconSet([e with { Aliases = [] }]), SpeakerRoleKind),
            e.Aliases))];
        instrumentNames = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var instrument in lexicons.OfKind("instrument"))
        {
            instrumentNames.TryAdd(instrument.Attribute("id") ?? instrument.Name, instrument.Name);
        }

        nationalities = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var country in lexicons.OfKind("country"))
        {
            foreach (var key in (ReadOnlySpan<string>)["adj", "demonym"])
            {
                foreach (var form in (country.Attribute(key) ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
                {
                    nationalities.Add(form);
                }
            }
        }
    }

    /// <summary>The direct quotations of the document, in text order.</summary>
    public ImmutableArray<Quote> Find(
        TextLayer layer,
        ImmutableArray<PersonMention> persons,
        ImmutableArray<OrganizationMention> organizations,
        ImmutableArray<LegalCitation> legal,
        Issuer? issuer)
    {
        ArgumentNullException.ThrowIfNull(layer);
        // Found once per document: the claim and demand stages read the same marks.
        return Find(layer, persons, organizations, legal, issuer, VoiceTokens.For(layer).Marks());
    }

    /// <summary>As the public overload, with the document's quotation marks (<see cref="QuoteMarks.Find"/>)
    /// found once by the caller and shared with the claim and demand stages.</summary>
    internal ImmutableArray<Quote> Find(
        TextLayer layer,
        ImmutableArray<PersonMention> persons,
        ImmutableArray<OrganizationMention> organizations,
        ImmutableArray<LegalCitation> legal,
        Issuer? issuer,
        ImmutableArray<QuoteMarks.Piece> pieces)
    {
        ArgumentNullException.ThrowIfNull(layer);
        var context = new Context(layer, persons, organizations, legal, issuer);
        var quotes = ImmutableArray.CreateBuilder<Quote>();
        var at = 0;
        while (at < pieces.Length)
        {
            var end = at;
            while (end + 1 < pieces.Length && pieces[end + 1].Group == pieces[at].Group)
            {
                end++;
            }

            var group = pieces.AsSpan(at, end - at + 1);
            var multi = group.Length > 1 || !group[0].Closed;
            var speech = multi || IsSpeech(layer.Text, group[0].Inner);
            if (speech || IsQuotedPhrase(layer.Text, group[0].Inner))
            {
                var (speaker, attribution, window) = Speaker(context, group);

                // “…” and “…”: a phrase joined to the quotation just before it shares its speaker.
                if (speaker is null && quotes.Count > 0 && Coordinated(layer.Text, quotes[^1].Text.End, group[0].Inner.Start))
                {
                    (speaker, attribution, window) = (quotes[^1].Speaker, quotes[^1].Attribution, null);
                }

                // A few words quoted inside a sentence ("called the raid “a crime”") are the speaker's only when
                // the sentence itself attributes them; otherwise they are scare quotes or a cited term.
                // A possessive before the marks ("the mayor's “cleansing” remark") gives the words to its owner,
                // not to the subject of the sentence.
                var attributed = attribution is "said-before" or "said-after";
                if (!speech && (speaker is null || !attributed || AfterPossessive(layer.Text, group[0].Inner.Start - 1)))
                {
                    at = end + 1;
                    continue;
                }

                if (speaker is null && !multi && !EndsSentence(layer.Text, group[0].Inner))
                {
                    // A quoted headline or phrase with nobody to say it is a citation, not speech.
                    at = end + 1;
                    continue;
                }

                foreach (var piece in group)
                {
                    var inner = Trim(layer.Text, piece.Inner);
                    if (inner.IsEmpty)
                    {
                        continue;
                    }

                    var spans = window is { } w ? ImmutableArray.Create(inner, w) : [inner];
                    quotes.Add(new Quote(inner, speaker, attribution, new Evidence(spans, "quote." + attribution)));
                }
            }

            at = end + 1;
        }

        return quotes.ToImmutable();
    }

    /// <summary>True when a quoted stretch reads as speech rather than a name, title or scare-quoted phrase.</summary>
    internal static bool IsSpeech(string text, Span inner)
    {
        var s = inner.In(text).Trim();
        var words = 0;
        var titleCase = true;
        var longWords = 0;
        var capitalisedLongWords = 0;
        var comma = false;
        var inWord = false;
        for (var k = 0; k < s.Length; k++)
        {
            var c = s[k];
            if (char.IsLetterOrDigit(c))
            {
                if (!inWord)
                {
                    words++;
                    var runEnd = k;
                    while (runEnd < s.Length && char.IsLetter(s[runEnd]))
                    {
                        runEnd++;
                    }

                    // Short function words ("of", "on", "the") stay lower case in titles.
                    if (runEnd - k > 3)
                    {
                        longWords++;
                        if (char.IsLower(c))
                        {
                            titleCase = false;
                        }
                        else
                        {
                            capitalisedLongWords++;
                        }
                    }

                    // Past eight words with a long lower-case one, nothing further can make it a name or a title:
                    // the answer is known without reading the rest of a long quotation.
                    if (!titleCase && words > 8 && words >= MinWords)
                    {
                        return true;
                    }
                }

                inWord = true;
            }
            else if (!(c is '\'' or '’' or '-'))
            {
                inWord = false;
                comma |= c == ',' && k < s.Length - 1;
            }
        }

        if (words == 0 || titleCase)
        {
            return false;
        }

        var trimmed = s.TrimEnd("\"”’'» ,");
        var sentenceFinal = trimmed.Length > 0 && trimmed[^1] is '.' or '!' or '?';

        // A name with lower-case linking words ("Protection of Rights without Borders") is mostly capitalised,
        // has no clause break and does not end a sentence.
        if (!sentenceFinal && !comma && words <= 8 && capitalisedLongWords * 5 >= longWords * 3)
        {
            return false;
        }

        return words >= MinWords || (sentenceFinal && words >= 2);
    }

    /// <summary>True when a quoted stretch too short or too capitalised for <see cref="IsSpeech"/> still reads as
    /// ordinary words rather than a name or title: its first word of four letters or more is lower case
    /// ("a deliberate provocation", "the persecution of X in Y"; not "Open Sky", "Rights without Borders").</summary>
    internal static bool IsQuotedPhrase(string text, Span inner)
    {
        var s = inner.In(text);
        for (var k = 0; k < s.Length; k++)
        {
            if (!char.IsLetter(s[k]) || (k > 0 && char.IsLetter(s[k - 1])))
            {
                continue;
            }

            var runEnd = k;
            while (runEnd < s.Length && char.IsLetter(s[runEnd]))
            {
                runEnd++;
            }

            if (runEnd - k > 3)
            {
                return char.IsLower(s[k]);
            }
        }

        return false;
    }

    /// <summary>True when only quotation marks, spaces, a comma and "and" or "or" stand between the end of one
    /// quotation and the start of the next.</summary>
    private static bool Coordinated(string text, int previousEnd, int nextStart)
    {
        if (nextStart <= previousEnd)
        {
            return false;
        }

        var between = text.AsSpan(previousEnd, nextStart - previousEnd).Trim("\"'“”‘’«»„ ,\t");
        return between.IsEmpty || between is "and" or "or";
    }

    /// <summary>True when the text before the opening mark at <paramref name="mark"/> ends with a possessive "'s".</summary>
    private static bool AfterPossessive(string text, int mark)
    {
        var before = text.AsSpan(0, Math.Max(0, mark)).TrimEnd();
        return before.Length > 2 && before[^1] is 's' or 'S' && before[^2] is '\'' or '’' && char.IsLetter(before[^3]);
    }

    private static bool EndsSentence(string text, Span inner)
    {
        var s = inner.In(text).TrimEnd("\"”’'» ");
        return s.Length > 0 && s[^1] is '.' or '!' or '?';
    }

    private static Span Trim(string text, Span span)
    {
        var start = span.Start;
        var end = span.End;
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        while (end > start && (char.IsWhiteSpace(text[end - 1]) || text[end - 1] == ','))
        {
            end--;
        }

        return Span.FromBounds(start, end);
    }

    private (string? Speaker, string Attribution, Span? Window) Speaker(Context context, ReadOnlySpan<QuoteMarks.Piece> group)
    {
        var layer = context.Layer;
        var first = group[0].Inner;
        var last = group[^1].Inner;

        // The group's own voice ("As representatives of X, we …") or a quoted legal provision name the speaker
        // more surely than any attribution around the marks.
        if (context.Issuer is { Kind: IssuerKind.CivilSociety } issuer && !issuer.Evidence.Spans.IsEmpty)
        {
            foreach (var piece in group)
            {
                if (piece.Inner.Contains(issuer.Evidence.Primary))
                {
                    return (issuer.Name, "own-voice", null);
                }
            }
        }

        foreach (var citation in context.Legal)
        {
            if (citation.Quoted is { } quoted && quoted.Overlaps(first) && instrumentNames.TryGetValue(citation.Instrument, out var instrument))
            {
                return (instrument, "legal-provision", citation.Evidence.Primary);
            }
        }

        // After the closing mark: "…," X said / said X / X tweeted.
        if (group[^1].Closed && last.End + 1 < layer.Text.Length)
        {
            var from = last.End + 1;
            var sentence = SentenceAt(layer, from);
            var stop = Math.Min(sentence.Span.End, NextMark(layer.Text, from, sentence.Span.End));

            // "… “words” while …, according to X": the source named by "according to" speaks the words even when
            // other clauses stand between them.
            if (stop > from && AccordingToEnd(layer, from, stop) is { } source && Resolve(context, source, stop, first.Start) is { } cited)
            {
                return (cited, "said-after", Span.FromBounds(from, stop));
            }

            // Only a quotation that ends its clause is attributed by what follows ("…,” X said); one that runs on
            // into the sentence ("called it “a crime” and asked …") is attributed before the marks.
            if (stop > from && ClauseEnds(layer.Text, last, from) && HasCue(layer, from, stop)
                && Resolve(context, from, stop, first.Start) is { } after)
            {
                return (after, "said-after", Span.FromBounds(from, stop));
            }
        }

        // Before the opening mark, in the same sentence: X said: "…" / according to X, "…".
        var openAt = first.Start - 1;
        var own = SentenceAt(layer, Math.Max(0, openAt));
        if (openAt > own.Span.Start)
        {
            var from = Math.Max(own.Span.Start, PreviousMark(layer.Text, own.Span.Start, openAt));
            var colon = layer.Text.AsSpan(from, openAt - from).TrimEnd().EndsWith(":");
            var cued = HasCue(layer, from, openAt);

            // No known mention: the subject of the speech verb is the speaker as the text names it ("Local officials
            // said …", "The village council wrote …").
            if ((colon || cued)
                && (Resolve(context, from, openAt, first.Start) ?? (cued && from == own.Span.Start ? SubjectPhrase(layer, from, openAt) : null)) is { } before)
            {
                return (before, "said-before", Span.FromBounds(from, openAt));
            }
        }

        // The sentence that introduces the quotation: "The head of state reminded that …:".
        if (PreviousSentence(layer, own, openAt) is { } previous)
        {
            var span = previous.Span;
            var endsWithColon = layer.Text.AsSpan(span.Start, span.Length).TrimEnd().EndsWith(":");
            if ((endsWithColon || HasCue(layer, span.Start, span.End))
                && Resolve(context, span.Start, span.End, first.Start) is { } introduced)
            {
                return (introduced, "introduced", span);
            }
        }

        return (null, "none", null);
    }

    private bool HasCue(TextLayer layer, int from, int stop)
    {
        var tokens = layer.Tokens;

        // The document's token facts, found by the first stage to ask, tell which tokens can start a cue at all.
        var facts = VoiceTokens.Of(layer, shared);
        for (var k = TokenAt(layer, from); k < tokens.Length && tokens[k].Span.Start < stop; k++)
        {
            if (facts.Has(k, VoiceFacts.QuoteCueStart) && (IsCue(layer, k) || accordingTo.MatchAt(layer, k) > 0))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when a verb that reports or labels speech starts at token <paramref name="k"/>.</summary>
    private bool IsCue(TextLayer layer, int k) =>
        speechVerbs.MatchAt(layer, k) > 0 || intros.MatchAt(layer, k) > 0 || labelVerbs.MatchAt(layer, k) > 0;

    /// <summary>The end of an "according to" cue in <c>[from, stop)</c>, or null.</summary>
    private int? AccordingToEnd(TextLayer layer, int from, int stop)
    {
        var tokens = layer.Tokens;
        var facts = VoiceTokens.Of(layer, shared);
        for (var k = TokenAt(layer, from); k < tokens.Length && tokens[k].Span.Start < stop; k++)
        {
            if (facts.Has(k, VoiceFacts.QuoteCueStart) && accordingTo.MatchAt(layer, k) is > 0 and var length)
            {
                return tokens[k + length - 1].Span.End;
            }
        }

        return null;
    }

    /// <summary>True when the quotation <paramref name="inner"/> ends a clause: its words end in punctuation, or
    /// punctuation follows the closing mark at <paramref name="after"/> - 1.</summary>
    private static bool ClauseEnds(string text, Span inner, int after)
    {
        var words = inner.In(text).TrimEnd();
        if (words.Length > 0 && words[^1] is ',' or '.' or '!' or '?' or ';' or ':' or '…' or '—' or '–' or '-')
        {
            return true;
        }

        var k = after;
        while (k < text.Length && text[k] is ' ' or '\t' or '\u00A0')
        {
            k++;
        }

        return k < text.Length && text[k] is ',' or '.' or '!' or '?' or ';' or ':' or '—' or '–' or '-' or ')' or '\n' or '\r';
    }

    /// <summary>The subject of the first speech verb of the sentence part <c>[from, stop)</c> as the text names it,
    /// when it is a short noun phrase opening with a capital: "Local officials", "Bolivian embassy in Lima"
    /// (a leading "The" and trailing auxiliaries dropped, a phrase of place or manner with a lower-case object
    /// such as "on social media" cut). Null for pronouns, clauses and anything with a comma.</summary>
    private string? SubjectPhrase(TextLayer layer, int from, int stop)
    {
        var tokens = layer.Tokens;
        var first = TokenAt(layer, from);
        var verb = -1;
        var facts = VoiceTokens.Of(layer, shared);
        for (var k = first; k < tokens.Length && tokens[k].Span.Start < stop; k++)
        {
            if (facts.Has(k, VoiceFacts.QuoteCueStart) && IsCue(layer, k))
            {
                verb = k;
                break;
            }
        }

        var end = verb;
        while (end > first && IsAuxiliary(layer.TokenLower(end - 1)))
        {
            end--;
        }

        var start = first;
        if (start < end && layer.TokenLower(start) is "the")
        {
            start++;
        }

        if (start >= end || end - start > 8 || tokens[start].Shape is not (TokenShape.Capitalized or TokenShape.AllCaps or TokenShape.Mixed))
        {
            return null;
        }

        for (var k = start; k < end; k++)
        {
            if (tokens[k].Shape is TokenShape.Punctuation or TokenShape.Symbol or TokenShape.Number or TokenShape.Other)
            {
                return null;
            }

            if (k > start && IsPreposition(layer.TokenLower(k)) && (k + 1 >= end || tokens[k + 1].Shape == TokenShape.Lower))
            {
                end = k;
                break;
            }
        }

        if (end - start == 1 && IsPronoun(layer.TokenLower(start)))
        {
            return null;
        }

        return layer.Text[tokens[start].Span.Start..tokens[end - 1].Span.End];
    }

    private static bool IsAuxiliary(ReadOnlySpan<char> word) =>
        word is "has" or "have" or "had" or "is" or "are" or "was" or "were" or "will" or "would" or "also" or "again" or "then";

    private static bool IsPreposition(ReadOnlySpan<char> word) =>
        word is "of" or "on" or "in" or "at" or "to" or "from" or "by" or "with" or "for" or "via" or "through";

    private static bool IsPronoun(ReadOnlySpan<char> word) =>
        word is "he" or "she" or "it" or "they" or "we" or "i" or "you" or "this" or "that" or "these" or "those" or "who" or "which";

    /// <summary>The speaker named in <c>[from, stop)</c>: the first mention, pronoun or definite description
    /// there, resolved to a full name.</summary>
    private string? Resolve(Context context, int from, int stop, int quoteStart)
    {
        var layer = context.Layer;
        var tokens = layer.Tokens;
        // A named person in the attribution is the speaker even after the body they speak for
        // ("police chief Major X told …", "the association's chair, X, said").
        foreach (var person in context.Persons)
        {
            foreach (var span in person.Evidence.Spans)
            {
                if (span.Start >= from && span.End <= stop)
                {
                    return person.Name;
                }
            }
        }

        var counted = 0;
        for (var k = TokenAt(layer, from); k < tokens.Length && tokens[k].Span.Start < stop && counted < MaxAttributionTokens * 2; k++, counted++)
        {
            var start = tokens[k].Span.Start;

            foreach (var organization in context.Organizations)
            {
                if (organization.Evidence.Primary.Start == start)
                {
                    return organization.Name;
                }
            }

            foreach (var citation in context.Legal)
            {
                if (citation.Evidence.Primary.Start == start && instrumentNames.TryGetValue(citation.Instrument, out var instrument))
                {
                    return instrument;
                }
            }

            // "It said …" speaks for the body that opens one of the sentences before.
            if (layer.TokenLower(k) is "it" && k + 1 < tokens.Length && speechVerbs.MatchAt(layer, k + 1) > 0
                && RecentBody(context, quoteStart) is { } subject)
            {
                return subject;
            }

            if (pronouns.IsWord(layer, k))
            {
                return RecentSubject(context, quoteStart) ?? NearestPerson(context, quoteStart, static (_, _) => true, default);
            }

            foreach (var (phrase, titles) in roles)
            {
                if (phrase.MatchAt(layer, k) > 0)
                {
                    return NearestPerson(context, quoteStart, static (person, titles) => HasTitle(person, titles), titles);
                }
            }

            var definite = k > 0 && layer.TokenLower(k - 1).SequenceEqual("the");
            if (definite && tokens[k].Shape is TokenShape.Lower or TokenShape.Capitalized)
            {
                var word = layer.TokenText(k).ToString();
                if (word.Length > 3 && NearestPerson(context, quoteStart, static (person, titles) => HasTitle(person, titles), [word]) is { } titled)
                {
                    return titled;
                }

                // A nation's adjective qualifies the noun after it ("the X embassy"): it is no word of a body's name
                // to look for, or a body named after the nation's people would speak for every X embassy.
                if (word.Length > 3 && !nationalities.Contains(word) && NearestOrganization(context, quoteStart, word) is { } body)
                {
                    return body;
                }
            }

            // A surname alone ("Aliyeva said") names the person introduced earlier in full.
            if (tokens[k].Shape is TokenShape.Capitalized)
            {
                var surname = layer.TokenText(k);
                foreach (var person in context.Persons)
                {
                    var name = person.Name.AsSpan();
                    var space = name.LastIndexOf(' ');
                    if (space > 0 && name[(space + 1)..].SequenceEqual(surname))
                    {
                        return person.Name;
                    }
                }
            }
        }

        return null;
    }

    /// <summary>The person who opens one of the last few sentences before the quotation: "he" and "she" refer
    /// back to a subject far more often than to the object mentioned last.</summary>
    private static string? RecentSubject(Context context, int quoteStart)
    {
        var layer = context.Layer;
        var sentences = layer.Sentences;
        var seen = 0;
        for (var s = LastSentenceBefore(sentences, quoteStart); s >= 0 && seen < 5; s--)
        {
            var sentence = sentences[s];

            seen++;
            var stop = Math.Min(sentence.EndToken, sentence.FirstToken + 6);
            for (var k = sentence.FirstToken; k < stop; k++)
            {
                if (PersonAt(context, k) is { } person)
                {
                    return person;
                }
            }
        }

        return null;
    }

    /// <summary>The organisation that opens one of the last few sentences before the quotation, named or as a
    /// definite description ("The council met …"): "it" refers back to such a subject.</summary>
    private string? RecentBody(Context context, int quoteStart)
    {
        var layer = context.Layer;
        var sentences = layer.Sentences;
        var seen = 0;
        for (var s = LastSentenceBefore(sentences, quoteStart); s >= 0 && seen < 3; s--)
        {
            var sentence = sentences[s];

            seen++;
            var stop = Math.Min(sentence.EndToken, sentence.FirstToken + 5);
            for (var k = sentence.FirstToken; k < stop; k++)
            {
                var start = layer.Tokens[k].Span.Start;
                foreach (var organization in context.Organizations)
                {
                    if (organization.Evidence.Primary.Start == start)
                    {
                        return organization.Name;
                    }
                }

                if (k > sentence.FirstToken && layer.TokenLower(k - 1) is "the" && layer.Tokens[k].Shape == TokenShape.Lower
                    && layer.TokenText(k).Length > 3 && NearestOrganization(context, quoteStart, layer.TokenText(k).ToString()) is { } body)
                {
                    return body;
                }
            }
        }

        return null;
    }

    /// <summary>The person whose mention or surname starts at token <paramref name="k"/>.</summary>
    private static string? PersonAt(Context context, int k)
    {
        var layer = context.Layer;
        var start = layer.Tokens[k].Span.Start;
        var word = layer.TokenText(k);
        foreach (var person in context.Persons)
        {
            foreach (var span in person.Evidence.Spans)
            {
                if (span.Start == start)
                {
                    return person.Name;
                }
            }

            var name = person.Name.AsSpan();
            var space = name.LastIndexOf(' ');
            if (space > 0 && layer.Tokens[k].Shape is TokenShape.Capitalized && name[(space + 1)..].SequenceEqual(word))
            {
                return person.Name;
            }
        }

        return null;
    }

    private static bool HasTitle(PersonMention person, ImmutableArray<string> titles)
    {
        if (person.Role is not { } role)
        {
            return false;
        }

        foreach (var title in titles)
        {
            if (role.Contains(title, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The matching person mentioned last before <paramref name="quoteStart"/>, else the first after.</summary>
    private static string? NearestPerson(Context context, int quoteStart, Func<PersonMention, ImmutableArray<string>, bool> fits, ImmutableArray<string> titles)
    {
        string? before = null;
        var beforeAt = -1;
        string? after = null;
        var afterAt = int.MaxValue;
        foreach (var person in context.Persons)
        {
            if (!fits(person, titles))
            {
                continue;
            }

            foreach (var span in person.Evidence.Spans)
            {
                if (span.Start < quoteStart && span.Start > beforeAt)
                {
                    (before, beforeAt) = (person.Name, span.Start);
                }
                else if (span.Start >= quoteStart && span.Start < afterAt)
                {
                    (after, afterAt) = (person.Name, span.Start);
                }
            }
        }

        return before ?? after;
    }

    private static string? NearestOrganization(Context context, int quoteStart, string word)
    {
        string? before = null;
        var beforeAt = -1;
        string? after = null;
        var afterAt = int.MaxValue;
        foreach (var organization in context.Organizations)
        {
            if (!ContainsWord(organization.Name, word))
            {
                continue;
            }

            foreach (var span in organization.Evidence.Spans)
            {
                if (span.Start < quoteStart && span.Start > beforeAt)
                {
                    (before, beforeAt) = (organization.Name, span.Start);
                }
                else if (span.Start >= quoteStart && span.Start < afterAt)
                {
                    (after, afterAt) = (organization.Name, span.Start);
                }
            }
        }

        return before ?? after;
    }

    private static bool ContainsWord(string name, string word)
    {
        var at = name.IndexOf(word, StringComparison.OrdinalIgnoreCase);
        while (at >= 0)
        {
            var end = at + word.Length;
            if ((at == 0 || !char.IsLetter(name[at - 1])) && (end == name.Length || !char.IsLetter(name[end])))
            {
                return true;
            }

            at = name.IndexOf(word, at + 1, StringComparison.OrdinalIgnoreCase);
        }

        return false;
    }

    private static int NextMark(string text, int from, int stop)
    {
        for (var k = from; k < stop; k++)
        {
            if (text[k] is '"' or '“' or '„' or '«' or '\n')
            {
                return k;
            }
        }

        return stop;
    }

    private static int PreviousMark(string text, int floor, int before)
    {
        for (var k = before - 1; k >= floor; k--)
        {
            if (text[k] is '"' or '”' or '»' or '\n')
            {
                return k + 1;
            }
        }

        return floor;
    }

    private static Sentence SentenceAt(TextLayer layer, int offset)
    {
        var sentences = layer.Sentences;
        var lo = 0;
        var hi = sentences.Length - 1;
        while (lo < hi)
        {
            var mid = (lo + hi + 1) / 2;
            if (sentences[mid].Span.Start <= offset)
            {
                lo = mid;
            }
            else
            {
                hi = mid - 1;
            }
        }

        return sentences.Length == 0 ? default : sentences[lo];
    }

    /// <summary>The sentence before the one holding the opening mark, when the quotation starts its sentence.</summary>
    private static Sentence? PreviousSentence(TextLayer layer, Sentence own, int openAt)
    {
        if (!layer.Text.AsSpan(own.Span.Start, Math.Max(0, openAt - own.Span.Start)).IsWhiteSpace())
        {
            return null;
        }

        var sentences = layer.Sentences;
        for (var s = LastSentenceBefore(sentences, own.Span.Start + 1); s >= 0; s--)
        {
            if (sentences[s].Span.End <= openAt && sentences[s].Span.Start < own.Span.Start + 1 && sentences[s] != own)
            {
                return sentences[s];
            }
        }

        return null;
    }

    /// <summary>The index of the last sentence that starts before <paramref name="offset"/>, or -1: the backward
    /// scans start there instead of skipping every later sentence of the document for each quotation.</summary>
    private static int LastSentenceBefore(ImmutableArray<Sentence> sentences, int offset)
    {
        var lo = 0;
        var hi = sentences.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) / 2;
            if (sentences[mid].Span.Start < offset)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo - 1;
    }

    private static int TokenAt(TextLayer layer, int offset)
    {
        var tokens = layer.Tokens.AsSpan();
        var lo = 0;
        var hi = tokens.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) / 2;
            if (tokens[mid].Span.End <= offset)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }

    private sealed record Context(
        TextLayer Layer,
        ImmutableArray<PersonMention> Persons,
        ImmutableArray<OrganizationMention> Organizations,
        ImmutableArray<LegalCitation> Legal,
        Issuer? Issuer);
}
