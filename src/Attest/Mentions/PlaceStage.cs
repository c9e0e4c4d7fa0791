using System.Collections.Immutable;
using System.Globalization;
using System.Runtime.InteropServices;
using Attest.Lexicons;
using Attest.Model;
using Attest.Text;

namespace Attest.Mentions;

/// <summary>Finds the countries, regions, cities and towns a document names, with their ISO country code and
/// coordinates, and the diplomatic missions it names with their owner and host. Built once from the analyzer's
/// lexicon matcher; immutable and thread-safe.</summary>
/// <remarks>
/// <para>Rules, in order:</para>
/// <list type="number">
/// <item>A lexicon match of kind <c>country</c>, <c>city</c> or <c>region</c> written as a name or alias is a
/// place. Adjectives and demonyms ("Azerbaijani embassy", "Armenians") are not: they qualify or name people.
/// A form that is both ("U.S.") is an adjective when the next word is one it can qualify ("U.S. troops") and a
/// place otherwise ("the U.S. and France", "in the U.S."). Macro-regions (type <c>macro_region</c>: "Middle
/// East", "South Caucasus") span states and are not places of anything a report records.</item>
/// <item>A name that is also a given name or surname (<c>homonym=</c>) is not a place next to an unknown
/// capitalised word that would complete a person's name ("Jordan Peterson").</item>
/// <item>A place followed by an unknown capitalised word opens a longer proper name ("Helsinki Citizens
/// Assembly", "Paris Agreement"). It counts only as a local qualifier: when its country is one the document
/// names elsewhere (a town in a local NGO's name), not when it is a foreign eponym.</item>
/// <item>A form shared by several entries is resolved by context: an entry whose country the document names
/// unambiguously elsewhere wins, then the entry whose name is the form (the default reading), then the first.</item>
/// <item>A compound of place names ("Armenia-Azerbaijan border") names each part.</item>
/// <item>Places the lexicon does not know are taken where the text marks them: "the village of X", "X
/// district", "X and Y districts", and an organisation's branch line "Name – Town". Their country is the one of
/// the nearest known place before them, else after them.</item>
/// </list>
/// <para>Names: a country or city is reported by its lexicon name ("Republic of Armenia" → Armenia, "Kiev" →
/// Kyiv); a region as written, because its forms are different names rather than spellings ("Artsakh",
/// "Kalbajar"); a shared form read as its qualified entry as written ("Tripoli", not "Tripoli (Lebanon)").</para>
/// </remarks>
public sealed class PlaceStage
{
    private const string CountryKind = "country";
    private const string CityKind = "city";
    private const string RegionKind = "region";
    private const string InstrumentKind = "instrument";

    private readonly LexiconMatcher matcher;
    private readonly Dictionary<LexiconEntry, PlaceInfo> places = new(ReferenceEqualityComparer.Instance);

    /// <summary>Entries of other kinds that have a place name inside one of their forms ("Ministry of Defence
    /// of X"); only their matches are searched for places inside.</summary>
    private readonly HashSet<LexiconEntry> placeBearing = new(ReferenceEqualityComparer.Instance);

    /// <summary>The sets and lists <see cref="Find"/> fills per document, kept per thread and cleared, so a stream
    /// of documents does not build them (and grow them) for each. Taken while in use, so a nested call makes its own.</summary>
    [ThreadStatic]
    private static Scratch? spareScratch;

    private readonly Func<LexiconEntry, bool> isPlace;

    /// <summary>Creates the stage over the analyzer's one matcher.</summary>
    public PlaceStage(LexiconMatcher matcher)
    {
        ArgumentNullException.ThrowIfNull(matcher);
        this.matcher = matcher;
        isPlace = IsPlace;
        foreach (var entry in matcher.Entries)
        {
            if (entry.Kind is CountryKind or CityKind or RegionKind)
            {
                places[entry] = PlaceInfo.Of(entry);
            }
        }

        foreach (var entry in matcher.Entries)
        {
            if (!places.ContainsKey(entry) && entry.Aliases.Prepend(entry.Name).Any(HasPlaceInside))
            {
                placeBearing.Add(entry);
            }
        }
    }

