using System.Collections.Immutable;
using Attest.Lexicons;
using Attest.Model;
using Attest.Text;

namespace Attest.Attribution;

/// <summary>Finds speech acts: a speaker condemns, accuses, denies, welcomes, expresses concern, promises or warns,
/// with the target of the act and the span of what is said. A claim is stored as its speaker's, never as fact; it
/// is the document's own voice when the issuer speaks ("we condemn …", or the quotation of a group's own
/// statement) and reported speech otherwise ("the ministry condemned …", a quoted official).</summary>
/// <remarks>No claim is read from a negated or hypothetical verb ("did not condemn", "would welcome"), a passive
/// ("was condemned by"), a noun after a determiner ("the accused"), or a scare-quoted phrase. Words live in
/// <c>lexicons/speech-acts.tsv</c>; grammar words are shared with the demand stage. Immutable and thread-safe.</remarks>
public sealed class ClaimStage
{
    /// <summary>The lexicon kind read from speech-acts.tsv.</summary>
    public const string Kind = "speech-act";

    private const int MaxTargetTokens = 12;

    private readonly VoiceWords shared;
    private readonly PhraseTable acts;
    private readonly PhraseTable stops;

    /// <summary>The rule id of each speech-act entry (<c>claim.&lt;frame&gt;</c>), built once rather than per claim.</summary>
    private readonly Dictionary<LexiconEntry, string> ruleIds = new(ReferenceEqualityComparer.Instance);

    /// <summary>Compiles the speech-act vocabulary from <paramref name="lexicons"/>.</summary>
    public ClaimStage(LexiconSet lexicons)
    {
        ArgumentNullException.ThrowIfNull(lexicons);
        shared = VoiceWords.For(lexicons);
        acts = shared.SpeechActs;
        stops = shared.ClaimStops;
        foreach (var entry in lexicons.OfKind(Kind))
        {
            ruleIds.TryAdd(entry, RuleIdOf(entry));
        }
    }

    /// <summary>The claims of the document, in text order.</summary>
    public ImmutableArray<Claim> Find(
        TextLayer layer,
        ImmutableArray<Quote> quotes,
        Issuer? issuer,
        ImmutableArray<PersonMention> persons,
        ImmutableArray<OrganizationMention> organizations,
        ImmutableArray<PlaceMention> places) =>
        Find(layer, quotes, issuer, persons, organizations, places, default);

    /// <summary>As the public overload, with the document's quotation marks found once for every stage
    /// (default: found here when needed).</summary>
    internal ImmutableArray<Claim> Find(
        TextLayer layer,
        ImmutableArray<Quote> quotes,
        Issuer? issuer,
        ImmutableArray<PersonMention> persons,
        ImmutableArray<OrganizationMention> organizations,
        ImmutableArray<PlaceMention> places,
        ImmutableArray<QuoteMarks.Piece> marks)
    {
        ArgumentNullException.ThrowIfNull(layer);
        var facts = VoiceTokens.Of(layer, shared);
        var context = new VoiceContext(layer, quotes, issuer, persons, organizations, places, [], facts, marks);
        var tokens = layer.Tokens;
        // Made at the first claim: many documents make none.
        ImmutableArray<Claim>.Builder? claims = null;
        // Only a token whose word starts a speech act is looked up in the table, and only the tokens that start
        // some item are visited: the list holds them in text order, walked once beside the sentences.
        var tokenSpan = tokens.AsSpan();
        var lower = layer.Lower.AsSpan();
        var starts = facts.Starts;
        var next = 0;
        foreach (var s in layer.Sentences)
        {
            while (next < starts.Length && starts[next] < s.FirstToken)
            {
                next++;
            }

            for (; next < starts.Length && starts[next] < s.EndToken; next++)
            {
                var t = starts[next];
                if (!facts.Has(t, VoiceFacts.SpeechActStart))
                {
                    continue;
                }

                var token = tokenSpan[t];
                if (token.Shape is not (TokenShape.Lower or TokenShape.Capitalized or TokenShape.AllCaps))
                {
                    continue;
                }

                var n = acts.MatchAt(layer, t, s.EndToken, lower.Slice(token.Span.Start, token.Span.Length), out var entry);
                if (n == 0)
                {
                    continue;
                }

                var noun = entry!.Attribute("noun") == "yes";
                var adjective = entry.Attribute("frame") == "about";
                if (!Blocked(layer, context, s, t, noun, adjective) && Read(layer, facts, s, t, n, entry) is { } read)
                {
                    var (speaker, own) = context.SpeakerOf(s, t);
                    var content = Span.FromBounds(tokens[t].Span.Start, tokens[read.ContentEnd - 1].Span.End);
                    var spans = read.Target is { } target ? ImmutableArray.Create(content, target) : [content];
                    claims ??= ImmutableArray.CreateBuilder<Claim>();
                    claims.Add(new Claim(
                        speaker ?? context.Issuer?.Name ?? "",
                        ActOf(entry),
                        read.Target is { } span ? TargetText(layer, span) : null,
                        content,
                        own,
                        new Evidence(spans, ruleIds.TryGetValue(entry, out var ruleId) ? ruleId : RuleIdOf(entry))));
                }

                // The act's other tokens start nothing more.
                while (next + 1 < starts.Length && starts[next + 1] < t + n)
                {
                    next++;
                }
            }
        }

        return claims is null ? [] : claims.ToImmutable();
    }

