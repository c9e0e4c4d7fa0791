using System.Collections.Immutable;
using Attest.Lexicons;
using Attest.Model;
using Attest.Text;

namespace Attest.Mentions;

/// <summary>The rules of <see cref="OrganizationStage"/> applied to one document; see there for what they are.</summary>
internal sealed class OrganizationFinder
{
    private const int MaxNameTokens = 14;

    private readonly NameDocument doc;
    private readonly ImmutableArray<PersonMention> persons;
    private readonly string? placeOfIssue;
    private readonly List<OrganizationCandidate> candidates = [];
    private readonly List<(int First, int End)> known = [];
    private string? home;
    private bool homeKnown;
    private int group;

    public OrganizationFinder(NameDocument doc, ImmutableArray<PersonMention> persons, string? placeOfIssue)
    {
        this.doc = doc;
        this.persons = persons;
        this.placeOfIssue = placeOfIssue;
    }

    public ImmutableArray<OrganizationMention> Find()
    {
        Lexicon();
        GovernmentBodies();
        Institutions();
        Offices();
        CityPolice();
        NameShapes();
        NamedAfterNoun();
        NamedBeforeNoun();
        Outlets();
        Signatories();
        return Resolve();
    }

    /// <summary>Lexicon organisations and outlets, also inside the name of a legal instrument.</summary>
    private void Lexicon()
    {
        foreach (var found in doc.Matches)
        {
            var match = Longer(found);
            if (OrganizationIn(match) is { } hit)
            {
                if (IsProvision(match))
                {
                    continue;
                }

                known.Add((match.FirstToken, match.EndToken));
                Add(match.FirstToken, match.EndToken, DisplayName(match, hit), hit.Entry.Attribute("country"), "organization.lexicon", 5);
            }
            else if (match.HasKind(NameCues.InstrumentKind))
            {
                // "the Convention on the Privileges and Immunities of the United Nations" names the UN too.
                foreach (var inner in doc.Knowledge.Matcher.MatchWithin(doc.Layer, match.FirstToken, match.EndToken, IsOrganizationEntry))
                {
                    if (OrganizationHit(inner) is { } innerHit && doc.IsCapitalised(inner.FirstToken))
                    {
                        Add(inner.FirstToken, inner.EndToken, innerHit.Entry.Name, innerHit.Entry.Attribute("country"), "organization.lexicon", 5);
                    }
                }
            }
        }
    }

    /// <summary>"Article 19 of the International Covenant …": a name followed by "of" and a legal instrument is
    /// the instrument's provision, whatever body shares its name.</summary>
    private bool IsProvision(LexiconMatch match)
    {
        var k = match.EndToken;
        if (!doc.IsWord(k, "of") || doc.SentenceIndexOf(k) != doc.SentenceIndexOf(match.FirstToken))
        {
            return false;
        }

        k++;
        if (doc.IsWord(k, "the"))
        {
            k++;
        }

        return doc.MatchStartingAt(k) is { } next && next.HasKind(NameCues.InstrumentKind);
    }

    private static bool IsOrganizationEntry(LexiconEntry entry) => entry.Kind is NameCues.OrganizationKind or NameCues.OutletKind;

    /// <summary>A form that opens with "the" ("the Commonwealth") can swallow the first word of a longer name
    /// that starts one word later ("the Commonwealth of Independent States"): the longer name wins.</summary>
    private LexiconMatch Longer(LexiconMatch match)
    {
        if (match.TokenCount < 2 || !doc.IsWord(match.FirstToken, "the") || OrganizationHit(match) is null)
        {
            return match;
        }

        var end = doc.SentenceOf(match.FirstToken).EndToken;
        var inner = doc.Knowledge.Matcher.MatchWithin(doc.Layer, match.FirstToken + 1, end, IsOrganizationEntry);
        return inner.Length > 0 && inner[0].FirstToken == match.FirstToken + 1 && inner[0].EndToken > match.EndToken ? inner[0] : match;
    }