    /// <summary>The places and missions of one document.</summary>
    /// <param name="layer">The document's text layer.</param>
    /// <param name="matches">The analyzer's lexicon matches over <paramref name="layer"/>.</param>
    public PlaceResult Find(TextLayer layer, ImmutableArray<LexiconMatch> matches)
    {
        ArgumentNullException.ThrowIfNull(layer);
        var tokens = layer.Tokens;
        if (tokens.IsEmpty)
        {
            return PlaceResult.Empty;
        }

        var scratch = spareScratch ?? new Scratch();
        spareScratch = null;
        using var context = new PlaceContext(layer, matches, scratch.CompoundTokens, scratch.DescriptorTokens, scratch.MissionTokens);

        // Countries the document names without doubt: the context for ambiguous forms. Local ones also count
        // the countries it names by adjective or demonym: the context for a place that opens a longer name.
        var known = scratch.Known;
        var knownWithin = scratch.KnownWithin;
        var local = scratch.Local;
        var candidates = scratch.Candidates;
        known.Clear();
        knownWithin.Clear();
        local.Clear();
        candidates.Clear();
        for (var m = 0; m < matches.Length; m++)
        {
            if (ToCandidate(context, m, local) is { } candidate)
            {
                candidates.Add(candidate);
            }
        }

        AddNamesInNames(context, candidates);
        AddCompounds(context, candidates);

        foreach (var candidate in candidates)
        {
            if (!candidate.Embedded && SingleCountry(candidate.Hits) is { } country)
            {
                known.Add(country);
                if (places[candidate.Hits[0].Entry].Kind != CountryKind)
                {
                    knownWithin.Add(country);
                }
            }
        }

        foreach (var country in known)
        {
            local.Add(country);
        }

        var mentions = scratch.Mentions;
        mentions.Clear();
        foreach (var candidate in candidates)
        {
            var hit = candidate.Hits.Length > 1 && ResolveInSentence(context, candidate) is { } inSentence ? inSentence : Resolve(candidate.Hits, known, knownWithin);
            var info = places[hit.Entry];
            if (candidate.Embedded && (info.Country is null || !local.Contains(info.Country)))
            {
                continue;
            }

            var name = info.Kind == RegionKind || hit.Form == LexiconForm.AmbiguousAlias ? Written(layer, candidate.Span) : hit.Entry.Name;
            var rule = RuleId(candidate.Embedded ? "place.qualifier" : candidate.Rule, info.Kind);
            mentions.Add((candidate.FirstToken, new PlaceMention(name, info.Country, info.Point, Evidence.Of(candidate.Span, rule))));
        }

        mentions.Sort(static (a, b) => a.Token != b.Token ? a.Token.CompareTo(b.Token) : a.Mention.Evidence.Primary.Start.CompareTo(b.Mention.Evidence.Primary.Start));
        var unknown = scratch.Unknown;
        unknown.Clear();
        AddBranchSuffixes(context, unknown);
        AddMarkedPlaces(context, unknown);
        if (unknown.Count > 0)
        {
            // Few as they are, they are merged into the sorted list rather than sorted with it.
            unknown.Sort((a, b) => a.Token.CompareTo(b.Token));
            var merged = new List<(int Token, PlaceMention Mention)>(mentions.Count + unknown.Count);
            var k = 0;
            foreach (var (token, span, rule) in unknown)
            {
                while (k < mentions.Count && mentions[k].Token <= token)
                {
                    merged.Add(mentions[k++]);
                }

                merged.Add((token, new PlaceMention(Written(layer, span), CountryNear(mentions, token), null, Evidence.Of(span, rule))));
            }

            for (; k < mentions.Count; k++)
            {
                merged.Add(mentions[k]);
            }

            mentions = merged;
        }

        var missions = FindMissions(context, mentions);
        var found = new PlaceMention[mentions.Count];
        for (var i = 0; i < found.Length; i++)
        {
            found[i] = mentions[i].Mention;
        }

        // Cleared before they go back, so the spare lists do not keep this document's results alive.
        candidates.Clear();
        scratch.Mentions.Clear();
        spareScratch = scratch;
        return found.Length == 0
            ? new PlaceResult([], missions)
            : new PlaceResult(ImmutableCollectionsMarshal.AsImmutableArray(found), missions);
    }