    private static string RuleIdOf(LexiconEntry entry) => "claim." + (entry.Attribute("frame") ?? "object");

    private static ClaimAct ActOf(LexiconEntry entry) => entry.Attribute("act") switch
    {
        "accuses" => ClaimAct.Accuses,
        "denies" => ClaimAct.Denies,
        "welcomes" => ClaimAct.Welcomes,
        "expresses_concern" => ClaimAct.ExpressesConcern,
        "promises" => ClaimAct.Promises,
        "warns" => ClaimAct.Warns,
        _ => ClaimAct.Condemns,
    };

    private static bool Blocked(TextLayer layer, VoiceContext context, Sentence s, int t, bool noun, bool adjective)
    {
        var tokens = layer.Tokens;
        var facts = context.Facts;
        var word = layer.TokenLower(t);

        // A participle may open a preamble clause ("welcoming the decision of …;"); a finite verb needs a subject.
        if (t == s.FirstToken && !noun && !word.EndsWith("ing"))
        {
            return true;
        }

        if (t > s.FirstToken)
        {
            var prev = t - 1;

            // "to condemn" is an act someone is asked or wants to do ("call on X to condemn"), "of denouncing" a
            // purpose, and a list item after "to:" an act asked for: none is said by the speaker.
            var head = prev;
            while (head > s.FirstToken && tokens[head].Shape == TokenShape.Lower && layer.TokenLower(head) is var h && (h.EndsWith("ly") || h is "and"))
            {
                head--;
            }

            if (layer.TokenLower(head) is "to" or "of" || (tokens[head].Has(TokenFlags.ListMarker) && !word.EndsWith("ing")))
            {
                return true;
            }

            var before = layer.TokenLower(prev);
            if (!noun && (facts.Has(prev, (VoiceFacts)DemandWords.Role.Determiner) || tokens[prev].Has(TokenFlags.Possessive)))
            {
                return true;
            }

            if (!noun && !adjective && word.EndsWith("ed") && before is "is" or "are" or "was" or "were" or "be" or "been" or "being")
            {
                return true;
            }
        }

        for (var k = t - 1; k >= s.FirstToken && k >= t - 4; k--)
        {
            if (tokens[k].Shape is TokenShape.Punctuation)
            {
                break;
            }

            var role = (DemandWords.Role)(ulong)(facts[k] & VoiceFacts.Roles);
            if ((role & DemandWords.Role.Negation) != 0 && !layer.TokenLower(k).SequenceEqual("without"))
            {
                return true;
            }

            if ((role & DemandWords.Role.Hypothetical) != 0 && layer.TokenLower(k + 1) is not ("like" or "wish"))
            {
                return true;
            }
        }

        return context.InQuotedPhrase(tokens[t].Span.Start);
    }

    private readonly record struct Reading(Span? Target, int ContentEnd);

    private Reading? Read(TextLayer layer, VoiceTokens facts, Sentence s, int t, int n, LexiconEntry entry)
    {
        var end = ContentEnd(layer, s, t + n);
        var p = SkipAdverbs(layer, facts, t + n, end);
        switch (entry.Attribute("frame"))
        {
            case "about":
                {
                    if (p < end && IsAboutPreposition(layer.TokenLower(p)))
                    {
                        return new Reading(NounPhrase(layer, facts, p + 1, end), end);
                    }

                    // "condemnation of" carries its preposition in the phrase.
                    return layer.TokenLower(t + n - 1) is "of" ? new Reading(NounPhrase(layer, facts, p, end), end) : null;
                }

            case "of":
                {
                    var target = NounPhrase(layer, facts, p, end, stopAt: "of", alsoStopAt: "for");
                    return new Reading(target, end);
                }

            case "responsible":
                {
                    for (var k = p; k < end && k < p + MaxTargetTokens; k++)
                    {
                        if (layer.TokenLower(k) is "responsible" or "accountable" or "liable")
                        {
                            return k > p ? new Reading(Trim(layer, p, k), end) : null;
                        }
                    }

                    return null;
                }

            case "that":
                {
                    if (p >= end || layer.TokenLower(p) is "that" or "to" || layer.Tokens[p].Shape is TokenShape.Punctuation)
                    {
                        return new Reading(null, end);
                    }

                    return new Reading(NounPhrase(layer, facts, p, end), end);
                }

            default:
                {
                    var target = NounPhrase(layer, facts, p, end);
                    return target is null ? null : new Reading(target, end);
                }
        }
    }

