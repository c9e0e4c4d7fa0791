using System.Collections.Immutable;
using Attest.Lexicons;
using Attest.Model;
using Attest.Text;

namespace Attest.Mentions;

/// <summary>The rules of <see cref="OrganizationStage"/> applied to one document; see there for what they are.
/// The rules live in four files: this one (lexicon names, overlaps), the bodies of states
/// (<c>OrganizationFinderStates.cs</c>), name shapes and lists (<c>OrganizationFinderNames.cs</c>) and news
/// outlets (<c>OrganizationFinderOutlets.cs</c>).</summary>
internal sealed partial class OrganizationFinder
{
    private const int MaxNameTokens = 14;

    private readonly NameDocument doc;
    private readonly ImmutableArray<PersonMention> persons;
    private readonly string? placeOfIssue;
    /// <summary>The candidate lists of the last finder on this thread, cleared and reused by the next one, so a
    /// stream of documents does not grow new lists each time. Taken while in use.</summary>
    [ThreadStatic]
    private static CandidateLists? spareLists;

    private readonly CandidateLists lists;
    private readonly List<OrganizationCandidate> candidates;
    private readonly List<(int First, int End)> known = [];
    private string? home;
    private bool homeKnown;

    /// <summary>True when the persons' spans (in <see cref="CandidateLists.PersonSpans"/>) start in text order, so a
    /// search among them may stop at the first that starts after what it looks for.</summary>
    private bool personsInOrder;
    private int group;

    public OrganizationFinder(NameDocument doc, ImmutableArray<PersonMention> persons, string? placeOfIssue)
    {
        this.doc = doc;
        this.persons = persons;
        this.placeOfIssue = placeOfIssue;
        lists = spareLists ?? new CandidateLists();
        spareLists = null;
        candidates = lists.Candidates;
        candidates.Clear();

        // The persons' spans in one flat array: the rules ask about them for most candidates, and a walk over
        // spans side by side is cheaper than one through each mention's evidence.
        var spans = lists.PersonSpans;
        if (spans.Length < persons.Length)
        {
            spans = lists.PersonSpans = new Span[Math.Max(persons.Length, spans.Length * 2)];
        }

        personsInOrder = true;
        for (var p = 0; p < persons.Length; p++)
        {
            spans[p] = persons[p].Evidence.Primary;
            personsInOrder &= p == 0 || spans[p - 1].Start <= spans[p].Start;
        }
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

    /// <summary>"of", "for", "and", "the", "on", "without", "&amp;": one switch on the word, not a comparison per word.</summary>
    private bool IsConnector(int t) =>
        t >= 0 && t < doc.Count && doc.Lower(t) is "of" or "for" or "and" or "the" or "on" or "without" or "&";

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
        foreach (var person in lists.PersonSpans.AsSpan(0, persons.Length))
        {
            if (person.Overlaps(span))
            {
                return true;
            }

            if (personsInOrder && person.Start >= span.End)
            {
                // Every later person starts later still: none overlaps.
                return false;
            }
        }

        return false;
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
            spareLists = lists;
            return [];
        }

        var accepted = lists.Accepted;
        accepted.Clear();
        var all = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(candidates);
        foreach (var index in lists.SortedOrder())
        {
            ref readonly var candidate = ref all[index];
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

        candidates.Clear();
        accepted.Clear();
        spareLists = lists;
        return mentions.MoveToImmutable();
    }

    /// <summary>What a token is to a line of a signatory list (see <see cref="ListLinePart"/>).</summary>
    private enum LinePart : byte
    {
        /// <summary>A word of the name.</summary>
        Word,

        /// <summary>A connector, quotation mark, dash or possessive: allowed, but no word.</summary>
        Between,

        /// <summary>Anything else: the line is no name.</summary>
        Other,
    }

    /// <summary>The lists one finder fills: every candidate, and the ones <see cref="Resolve"/> accepts.</summary>
    private sealed class CandidateLists
    {
        public List<OrganizationCandidate> Candidates { get; } = new(64);

        public List<OrganizationCandidate> Accepted { get; } = new(32);

        /// <summary>The title-case lines of a possible signatory list (see <see cref="Signatories"/>).</summary>
        public List<(int First, int End)> Lines { get; } = new(8);

        /// <summary>The primary span of each person the finder was given, in their order; may be longer.</summary>
        public Span[] PersonSpans { get; set; } = new Span[16];

        /// <summary>Scratch of <see cref="SortedOrder"/>.</summary>
        private int[] order = new int[64];

        private Comparison<int>? byIndex;

        /// <summary>The indices of <see cref="Candidates"/> in the order <see cref="Resolve"/> tries them: longer
        /// first, then higher priority, then earlier. The indices are sorted rather than the candidates, which
        /// are large to move about; the sort is the same, so candidates that compare equal keep the order a
        /// sort of the candidates themselves would give them.</summary>
        public ReadOnlySpan<int> SortedOrder()
        {
            var count = Candidates.Count;
            if (order.Length < count)
            {
                order = new int[Math.Max(count, order.Length * 2)];
            }

            var indices = order.AsSpan(0, count);
            for (var k = 0; k < count; k++)
            {
                indices[k] = k;
            }

            indices.Sort(byIndex ??= Compare);
            return indices;
        }

        private int Compare(int x, int y)
        {
            var all = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(Candidates);
            ref readonly var a = ref all[x];
            ref readonly var b = ref all[y];
            return a.End - a.First != b.End - b.First ? (b.End - b.First).CompareTo(a.End - a.First)
                : a.Priority != b.Priority ? b.Priority.CompareTo(a.Priority)
                : a.First.CompareTo(b.First);
        }
    }
}