    private bool AnyPersonHomonym(LexiconHit[] hits)
    {
        foreach (var hit in hits)
        {
            if (places[hit.Entry].PersonHomonym)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The place candidate of match <paramref name="m"/>, if any. Every match passes through here, so
    /// the countries it names by adjective or demonym are added to <paramref name="localCountries"/> on the way,
    /// sparing a second lookup of each hit.</summary>
    private Candidate? ToCandidate(PlaceContext context, int m, HashSet<string> localCountries)
    {
        var match = context.Matches[m];
        LexiconHit[]? hits = null;
        var adjectiveToo = false;
        foreach (var hit in match.Hits)
        {
            if (!places.TryGetValue(hit.Entry, out var info))
            {
                continue;
            }

            if (!hit.IsName && info.Kind == CountryKind && info.Country is not null)
            {
                localCountries.Add(info.Country);
            }

            if (info.Macro)
            {
                continue;
            }

            if (hit.IsName)
            {
                hits = hits is null ? [hit] : [.. hits, hit];
            }
            else if (hit.Form == LexiconForm.Adjective)
            {
                adjectiveToo = true;
            }
        }

        if (hits is null)
        {
            return null;
        }

        var layer = context.Layer;
        var sentence = context.SentenceOf(match.FirstToken);
        if (adjectiveToo && QualifiesNext(layer, match.EndToken, sentence.EndToken))
        {
            return null;
        }

        if (AnyPersonHomonym(hits) && context.NextToPersonName(match.FirstToken, match.EndToken, sentence))
        {
            return null;
        }

        // "Mr. Paris", "Gen. Jordan": a title abbreviation or an initial makes the word a person's name.
        if (match.FirstToken > sentence.FirstToken
            && (layer.Tokens[match.FirstToken - 1].Has(TokenFlags.Title) || layer.Tokens[match.FirstToken - 1].Has(TokenFlags.Initial)))
        {
            return null;
        }

        // "Dnipro River", "Lake Van": a feature named after the place, not the place.
        if ((match.EndToken < sentence.EndToken && layer.Tokens[match.EndToken].Shape == TokenShape.Capitalized
                && PlaceWords.Features.Contains(layer.TokenLower(match.EndToken)))
            || (match.FirstToken > sentence.FirstToken && layer.Tokens[match.FirstToken - 1].Shape == TokenShape.Capitalized
                && PlaceWords.Features.Contains(layer.TokenLower(match.FirstToken - 1))))
        {
            return null;
        }

        var embedded = context.OpensLongerName(match.EndToken, sentence);
        return new Candidate(match.FirstToken, match.Span, hits, embedded, "place.lexicon");
    }

    /// <summary>Places inside the name of an organisation, an instrument or another named thing: the state or
    /// town a body belongs to ("Ministry of Defence of X", "People's Advocate of X"), a branch's town ("Name –
    /// Town"), and a place that opens the name when it is local ("Yerevan Press Club"); not a place in the middle
    /// of a name, nor an adjective form ("U.S. House of Representatives").</summary>
    private void AddNamesInNames(PlaceContext context, List<Candidate> candidates)
    {
        var layer = context.Layer;
        foreach (var match in context.Matches)
        {
            // Instruments take the name of the place they were signed in ("Geneva Conventions", "Rome Statute").
            if (match.TokenCount < 2 || HasPlaceName(match) || !BearsPlace(match) || match.HasKind(InstrumentKind))
            {
                continue;
            }

            foreach (var inner in matcher.MatchWithin(layer, match.FirstToken, match.EndToken, isPlace))
            {
                var names = inner.Hits.Where(h => h.IsName).ToArray();
                if (names.Length == 0 || inner.Hits.Any(h => h.Form == LexiconForm.Adjective))
                {
                    continue;
                }

                var before = inner.FirstToken - 1;
                var atEnd = inner.EndToken == match.EndToken && before >= match.FirstToken;
                var ofOwner = atEnd && (layer.TokenLower(before) is "of"
                    || (layer.TokenLower(before) is "the" && before - 1 >= match.FirstToken && layer.TokenLower(before - 1) is "of"));
                var branch = atEnd && layer.Tokens[before].Has(TokenFlags.Dash);
                if (ofOwner || branch)
                {
                    candidates.Add(new Candidate(inner.FirstToken, inner.Span, names, false, "place.in-name"));
                }
                else if (inner.FirstToken == match.FirstToken)
                {
                    candidates.Add(new Candidate(inner.FirstToken, inner.Span, names, true, "place.in-name"));
                }
            }
        }
    }

    private bool HasPlaceInside(string form)
    {
        if (!form.Contains(' ', StringComparison.Ordinal))
        {
            return false;
        }

        var layer = TextLayerBuilder.Default.Build(form);
        return layer.Tokens.Length > 1 && !matcher.MatchWithin(layer, 0, layer.Tokens.Length, IsPlace).IsEmpty;
    }

    private bool BearsPlace(LexiconMatch match)
    {
        foreach (var hit in match.Hits)
        {
            if (placeBearing.Contains(hit.Entry))
            {
                return true;
            }
        }

        return false;
    }

    private bool HasPlaceName(LexiconMatch match)
    {
        foreach (var hit in match.Hits)
        {
            if (places.ContainsKey(hit.Entry))
            {
                return true;
            }
        }

        return false;
    }

    private bool IsPlace(LexiconEntry entry) => places.TryGetValue(entry, out var info) && !info.Macro;

    /// <summary>True when the token after a form that is both a name and an adjective is a word the adjective
    /// can qualify: any word but a function word, a possessive or punctuation.</summary>
    private static bool QualifiesNext(TextLayer layer, int next, int sentenceEnd)
    {
        if (next >= sentenceEnd)
        {
            return false;
        }

        var token = layer.Tokens[next];
        return token.Shape is TokenShape.Lower or TokenShape.Capitalized or TokenShape.AllCaps or TokenShape.Mixed
            && !token.Has(TokenFlags.Possessive)
            && !PlaceWords.FunctionWords.Contains(layer.TokenLower(next));
    }

    private void AddCompounds(PlaceContext context, List<Candidate> candidates)
    {
        var layer = context.Layer;
        var text = layer.Text;
        foreach (var t in context.CompoundTokens)
        {
            var token = layer.Tokens[t];
            if (context.Covered(t))
            {
                continue;
            }

            var parts = new List<Candidate>();
            var word = token.Span.In(text);
            var start = 0;
            while (start <= word.Length)
            {
                var dash = word[start..].IndexOf('-');
                var end = dash < 0 ? word.Length : start + dash;
                var hits = end > start ? matcher.MatchWord(word[start..end]) : [];
                var names = hits.Where(h => h.IsName && places.TryGetValue(h.Entry, out var info) && !info.Macro).ToArray();
                if (names.Length == 0)
                {
                    parts.Clear();
                    break;
                }

                parts.Add(new Candidate(t, new Span(token.Span.Start + start, end - start), names, false, "place.compound"));
                start = end + 1;
            }

            candidates.AddRange(parts);
        }
    }

    /// <summary>"Citizens Assembly – Brennik": a line that is a name of capitalised words, a dash, and
    /// one or two capitalised words the lexicon does not know, names a branch and its town.</summary>
    private static void AddBranchSuffixes(PlaceContext context, List<(int, Span, string)> unknown)
    {
        var layer = context.Layer;
        var tokens = layer.Tokens;
        foreach (var sentence in layer.Sentences)
        {
            var end = sentence.EndToken;
            for (var suffix = 1; suffix <= 2; suffix++)
            {
                var dash = end - suffix - 1;
                if (dash < sentence.FirstToken + 2 || !tokens[dash].Has(TokenFlags.Dash))
                {
                    continue;
                }

                var ok = true;
                for (var t = dash + 1; t < end && ok; t++)
                {
                    ok = tokens[t].Shape == TokenShape.Capitalized && !context.Covered(t);
                }

                if (ok && IsNameLine(layer, sentence.FirstToken, dash))
                {
                    unknown.Add((dash + 1, Span.FromBounds(tokens[dash + 1].Span.Start, tokens[end - 1].Span.End), "place.branch"));
                }
            }
        }
    }

    /// <summary>True when tokens <c>[first, end)</c> read as a proper name: capitalised words joined only by
    /// lower-case function words, with at least two capitalised words.</summary>
    private static bool IsNameLine(TextLayer layer, int first, int end)
    {
        var capitalised = 0;
        for (var t = first; t < end; t++)
        {
            var token = layer.Tokens[t];
            if (token.Shape is TokenShape.Capitalized or TokenShape.AllCaps or TokenShape.Mixed)
            {
                capitalised++;
            }
            else if (!(token.Shape == TokenShape.Lower && PlaceWords.FunctionWords.Contains(layer.TokenLower(t)))
                && !token.Has(TokenFlags.OpeningQuote) && !token.Has(TokenFlags.ClosingQuote))
            {
                return false;
            }
        }

        return capitalised >= 2;
    }

    /// <summary>"the village of X", "X district", "X, Y and Z villages".</summary>
    private static void AddMarkedPlaces(PlaceContext context, List<(int, Span, string)> unknown)
    {
        var layer = context.Layer;
        var tokens = layer.Tokens;
        foreach (var t in context.DescriptorTokens)
        {
            var sentence = context.SentenceOf(t);

            // Before the descriptor: a list of capitalised unknown names ("Kalbajar and Lachin districts").
            var p = t - 1;
            while (p > sentence.FirstToken && IsUnknownName(context, p))
            {
                unknown.Add((p, tokens[p].Span, "place.marked"));
                var q = p - 1;
                if (q > sentence.FirstToken && IsListJoint(layer, q))
                {
                    q--;
                    if (q > sentence.FirstToken && tokens[q].Shape == TokenShape.Punctuation && layer.TokenText(q) is ",")
                    {
                        q--;
                    }
                }
                else
                {
                    break;
                }

                p = q;
            }

            // After it: "of" and one to three capitalised unknown words.
            if (t + 2 < sentence.EndToken && layer.TokenLower(t + 1) is "of" && IsUnknownName(context, t + 2))
            {
                var last = t + 2;
                while (last + 1 < sentence.EndToken && last - t < 4 && IsUnknownName(context, last + 1))
                {
                    last++;
                }

                unknown.Add((t + 2, Span.FromBounds(tokens[t + 2].Span.Start, tokens[last].Span.End), "place.marked"));
            }
        }
    }

    private static bool IsUnknownName(PlaceContext context, int t) =>
        context.Layer.Tokens[t].Shape == TokenShape.Capitalized && !context.Covered(t) && !context.Layer.Tokens[t].Has(TokenFlags.Title);

    private static bool IsListJoint(TextLayer layer, int t) =>
        layer.TokenText(t) is "," || layer.TokenLower(t) is "and" or "or";

    /// <summary>The first place mention that starts at token <paramref name="token"/>, if any.</summary>
    private static PlaceMention? MentionAt(List<(int Token, PlaceMention Mention)> mentions, int token)
    {
        var at = FirstAtOrAfter(mentions, token);
        return at < mentions.Count && mentions[at].Token == token ? mentions[at].Mention : null;
    }

    private static int FirstAtOrAfter(List<(int Token, PlaceMention Mention)> mentions, int token)
    {
        var lo = 0;
        var hi = mentions.Count;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (mentions[mid].Token < token)
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

    /// <summary>The country of the nearest known place before <paramref name="token"/>, else after it.</summary>
    private static string? CountryNear(List<(int Token, PlaceMention Mention)> known, int token)
    {
        var lo = FirstAtOrAfter(known, token);

        for (var k = lo - 1; k >= 0; k--)
        {
            if (known[k].Mention.Country is { } before)
            {
                return before;
            }
        }

        for (var k = lo; k < known.Count; k++)
        {
            if (known[k].Mention.Country is { } after)
            {
                return after;
            }
        }

        return null;
    }

    private ImmutableArray<MissionMention> FindMissions(PlaceContext context, List<(int Token, PlaceMention Mention)> mentions)
    {
        var layer = context.Layer;
        var tokens = layer.Tokens;
        ImmutableArray<MissionMention>.Builder? result = null;
        foreach (var t in context.MissionTokens)
        {
            var sentence = context.SentenceOf(t);
            var lower = layer.TokenLower(t);
            var isMission = PlaceWords.Missions.Contains(lower)
                || (lower is "mission" or "missions" && t > sentence.FirstToken && PlaceWords.MissionQualifiers.Contains(layer.TokenLower(t - 1)));
            if (!isMission)
            {
                continue;
            }

            var end = t + 1;
            var owner = OwnerBefore(context, t, sentence);
            if (end + 1 < sentence.EndToken && layer.TokenLower(end) is "of")
            {
                var at = end + 1;
                if (layer.TokenLower(at) is "the" && at + 1 < sentence.EndToken)
                {
                    at++;
                }

                if (context.MatchAt(at) is { } ownerMatch && CountryName(ownerMatch) is { } ofOwner)
                {
                    owner ??= ofOwner;
                    end = ownerMatch.EndToken;
                }
            }

            PlaceMention? host = null;
            if (end + 1 < sentence.EndToken && layer.TokenLower(end) is "in")
            {
                var at = end + 1;
                if (layer.TokenLower(at) is "the" && at + 1 < sentence.EndToken)
                {
                    at++;
                }

                if (MentionAt(mentions, at) is { } place)
                {
                    host = place;
                    end = at + 1;
                    while (end < sentence.EndToken && tokens[end].Span.Start < place.Evidence.Primary.End)
                    {
                        end++;
                    }
                }
            }

            if (owner is null && host is null)
            {
                continue;
            }

            var first = owner is not null && context.OwnerStart(t, sentence) is { } ownerStart ? ownerStart : t;
            var span = Span.FromBounds(tokens[first].Span.Start, tokens[Math.Max(end, t + 1) - 1].Span.End);
            (result ??= ImmutableArray.CreateBuilder<MissionMention>()).Add(new MissionMention(owner, host, Evidence.Of(span, "place.mission")));
        }

        return result is null ? [] : result.DrainToImmutable();
    }

    /// <summary>The state before a mission word: "the Azerbaijani embassy", "Azerbaijan's embassy".</summary>
    private string? OwnerBefore(PlaceContext context, int missionToken, Sentence sentence)
    {
        var before = missionToken - 1;
        if (before >= sentence.FirstToken && context.Layer.Tokens[before].Has(TokenFlags.Possessive))
        {
            before--;
        }

        if (before < sentence.FirstToken || context.MatchEndingAt(before) is not { } match)
        {
            return null;
        }

        foreach (var hit in match.Hits)
        {
            if (string.Equals(hit.Entry.Kind, CountryKind, StringComparison.Ordinal) && hit.Form is not LexiconForm.Demonym)
            {
                return places[hit.Entry].Country;
            }
        }

        return null;
    }

    private string? CountryName(LexiconMatch match)
    {
        foreach (var hit in match.Hits)
        {
            if (hit.IsName && string.Equals(hit.Entry.Kind, CountryKind, StringComparison.Ordinal))
            {
                return places[hit.Entry].Country;
            }
        }

        return null;
    }

    private string? SingleCountry(LexiconHit[] hits)
    {
        string? country = null;
        foreach (var hit in hits)
        {
            var code = places[hit.Entry].Country;
            if (code is null || (country is not null && !string.Equals(country, code, StringComparison.Ordinal)))
            {
                return null;
            }

            country = code;
        }

        return country;
    }

    /// <summary>The reading of a shared form whose country the same sentence names, by name or adjective ("In
    /// Tripoli, Libyan officials said"; "Tripoli, Lebanon"), when exactly one reading's country is named there.</summary>
    private LexiconHit? ResolveInSentence(PlaceContext context, Candidate candidate)
    {
        var sentence = context.SentenceOf(candidate.FirstToken);
        var withinOnly = DefaultIsCountry(candidate.Hits);
        LexiconHit? chosen = null;
        foreach (var hit in candidate.Hits)
        {
            var country = places[hit.Entry].Country;
            if (country is null || !SentenceNames(context, sentence, country, candidate.FirstToken, withinOnly && places[hit.Entry].Kind != CountryKind))
            {
                continue;
            }

            if (chosen is not null)
            {
                return null;
            }

            chosen = hit;
        }

        return chosen;
    }

    /// <summary>True when a match other than the one at <paramref name="except"/> in <paramref name="sentence"/>
    /// names <paramref name="country"/>: the country by name or adjective, or a city or region in it; only the
    /// latter when <paramref name="withinOnly"/>.</summary>
    private bool SentenceNames(PlaceContext context, Sentence sentence, string country, int except, bool withinOnly)
    {
        var matches = context.Matches;
        var lo = 0;
        var hi = matches.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (matches[mid].FirstToken < sentence.FirstToken)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        for (var m = lo; m < matches.Length && matches[m].FirstToken < sentence.EndToken; m++)
        {
            var match = matches[m];
            if (match.FirstToken == except)
            {
                continue;
            }

            foreach (var hit in match.Hits)
            {
                if (places.TryGetValue(hit.Entry, out var info) && string.Equals(info.Country, country, StringComparison.Ordinal)
                    && (info.Kind == CountryKind ? !withinOnly : hit.IsName && hit.Form != LexiconForm.AmbiguousAlias))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private bool DefaultIsCountry(LexiconHit[] hits) =>
        Array.Exists(hits, h => h.Form != LexiconForm.AmbiguousAlias && places[h.Entry].Kind == CountryKind);

    /// <summary>The reading of a shared form. A country named elsewhere supports the readings in it; but when the
    /// default reading is itself a country ("Georgia"), only a city or region named elsewhere supports another
    /// reading (a U.S. state), since the other reading's country is named in most news anyway.</summary>
    private LexiconHit Resolve(LexiconHit[] hits, HashSet<string> known, HashSet<string> knownWithin)
    {
        if (hits.Length == 1)
        {
            return hits[0];
        }

        var evidence = DefaultIsCountry(hits) ? knownWithin : known;
        var best = hits[0];
        var bestScore = int.MinValue;
        foreach (var hit in hits)
        {
            var info = places[hit.Entry];
            var supported = info.Country is not null && (info.Kind == CountryKind ? known : evidence).Contains(info.Country);
            var score = (supported ? 4 : 0)
                + (hit.Form == LexiconForm.AmbiguousAlias ? 0 : 2)
                + (info.Kind == CountryKind ? 1 : 0);
            if (score > bestScore)
            {
                best = hit;
                bestScore = score;
            }
        }

        return best;
    }

    private static string Written(TextLayer layer, Span span) => span.In(layer.Text).ToString();

    /// <summary>The rule id with the kind of entry that produced the place ("place.lexicon:city"), made once.</summary>
    private static string RuleId(string rule, string kind) => (rule, kind) switch
    {
        ("place.lexicon", CountryKind) => "place.lexicon:country",
        ("place.lexicon", CityKind) => "place.lexicon:city",
        ("place.lexicon", RegionKind) => "place.lexicon:region",
        ("place.qualifier", CountryKind) => "place.qualifier:country",
        ("place.qualifier", CityKind) => "place.qualifier:city",
        ("place.qualifier", RegionKind) => "place.qualifier:region",
        ("place.in-name", CountryKind) => "place.in-name:country",
        ("place.in-name", CityKind) => "place.in-name:city",
        ("place.in-name", RegionKind) => "place.in-name:region",
        ("place.compound", CountryKind) => "place.compound:country",
        ("place.compound", CityKind) => "place.compound:city",
        ("place.compound", RegionKind) => "place.compound:region",
        _ => rule + ":" + kind,
    };

    /// <summary>A place match before its reading is chosen; a value, kept in the reused list of <see cref="Scratch"/>.</summary>
    private readonly record struct Candidate(int FirstToken, Span Span, LexiconHit[] Hits, bool Embedded, string Rule);

    /// <summary>What one call of <see cref="Find"/> fills: the country-code sets, the candidates, the mentions,
    /// the places the lexicon does not know, and the tokens <see cref="PlaceContext"/> lists for the rules.</summary>
    private sealed class Scratch
    {
        public HashSet<string> Known { get; } = new(StringComparer.Ordinal);

        public HashSet<string> KnownWithin { get; } = new(StringComparer.Ordinal);

        public HashSet<string> Local { get; } = new(StringComparer.Ordinal);

        public List<Candidate> Candidates { get; } = [];

        public List<(int Token, PlaceMention Mention)> Mentions { get; } = [];

        public List<(int Token, Span Span, string Rule)> Unknown { get; } = [];

        public List<int> CompoundTokens { get; } = [];

        public List<int> DescriptorTokens { get; } = [];

        public List<int> MissionTokens { get; } = [];
    }

    /// <summary>What the stage needs of a place entry, parsed once.</summary>
    private sealed record PlaceInfo(string Kind, string? Country, GeoPoint? Point, bool Macro, bool PersonHomonym)
    {
        public static PlaceInfo Of(LexiconEntry entry)
        {
            var country = entry.Kind == CountryKind ? entry.Attribute("iso") : entry.Attribute("country");
            if (country is not null && country.Contains(',', StringComparison.Ordinal))
            {
                country = null;
            }

            GeoPoint? point = double.TryParse(entry.Attribute("lat"), NumberStyles.Float, CultureInfo.InvariantCulture, out var lat)
                && double.TryParse(entry.Attribute("lon"), NumberStyles.Float, CultureInfo.InvariantCulture, out var lon)
                ? new GeoPoint(lat, lon)
                : null;
            var homonym = entry.Attribute("homonym");
            return new PlaceInfo(
                entry.Kind,
                country,
                point,
                string.Equals(entry.Attribute("type"), "macro_region", StringComparison.Ordinal),
                homonym is not null && (homonym.Contains("given_name", StringComparison.Ordinal) || homonym.Contains("surname", StringComparison.Ordinal)));
        }
    }
}