    private static bool IsAboutPreposition(ReadOnlySpan<char> word) =>
        word is "about" or "over" or "at" or "by" or "regarding" or "concerning" or "with" or "vis-à-vis" or "for" or "that";

    private static int ContentEnd(TextLayer layer, Sentence s, int from)
    {
        for (var k = from; k < s.EndToken; k++)
        {
            if (layer.Tokens[k].Shape is TokenShape.Punctuation && layer.TokenLower(k) is ";" or "." or "!" or "?")
            {
                return Math.Max(from, k);
            }
        }

        return s.EndToken;
    }

    private static int SkipAdverbs(TextLayer layer, VoiceTokens facts, int k, int end)
    {
        while (k < end && layer.Tokens[k].Shape == TokenShape.Lower)
        {
            var w = layer.TokenLower(k);
            if ((w.Length > 4 && w.EndsWith("ly")) || facts.Has(k, (VoiceFacts)DemandWords.Role.Filler))
            {
                k++;
                continue;
            }

            break;
        }

        return k;
    }

    /// <summary>The noun phrase from <paramref name="first"/>: up to punctuation, a boundary word, a participle
    /// with its preposition ("committed against"), "and" before another speech act or demand verb, or twelve
    /// tokens.</summary>
    private Span? NounPhrase(TextLayer layer, VoiceTokens facts, int first, int end, string? stopAt = null, string? alsoStopAt = null)
    {
        var tokens = layer.Tokens;
        var k = first;
        for (; k < end && k < first + MaxTargetTokens; k++)
        {
            var w = layer.TokenLower(k);
            if (tokens[k].Shape is TokenShape.Punctuation && !tokens[k].Has(TokenFlags.Possessive) && w is not ("-" or "/"))
            {
                break;
            }

            if (k > first && (facts.Has(k, (VoiceFacts)DemandWords.Role.Boundary) || w is "that" or "as" || w.SequenceEqual(stopAt) || w.SequenceEqual(alsoStopAt)))
            {
                break;
            }

            if (k > first && w.EndsWith("ed") && k + 1 < end && layer.TokenLower(k + 1) is "by" or "against" or "in" or "on" or "at" or "during" or "from")
            {
                break;
            }

            if (w is "and" or "but" && k + 1 < end && facts.Has(k + 1, VoiceFacts.SpeechActStart | VoiceFacts.DemandVerbStart)
                && stops.MatchAt(layer, k + 1, end, out _) > 0)
            {
                break;
            }
        }

        // A phrase never ends on a preposition or conjunction, nor on a determiner where the token limit cut it
        // ("the Embassy of X in"), and the limit never cuts a name in two ("in the Islamic | Republic of Y"): the
        // part of the name before the cut goes with the rest, so a longer name before the cut does not move the
        // end by a word.
        var cut = k == first + MaxTargetTokens && k < end;
        if (cut && IsNameWord(layer, k))
        {
            while (k > first + 1 && (IsNameWord(layer, k - 1)
                || (layer.TokenLower(k - 1) is "of" or "the" && k - 2 > first && IsNameWord(layer, k - 2))))
            {
                k--;
            }
        }

        while (k > first + 1 && (facts.Has(k - 1, (VoiceFacts)DemandWords.Role.Connective) || (cut && facts.Has(k - 1, (VoiceFacts)DemandWords.Role.Determiner))))
        {
            k--;
        }

        return k > first ? Trim(layer, first, k) : null;
    }

    private static bool IsNameWord(TextLayer layer, int k) => layer.Tokens[k].Shape is TokenShape.Capitalized or TokenShape.AllCaps;

    private static Span Trim(TextLayer layer, int first, int stop)
    {
        if (stop - first > 1 && layer.TokenLower(first) is "the")
        {
            first++;
        }

        return Span.FromBounds(layer.Tokens[first].Span.Start, layer.Tokens[stop - 1].Span.End);
    }

    private static string TargetText(TextLayer layer, Span span)
    {
        var text = span.In(layer.Text);
        return PlainSpacing.IsPlain(text)
            ? text.ToString()
            : string.Join(' ', text.ToString().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
    }
}