    private static LexiconHit? OrganizationHit(LexiconMatch match)
    {
        LexiconHit? found = null;
        foreach (var hit in match.Hits)
        {
            if (hit.Entry.Kind is NameCues.OrganizationKind or NameCues.OutletKind)
            {
                if (hit.Form != LexiconForm.AmbiguousAlias)
                {
                    return hit;
                }

                found ??= hit;
            }
        }

        return found;
    }

    /// <summary>The organisation a match names: of several that share the form ("RSF"), the one the document
    /// also names by a form of its own ("Rapid Support Forces"), else the default reading.</summary>
    private LexiconHit? OrganizationIn(LexiconMatch match)
    {
        var first = OrganizationHit(match);
        if (first is null || match.Hits.Length < 2)
        {
            return first;
        }

        foreach (var hit in match.Hits)
        {
            if (hit.Entry.Kind is NameCues.OrganizationKind or NameCues.OutletKind && NamedElsewhere(hit.Entry, match))
            {
                return hit;
            }
        }

        return first;
    }

    private bool NamedElsewhere(LexiconEntry entry, LexiconMatch except)
    {
        foreach (var other in doc.Matches)
        {
            if (other.FirstToken == except.FirstToken || other.Hits.Length != 1)
            {
                continue;
            }

            if (ReferenceEquals(other.Hits[0].Entry, entry))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The lexicon's name, or the written alias when it only spells that name differently: it ends in
    /// the same word and is itself a proper name ("U.S. House of Representatives" for "United States House of
    /// Representatives"); short forms and descriptions ("UN", "the UN refugee agency") take the lexicon's name.</summary>
    private string DisplayName(LexiconMatch match, LexiconHit hit)
    {
        if (hit.Form is not (LexiconForm.Alias or LexiconForm.AmbiguousAlias) || match.TokenCount < 2 || !doc.IsCapitalised(match.FirstToken))
        {
            return hit.Entry.Name;
        }

        for (var t = match.FirstToken; t < match.EndToken; t++)
        {
            if (!doc.IsCapitalised(t) && !IsConnector(t) && !doc.IsPossessive(t) && doc.Tokens[t].Shape != TokenShape.Punctuation)
            {
                return hit.Entry.Name;
            }
        }

        var written = NameText.Of(doc.Layer, match.FirstToken, match.EndToken);
        var canonical = hit.Entry.Name;
        var lastWritten = written.AsSpan(written.LastIndexOf(' ') + 1);
        var lastCanonical = canonical.AsSpan(canonical.LastIndexOf(' ') + 1);
        return lastWritten.Equals(lastCanonical, StringComparison.OrdinalIgnoreCase) ? written : canonical;
    }

    /// <summary>"Iran's Foreign Ministry", "the Armenian armed forces", "the Government of A", "the Foreign Ministry".</summary>
    private void GovernmentBodies()
    {
        foreach (var match in doc.Phrases)
        {
            if (doc.PhraseHit(match.FirstToken, NameCues.GovernmentBodyKind) is not { } hit || CoveredByOrganization(match))
            {
                continue;
            }

            var entry = hit.Entry;
            var weak = IsYes(entry, "weak");
            var owners = OwnersBefore(match.FirstToken, out var start);
            var ownedByOther = owners.Count == 0 && doc.IsPossessive(doc.Previous(match.FirstToken));
            var end = match.EndToken;
            if (owners.Count == 0 && OwnerAfter(match.EndToken, out var ofEnd) is { } after)
            {
                owners.Add(after);
                end = ofEnd;
            }

            if (weak && (owners.Count == 0 || (string.Equals(entry.Attribute("noun_follow"), "no", StringComparison.Ordinal) && NounFollows(match.EndToken))))
            {
                continue;
            }

            if (owners.Count == 0)
            {
                // A bare ministry is the document's state's ("the Foreign Ministry said"); another body written
                // with capitals ("the National Assembly") only when the document says which state it speaks for.
                var bare = IsYes(entry, "bare");
                if (!bare && !doc.IsCapitalised(match.FirstToken))
                {
                    continue;
                }

                // "the territory's Health Ministry": owned by something that is not a state the lexicon knows.
                var state = ownedByOther ? null
                    : Home() ?? (bare ? SentenceState(match.FirstToken) ?? PublisherState() ?? FirstState() : null);
                if (state is null && !bare && !AllCapitalised(match.FirstToken, match.EndToken))
                {
                    continue;
                }

                var written = NameText.Of(doc.Layer, match.FirstToken, match.EndToken);
                Add(match.FirstToken, end, state is null ? (bare ? BodyName(entry) : written) : StateBodyName(entry, state), state, "organization.government", 3);
                continue;
            }

            group++;
            foreach (var owner in owners)
            {
                Add(start, end, StateBodyName(entry, owner), owner, "organization.government", 3, group);
            }
        }
    }

    /// <summary>True when a lexicon organisation covers any token of the phrase ("Ministry of Foreign Affairs of
    /// Estravia" in a user's lexicon): the lexicon's finding stands.</summary>
    private bool CoveredByOrganization(LexiconMatch phrase)
    {
        for (var t = phrase.FirstToken; t < phrase.EndToken; t++)
        {
            if (doc.MatchOver(t) is { } match && OrganizationHit(match) is not null)
            {
                return true;
            }
        }

        return false;
    }

    private bool AllCapitalised(int first, int end)
    {
        if (end - first < 2)
        {
            return false;
        }

        for (var k = first; k < end; k++)
        {
            if (!doc.IsCapitalised(k) && !IsConnector(k))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsYes(LexiconEntry entry, string attribute) =>
        string.Equals(entry.Attribute(attribute), "yes", StringComparison.Ordinal);

    /// <summary>The states named right before a body: "Armenian", "Azerbaijani and Armenian", "Iran's", "the
    /// Azerbaijan"; none after a qualifier that makes armed men a state's adversaries ("radical Armenian forces").</summary>
    private List<string> OwnersBefore(int t, out int start)
    {
        var owners = new List<string>();
        start = t;
        var p = doc.Previous(t);
        if (p < 0)
        {
            return owners;
        }

        if (doc.IsPossessive(p) && doc.MatchEndingAt(p - 1) is { } possessor && doc.CountryOf(possessor) is { } owner)
        {
            owners.Add(owner);
            start = possessor.FirstToken;
            return owners;
        }

        while (p >= 0 && doc.MatchEndingAt(p) is { } qualifier && doc.CountryOf(qualifier, adjectiveOnly: false) is { } iso
            && (qualifier.Hits.Any(h => h.Form == LexiconForm.Adjective) || IsNameAsAdjective(qualifier)))
        {
            owners.Add(iso);
            start = qualifier.FirstToken;
            var joint = doc.Previous(qualifier.FirstToken);
            if (joint >= 0 && (doc.IsWord(joint, "and") || doc.IsPunctuation(joint, ',')))
            {
                p = doc.Previous(joint);
                continue;
            }

            p = joint;
            break;
        }

        if (owners.Count > 0 && p >= 0 && doc.Is(p, NameCue.Qualifier) && !doc.IsCapitalised(p))
        {
            owners.Clear();
        }

        return owners;
    }

    /// <summary>"the Azerbaijan military": a country's name written before a noun it qualifies.</summary>
    private static bool IsNameAsAdjective(LexiconMatch match)
    {
        foreach (var hit in match.Hits)
        {
            if (hit.Entry.Kind == NameCues.CountryKind && hit.Form is LexiconForm.Name or LexiconForm.Exact)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"… of A", "… of the Republic of A": the state after a body, and the end of the phrase.</summary>
    private string? OwnerAfter(int t, out int end)
    {
        end = t;
        if (t >= doc.Count || !doc.IsWord(t, "of") || doc.SentenceIndexOf(t) != doc.SentenceIndexOf(t - 1))
        {
            return null;
        }

        var k = t + 1;
        if (doc.IsWord(k, "the"))
        {
            k++;
        }

        if (doc.MatchStartingAt(k) is { } match && doc.CountryOf(match) is { } iso && match.Hits.Any(h => h.IsName && h.Entry.Kind == NameCues.CountryKind))
        {
            end = match.EndToken;
            return iso;
        }

        return null;
    }

    /// <summary>A lower-case noun right after "military" ("military positions") makes it an adjective.</summary>
    private bool NounFollows(int t)
    {
        if (t >= doc.Count || doc.SentenceIndexOf(t) != doc.SentenceIndexOf(t - 1) || doc.Tokens[t].Shape != TokenShape.Lower)
        {
            return false;
        }

        var word = doc.Lower(t);
        if (word.EndsWith("ly", StringComparison.Ordinal) || doc.Is(t, NameCue.SpeechVerb | NameCue.SpeechAux | NameCue.OutletVerb))
        {
            return false;
        }

        return !(IsConnector(t) || word is "or" or "but" or "in" or "at" or "to" or "from" or "with" or "by" or "that" or "which"
            or "who" or "is" or "was" or "were" or "are" or "will" or "would" or "as" or "has" or "have" or "had");
    }

    /// <summary>"Foreign Ministry": a body's own name without its state.</summary>
    private static string BodyName(LexiconEntry entry) => entry.Attribute("name") ?? entry.Name;

    /// <summary>"Foreign Ministry of A", or the lexicon's name for that body of A when the lexicon has one.</summary>
    private string StateBodyName(LexiconEntry entry, string iso) =>
        doc.Knowledge.StateBodyName(entry, iso) ?? BodyName(entry) + " of " + doc.Knowledge.CountryAfterOf(iso);

    /// <summary>"the Human Rights Defender of A", "People's Advocate": an office alone names the institution.</summary>
    private void Institutions()
    {
        foreach (var match in doc.Phrases)
        {
            if (doc.PhraseHit(match.FirstToken, NameCues.InstitutionTitleKind) is not { } hit || CoveredByOrganization(match)
                || !doc.IsCapitalised(match.FirstToken))
            {
                continue;
            }

            var end = match.EndToken;
            var owner = NameTitles.OwnerBefore(doc, match.FirstToken, out var start);
            if (OwnerAfter(match.EndToken, out var ofEnd) is { } after)
            {
                owner ??= after;
                end = ofEnd;
            }

            // Before a name, or after a name and a comma, the office is the person's title; after a capitalised
            // word that is not its state, it is part of a longer name ("High Commissioner for Human Rights").
            var next = end < doc.Count && doc.SentenceIndexOf(end) == doc.SentenceIndexOf(match.FirstToken) ? end : -1;
            var previous = doc.Previous(match.FirstToken);
            if ((next >= 0 && (doc.IsNameWord(next) || StartsPerson(next))) || AfterPerson(start)
                || (start == match.FirstToken && previous >= 0 && IsNamePart(previous)))
            {
                continue;
            }

            owner ??= Home() ?? PublisherState();
            if (owner is null)
            {
                continue;
            }

            var written = NameText.Of(doc.Layer, match.FirstToken, match.EndToken);
            Add(start, end, InstitutionName(written, hit.Entry, owner), owner, "organization.institution", 3);
        }
    }

    private string InstitutionName(string written, LexiconEntry entry, string iso) =>
        doc.Knowledge.StateBodyName(entry, iso) ?? written + " of " + doc.Knowledge.CountryAfterOf(iso);

    private bool StartsPerson(int t)
    {
        var start = doc.Tokens[t].Span.Start;
        foreach (var person in persons)
        {
            if (person.Evidence.Primary.Start == start)
            {
                return true;
            }
        }

        return false;
    }

    private bool AfterPerson(int t)
    {
        var comma = doc.Previous(t);
        if (comma < 0 || !doc.IsPunctuation(comma, ','))
        {
            return false;
        }

        var before = doc.Previous(comma);
        if (before < 0)
        {
            return false;
        }

        var end = doc.Tokens[before].Span.End;
        foreach (var person in persons)
        {
            if (person.Evidence.Primary.End == end)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"the UN High Commissioner for Human Rights": an organisation, a capitalised title and its
    /// capitalised complement, with no person's name after them, name the office.</summary>
    private void Offices()
    {
        foreach (var match in doc.Matches)
        {
            var end = match.EndToken;
            if (OrganizationHit(match) is null || end >= doc.Count || !doc.IsCapitalised(end)
                || !NameTitles.StartsAt(doc, end, out var titleEnd, out var entry) || !NameTitles.TakesComplement(entry)
                || doc.SentenceIndexOf(end) != doc.SentenceIndexOf(match.FirstToken))
            {
                continue;
            }

            var sentenceEnd = doc.SentenceOf(end).EndToken;
            var complementEnd = NameTitles.ComplementEnd(doc, titleEnd, sentenceEnd);
            if (complementEnd == titleEnd || !doc.IsCapitalised(complementEnd - 1)
                || (complementEnd < sentenceEnd && (doc.IsNameWord(complementEnd) || StartsPerson(complementEnd))))
            {
                continue;
            }

            Add(match.FirstToken, complementEnd, NameText.Of(doc.Layer, match.FirstToken, complementEnd), null, "organization.office", 4);
        }
    }

    /// <summary>"Vienna police": a city's police force.</summary>
    private void CityPolice()
    {
        foreach (var match in doc.Matches)
        {
            if (match.EndToken >= doc.Count || !doc.IsWord(match.EndToken, "police")
                || doc.SentenceIndexOf(match.EndToken) != doc.SentenceIndexOf(match.FirstToken))
            {
                continue;
            }

            foreach (var hit in match.Hits)
            {
                if (hit.IsName && hit.Entry.Kind == NameCues.CityKind)
                {
                    Add(match.FirstToken, match.EndToken + 1, hit.Entry.Name + " police", hit.Entry.Attribute("country"), "organization.police", 2);
                    break;
                }
            }
        }
    }

    /// <summary>Capitalised names around a head noun: "Peace Dialogue NGO", "Union of Informed Citizens".</summary>
    private void NameShapes()
    {
        for (var t = 0; t < doc.Count; t++)
        {
            if (!IsHead(t) || doc.MatchOver(t) is { } covering && OrganizationHit(covering) is not null
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

            if (NamesBodyOfKnownOrganisation(first, end))
            {
                continue;
            }

            var country = NameTitles.OwnerBefore(doc, first, out _);
            var quoted = HasQuote(first, end);
            Add(first, end, NameText.Of(doc.Layer, first, end, dropQuotes: true), country, quoted ? "organization.quoted" : "organization.name-shape", 4);
            t = Math.Max(t, end - 1);
        }
    }

    private bool IsHead(int t) =>
        doc.Is(t, NameCue.OrgHead) && doc.IsCapitalised(t) && doc.Tokens[t].Shape is TokenShape.Capitalized or TokenShape.AllCaps;

    /// <summary>A word that can be part of an organisation's name: capitalised, not a grammar or calendar word
    /// that happens to start a sentence, not a title, not a speech verb.</summary>
    private bool IsNamePart(int t)
    {
        if (t < 0 || t >= doc.Count)
        {
            return false;
        }

        var token = doc.Tokens[t];
        if (token.Shape is not (TokenShape.Capitalized or TokenShape.AllCaps or TokenShape.Mixed or TokenShape.Alphanumeric)
            || !char.IsUpper(doc.Text(t)[0]) || doc.Is(t, NameCue.Function))
        {
            return false;
        }

        // A capitalised verb ends a name ("Ministry Says …"), unless it is also a word of names ("States").
        if (doc.Is(t, NameCue.SpeechVerb | NameCue.OutletVerb) && !doc.Is(t, NameCue.NotPerson))
        {
            return false;
        }

        if (doc.MatchOver(t) is { } match && match.HasKind(NameCues.TitleKind))
        {
            return false;
        }

        return !token.Has(TokenFlags.Title);
    }

    private bool IsConnector(int t) =>
        doc.IsWord(t, "of") || doc.IsWord(t, "for") || doc.IsWord(t, "and") || doc.IsWord(t, "the") || doc.IsWord(t, "on")
        || doc.IsWord(t, "without") || doc.IsWord(t, "&");

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
        for (var t = 0; t < doc.Count; t++)
        {
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
        for (var t = 1; t < doc.Count; t++)
        {
            if (!doc.Is(t, NameCue.OrgNoun) || doc.Tokens[t].Shape != TokenShape.Lower || !IsNamePart(t - 1)
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

    private bool IsPlaceOnly(int first, int end)
    {
        var k = first;
        while (k < end)
        {
            if (doc.MatchStartingAt(k) is not { } match || !doc.IsPlaceName(k) || match.EndToken > end)
            {
                return false;
            }

            k = match.EndToken;
        }

        return true;
    }

    private bool IsPerson(int first, int end)
    {
        var span = Span.FromBounds(doc.Tokens[first].Span.Start, doc.Tokens[end - 1].Span.End);
        foreach (var person in persons)
        {
            if (person.Evidence.Primary.Overlaps(span))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>News outlets: "Acme reports", a "By Acme" header, "(Acme)" in a dateline, "Source: Acme".</summary>
    private void Outlets()
    {
        for (var t = 0; t < doc.Count; t++)
        {
            var shape = doc.Tokens[t].Shape;
            if (shape == TokenShape.Lower)
            {
                if (doc.Is(t, NameCue.OutletVerb) && ReportsSomething(t, doc.SentenceOf(t)))
                {
                    OutletBefore(t, doc.SentenceOf(t), weak: doc.Is(t, NameCue.Weak));
                }
            }
            else if (shape == TokenShape.Capitalized)
            {
                if (doc.Is(t, NameCue.PhraseStart) && doc.PhraseStartingAt(t) is { TokenCount: 1 } by && by.HasKind(NameCues.BylineKind))
                {
                    OutletAfterBy(t, doc.SentenceOf(t));
                }
                else if (doc.IsPunctuation(t + 1, ':') && doc.IsWord(t, "source") && t + 2 < doc.SentenceOf(t).EndToken)
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

    /// <summary>Three or more consecutive title-case lines, at least half of them organisations by the other
    /// rules, are a list of signatories: every line is an organisation.</summary>
    private void Signatories()
    {
        var paragraphs = doc.Layer.Paragraphs;
        var lines = new List<(int First, int End)>();
        var t = 0;
        for (var p = 0; p <= paragraphs.Length; p++)
        {
            (int First, int End)? line = null;
            if (p < paragraphs.Length)
            {
                while (t < doc.Count && doc.Tokens[t].Span.Start < paragraphs[p].Start)
                {
                    t++;
                }

                var end = t;
                while (end < doc.Count && doc.Tokens[end].Span.End <= paragraphs[p].End)
                {
                    end++;
                }

                if (IsListLine(t, end))
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

    /// <summary>A line that is nothing but a name: title-case words, connectors, quotation marks, a branch dash.</summary>
    private bool IsListLine(int first, int end)
    {
        if (end <= first || end - first > MaxNameTokens)
        {
            return false;
        }

        var words = 0;
        for (var k = first; k < end; k++)
        {
            var token = doc.Tokens[k];
            if (token.Has(TokenFlags.OpeningQuote) || token.Has(TokenFlags.ClosingQuote) || token.Has(TokenFlags.Dash) || doc.IsPossessive(k))
            {
                continue;
            }

            if (IsConnector(k) || doc.IsWord(k, "in"))
            {
                continue;
            }

            if (!IsNamePart(k) || token.Shape == TokenShape.Number)
            {
                return false;
            }

            words++;
        }

        return words > 0;
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

    /// <summary>The document's own state: its place of issue, a dateline ("CITY, March 8 (Agency) —"), or a
    /// date-and-place line at its top or bottom ("20 March 2024, City").</summary>
    private string? Home()
    {
        if (homeKnown)
        {
            return home;
        }

        homeKnown = true;
        if (placeOfIssue is { Length: > 0 } place)
        {
            home = doc.Knowledge.CountryOfCity(place);
            if (home is null)
            {
                foreach (var country in doc.Knowledge.Countries.Values)
                {
                    if (string.Equals(country.Name, place, StringComparison.OrdinalIgnoreCase))
                    {
                        home = country.Iso;
                    }
                }
            }

            if (home is not null)
            {
                return home;
            }
        }

        var paragraphs = doc.Layer.Paragraphs;
        for (var p = 0; p < paragraphs.Length; p++)
        {
            if (p >= 8 && p < paragraphs.Length - 3)
            {
                continue;
            }

            var first = FirstTokenOf(paragraphs[p]);
            if (first < 0)
            {
                continue;
            }

            if ((Dateline(first, paragraphs[p]) ?? PlaceLine(first, paragraphs[p])) is { } found)
            {
                home = found;
                return home;
            }
        }

        return null;
    }

    /// <summary>The state of the outlet that publishes the document: a known outlet in the masthead (the first
    /// three lines), or the one that "reports" the story.</summary>
    private string? PublisherState()
    {
        var paragraphs = doc.Layer.Paragraphs;
        var mastheadEnd = paragraphs.Length > 3 ? paragraphs[2].End : int.MaxValue;
        foreach (var match in doc.Matches)
        {
            if (OrganizationHit(match) is not { } hit || hit.Entry.Attribute("country") is not { Length: > 0 } country || !IsOutlet(hit.Entry))
            {
                continue;
            }

            var reports = match.EndToken < doc.Count && doc.Is(match.EndToken, NameCue.OutletVerb);
            if (match.Span.End <= mastheadEnd || reports)
            {
                return country;
            }
        }

        return null;
    }

    private static bool IsOutlet(LexiconEntry entry) =>
        entry.Kind == NameCues.OutletKind || entry.Attribute("type") is "outlet" or "news_agency";

    private int FirstTokenOf(Span paragraph)
    {
        var tokens = doc.Tokens;
        int lo = 0, hi = tokens.Length - 1;
        while (lo <= hi)
        {
            var mid = (lo + hi) >>> 1;
            if (tokens[mid].Span.Start < paragraph.Start)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid - 1;
            }
        }

        return lo < tokens.Length && paragraph.Contains(tokens[lo].Span) ? lo : -1;
    }

    /// <summary>"CITY, March 8 (Agency) —": a city, a comma, and a bracket or dash within a few words.</summary>
    private string? Dateline(int first, Span paragraph)
    {
        if (doc.MatchStartingAt(first) is not { } city || doc.CountryOf(city, allowCities: true) is not { } iso
            || city.EndToken >= doc.Count || !doc.IsPunctuation(city.EndToken, ','))
        {
            return null;
        }

        for (var k = city.EndToken + 1; k < doc.Count && k < city.EndToken + 8 && paragraph.Contains(doc.Tokens[k].Span); k++)
        {
            if (doc.IsPunctuation(k, '(') || doc.Tokens[k].Has(TokenFlags.Dash))
            {
                return iso;
            }
        }

        return null;
    }

    /// <summary>"20 March 2024, City" or "City, 11 March 2024": a short line of a date and one place.</summary>
    private string? PlaceLine(int first, Span paragraph)
    {
        string? iso = null;
        var hasNumber = false;
        var k = first;
        for (; k < doc.Count && paragraph.Contains(doc.Tokens[k].Span); k++)
        {
            if (k - first > 10)
            {
                return null;
            }

            var token = doc.Tokens[k];
            if (token.Shape is TokenShape.Number)
            {
                hasNumber = true;
                continue;
            }

            if (token.Shape is TokenShape.Punctuation || doc.Is(k, NameCue.Function))
            {
                continue;
            }

            if (doc.MatchStartingAt(k) is { } match && doc.CountryOf(match, allowCities: true) is { } found && iso is null)
            {
                iso = found;
                k = match.EndToken - 1;
                continue;
            }

            return null;
        }

        return hasNumber ? iso : null;
    }

    /// <summary>The first state the sentence names before token <paramref name="t"/> (as a name, a capital or an adjective).</summary>
    private string? SentenceState(int t)
    {
        var sentence = doc.SentenceOf(t);
        for (var k = sentence.FirstToken; k < t; k++)
        {
            if (doc.MatchStartingAt(k) is { } match && IsStateName(match) && !IsPerson(match.FirstToken, match.EndToken)
                && doc.CountryOf(match, allowCities: true) is { } iso)
            {
                return iso;
            }
        }

        return null;
    }

    /// <summary>A country or city named as such (not an adjective, not a demonym).</summary>
    private static bool IsStateName(LexiconMatch match)
    {
        foreach (var hit in match.Hits)
        {
            if (hit.IsName && hit.Entry.Kind is NameCues.CountryKind or NameCues.CityKind)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The first state the document names.</summary>
    private string? FirstState()
    {
        foreach (var match in doc.Matches)
        {
            if (IsStateName(match) && !IsPerson(match.FirstToken, match.EndToken) && doc.CountryOf(match, allowCities: true) is { } iso)
            {
                return iso;
            }
        }

        return null;
    }

    private void Add(int first, int end, string name, string? country, string rule, int priority, int sharedGroup = 0)
    {
        if (name.Length == 0)
        {
            return;
        }

        var span = Span.FromBounds(doc.Tokens[first].Span.Start, doc.Tokens[end - 1].Span.End);
        candidates.Add(new OrganizationCandidate(first, end, span, name, country, rule, priority, sharedGroup));
    }

    /// <summary>Longer findings win over the ones they contain; at equal length the higher priority wins;
    /// findings of one shared group ("Azerbaijani and Armenian forces") never exclude each other.</summary>
    private ImmutableArray<OrganizationMention> Resolve()
    {
        if (candidates.Count == 0)
        {
            return [];
        }

        candidates.Sort(static (a, b) =>
            a.End - a.First != b.End - b.First ? (b.End - b.First).CompareTo(a.End - a.First)
            : a.Priority != b.Priority ? b.Priority.CompareTo(a.Priority)
            : a.First.CompareTo(b.First));
        var accepted = new List<OrganizationCandidate>(candidates.Count);
        foreach (var candidate in candidates)
        {
            var clash = false;
            foreach (var other in accepted)
            {
                if (other.Span.Overlaps(candidate.Span) && (candidate.Group == 0 || other.Group != candidate.Group))
                {
                    clash = true;
                    break;
                }
            }

            if (!clash && !IsPerson(candidate.First, candidate.End))
            {
                accepted.Add(candidate);
            }
        }

        accepted.Sort((a, b) => a.Span.Start != b.Span.Start ? a.Span.Start.CompareTo(b.Span.Start) : string.CompareOrdinal(a.Name, b.Name));
        var mentions = ImmutableArray.CreateBuilder<OrganizationMention>(accepted.Count);
        foreach (var candidate in accepted)
        {
            mentions.Add(new OrganizationMention(candidate.Name, candidate.Country, Evidence.Of(candidate.Span, candidate.Rule)));
        }

        return mentions.MoveToImmutable();
    }
}
