using Attest.Lexicons;
using Attest.Text;

namespace Attest.Mentions;

/// <summary>Bodies of states: ministries, armed forces, governments and offices bound to their state, and
/// the state a document speaks for.</summary>
internal sealed partial class OrganizationFinder
{
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

                // A state the lexicon does not know, named before or after the body ("the Merovian Foreign
                // Ministry", "the Ministry of Foreign Affairs of the Republic of Merovia"): the name as written.
                if (UnknownOwner(match, out var ownerFirst, out var ownerEnd))
                {
                    Add(ownerFirst, ownerEnd, NameText.Of(doc.Layer, ownerFirst, ownerEnd), null, "organization.government", 3);
                    continue;
                }

                // "the territory's Health Ministry": owned by something that is not a state.
                var state = ownedByOther ? null
                    : Home() ?? (bare ? SentenceState(match.FirstToken) ?? PublisherState() : null);
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

    /// <summary>A capitalised name right before the body ("Merovian Foreign Ministry", "Merovia's Foreign
    /// Ministry") or an "of" phrase of capitalised words after it ("… of the Republic of Merovia") that names no
    /// state the lexicon knows: the body's name is the whole phrase.</summary>
    private bool UnknownOwner(LexiconMatch body, out int first, out int end)
    {
        first = body.FirstToken;
        end = body.EndToken;
        var p = doc.Previous(body.FirstToken);
        if (p >= 0 && doc.IsPossessive(p))
        {
            p = doc.Previous(p);
        }

        if (p >= 0 && IsNamePart(p) && doc.MatchOver(p) is null && doc.PhraseOver(p) is null
            && !(doc.IsSentenceInitial(p) && doc.OccursInLowerCase(p)))
        {
            first = p;
            return true;
        }

        var sentenceEnd = doc.SentenceOf(body.FirstToken).EndToken;
        if (end < sentenceEnd && doc.IsWord(end, "of"))
        {
            var k = end + 1;
            while (k < sentenceEnd && (IsNamePart(k) || (IsConnector(k) && k + 1 < sentenceEnd && IsNamePart(k + 1))))
            {
                k++;
            }

            if (k > end + 1 && doc.IsCapitalised(k - 1))
            {
                end = k;
                return true;
            }
        }

        return false;
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
}
