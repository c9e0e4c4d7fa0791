using System.Collections.Immutable;
using System.Numerics;
using Attest.Lexicons;
using Attest.Mentions;
using Attest.Model;
using Attest.Text;

namespace Attest.Incidents;

/// <summary>Reads the event mentions of one document: finds the event words and, around each, its target,
/// places, date, perpetrator, motive, multiplier and modality. One instance per document.</summary>
internal sealed class IncidentReader
{
    private const int TargetWindow = 8;
    private const int LocationWindow = 25;
    private const int NearWindow = 6;

    // The vocabulary's word traits keep their own bits, so a word's traits are or-ed into the token's as they are.
    private const ushort BeTrait = (ushort)WordTraits.Be;
    private const ushort SkipTrait = (ushort)WordTraits.Skip;
    private const ushort BoundaryTrait = (ushort)WordTraits.Boundary;
    private const ushort CommaTrait = (ushort)WordTraits.Comma;
    private const ushort HardStopTrait = (ushort)WordTraits.HardStop;
    private const ushort SpeechTrait = (ushort)WordTraits.SpeechVerb;
    private const ushort DemonymTrait = 64;
    private const ushort SharedDemonymTrait = 128;
    /// <summary>A place starts at the token: <see cref="placeIndex"/> holds it. The bit tells whether the index was
    /// written for this document, so the index array needs no clearing.</summary>
    private const ushort PlaceTrait = 256;
    /// <summary>A country adjective starts at the token: <see cref="adjectiveIndex"/> holds it.</summary>
    private const ushort AdjectiveTrait = 512;

    /// <summary>What the vocabulary tells of a word it does not know, for a token whose id lies past its table.</summary>
    private static readonly EventWord UnknownWord;

    /// <summary>The bit of <see cref="kindsOfSentence"/> for a speech verb, above the event word kinds.</summary>
    private const uint SpeechVerbKindBit = 1u << 31;

    /// <summary>Room kept free in <see cref="phraseIds"/> before a token's forms are added: at most one form of each
    /// kind starts at a token, and the kinds are bits of a <see cref="uint"/>.</summary>
    private const int MaxFormsPerToken = 32;

    private readonly IncidentStage stage;
    private readonly TextLayer layer;
    private readonly string text;
    private readonly ImmutableArray<Token> tokens;
    // Per-token arrays and per-document lists come from the thread's scratch storage (see IncidentScratch): the
    // arrays may be longer than the document, so every loop is bounded by the token or sentence count.
    private readonly IncidentScratch scratch;
    private readonly int[] sentenceOf;
    private readonly int[] paragraphOfSentence;
    /// <summary>Per sentence, the <see cref="EventWordKind"/> bits of the forms starting in it and
    /// <see cref="SpeechVerbKindBit"/>: a rule that looks for a kind in a sentence or a clause of it, for every
    /// event word, skips the walk when the sentence has none.</summary>
    private readonly uint[] kindsOfSentence;
    /// <summary>The event forms, indexed by <see cref="phraseIds"/>.</summary>
    private readonly ImmutableArray<EventPhrase> forms;
    /// <summary>The forms found in the document, as indexes into <see cref="forms"/>: ints rather than object
    /// references, so filling it per token costs no write barrier.</summary>
    private int[] phraseIds;
    private readonly int[] head;
    private readonly uint[] cover;
    private readonly uint[] starts;
    private readonly ushort[] traits;
    private readonly List<PlaceAt> placesAt;
    private readonly List<(int Start, int End, string Iso)> adjectives;
    private readonly int[] placeIndex;
    private readonly int[] adjectiveIndex;
    private readonly List<(int Start, int End, string Name)> speakers;
    private readonly List<(int Start, int End, string? Country, string? Name, string? Owner)> missions;
    private readonly List<(int Token, string Value)> timesAt;
    private readonly List<(Span Span, string? Speaker)> quoteSpans;
    private readonly List<Span> personSpans;
    private readonly ImmutableArray<LexiconMatch> matches;

    public IncidentReader(
        IncidentStage stage,
        IncidentScratch scratch,
        TextLayer layer,
        ImmutableArray<LexiconMatch> matches,
        PlaceResult places,
        ImmutableArray<TimeMention> times,
        ImmutableArray<PersonMention> persons,
        ImmutableArray<OrganizationMention> organizations,
        ImmutableArray<Quote> quotes)
    {
        this.stage = stage;
        this.layer = layer;
        text = layer.Text;
        tokens = layer.Tokens;
        this.scratch = scratch;
        this.matches = matches;
        sentenceOf = scratch.SentenceOf;
        paragraphOfSentence = scratch.ParagraphOfSentence;
        kindsOfSentence = scratch.KindsOfSentence;
        forms = stage.Vocabulary.Forms;
        phraseIds = scratch.PhraseIds;
        head = scratch.Head;
        cover = scratch.Cover;
        starts = scratch.Starts;
        traits = scratch.Traits;
        placesAt = scratch.PlacesAt;
        adjectives = scratch.Adjectives;
        placeIndex = scratch.PlaceIndex;
        adjectiveIndex = scratch.AdjectiveIndex;
        speakers = scratch.Speakers;
        missions = scratch.Missions;
        timesAt = scratch.TimesAt;
        quoteSpans = scratch.QuoteSpans;
        personSpans = scratch.PersonSpans;
        var paragraph = 0;
        for (var s = 0; s < layer.Sentences.Length; s++)
        {
            var sentence = layer.Sentences[s];
            while (paragraph < layer.Paragraphs.Length - 1 && layer.Paragraphs[paragraph].End <= sentence.Span.Start)
            {
                paragraph++;
            }

            paragraphOfSentence[s] = paragraph;
        }

        FindPhrases();
        if (scratch.TriggerTokens.Count == 0)
        {
            // No event word, so no mention: the other stages' findings would never be asked for.
            return;
        }

        // The mentions of each list come in text order, so each search for a token starts from the last one found.
        var excluded = scratch.Excluded;
        var hint = 0;
        foreach (var o in organizations)
        {
            if (!o.Evidence.Spans.IsEmpty)
            {
                excluded.Add(o.Evidence.Spans[0]);
            }

            var (start, end) = TokensOf(o.Evidence.Primary, ref hint);
            speakers.Add((start, end, o.Name));
        }

        hint = 0;
        foreach (var p in persons)
        {
            personSpans.Add(p.Evidence.Primary);
            var (start, end) = TokensOf(p.Evidence.Primary, ref hint);
            speakers.Add((start, end, p.Name));
        }

        hint = 0;
        foreach (var mission in places.Missions)
        {
            var (start, end) = TokensOf(mission.Evidence.Primary, ref hint);
            missions.Add((start, end, mission.HostCountry, mission.Host?.Name, mission.Owner));
        }

        hint = 0;
        foreach (var place in places.Places)
        {
            var span = place.Evidence.Primary;
            if (place.Country is null || ContainsSpan(excluded, span))
            {
                continue;
            }

            var (start, end) = TokensOf(span, ref hint);
            if (IsOwner(start, end))
            {
                continue;
            }

            if ((traits[start] & PlaceTrait) == 0)
            {
                traits[start] |= PlaceTrait;
                placeIndex[start] = placesAt.Count;
            }

            // Countries and regions are areas: an incident there may be the same as one in a town inside them.
            var area = stage.IsCountryName(place.Name) || place.Evidence.RuleId.Contains("region", StringComparison.Ordinal)
                || place.Evidence.RuleId.Contains("district", StringComparison.Ordinal);
            placesAt.Add(new PlaceAt(start, end, place.Country, place.Name, area));
        }

        foreach (var match in matches)
        {
            foreach (var hit in match.Hits)
            {
                if (hit.Form is LexiconForm.Adjective or LexiconForm.Demonym && stage.CountryIso(hit.Entry) is { } iso)
                {
                    if ((traits[match.FirstToken] & AdjectiveTrait) == 0)
                    {
                        traits[match.FirstToken] |= AdjectiveTrait;
                        adjectiveIndex[match.FirstToken] = adjectives.Count;
                    }

                    adjectives.Add((match.FirstToken, match.EndToken, iso));

                    // A form that is both adjective and demonym ("French", "Lebanese") may name the people as
                    // "Armenians" does: the matcher lists it once for each, and either hit may come first.
                    var demonym = hit.Form == LexiconForm.Demonym;
                    var adjective = hit.Form == LexiconForm.Adjective;
                    foreach (var other in match.Hits)
                    {
                        if (ReferenceEquals(other.Entry, hit.Entry))
                        {
                            demonym |= other.Form == LexiconForm.Demonym;
                            adjective |= other.Form == LexiconForm.Adjective;
                        }
                    }

                    if (demonym)
                    {
                        traits[match.FirstToken] |= adjective ? SharedDemonymTrait : DemonymTrait;
                    }

                    break;
                }
            }
        }

        hint = 0;
        foreach (var time in times)
        {
            timesAt.Add((TokenAt(time.Evidence.Primary.Start, ref hint), time.Value));
        }

        foreach (var quote in quotes)
        {
            quoteSpans.Add((quote.Text, quote.Speaker));
        }
    }

    /// <summary>Every event mention of the document in text order, split per country and per occurrence.</summary>
    public List<IncidentMention> ReadMentions()
    {
        var result = scratch.Mentions;
        var skipUntil = 0;
        foreach (var t in scratch.TriggerTokens)
        {
            if (t < skipUntil || Trigger(t) is not { } trigger)
            {
                continue;
            }

            skipUntil = t + trigger.Length;
            if (Covered(EventWordKind.Blocker, t, t + trigger.Length) || Covered(EventWordKind.Motive, t, t + trigger.Length)
                || ContainsSpan(personSpans, tokens[t].Span) || IsNamedEvent(t, trigger))
            {
                continue;
            }

            Read(t, trigger, result);
        }

        return result;
    }

    /// <summary>A capitalised war word inside a sentence names a war ("the Patriotic War"), which is a period, not
    /// an incident the text reports.</summary>
    private bool IsNamedEvent(int t, EventPhrase trigger) =>
        trigger.Family == "war" && t > layer.Sentences[sentenceOf[t]].FirstToken && tokens[t].Shape == TokenShape.Capitalized;

    private void Read(int t, EventPhrase trigger, List<IncidentMention> result)
    {
        var end = t + trigger.Length;
        var s = sentenceOf[t];
        var sentence = layer.Sentences[s];
        var (clauseStart, clauseEnd) = Clause(t, end, sentence);
        var passive = IsPassive(t, sentence.FirstToken);
        var backwardTarget = passive || trigger.Family == "kill" || trigger.Tokens[0] is "came" or "come" or "comes" or "under";

        var (target, targetPerson, targetToken) = FindTarget(end, Math.Min(clauseEnd, end + TargetWindow), forward: true);
        if (target is null && backwardTarget)
        {
            (target, targetPerson, targetToken) = FindTarget(Math.Max(clauseStart, t - TargetWindow), t, forward: false);
        }

        if (trigger.NeedsPerson && !targetPerson && !PersonNear(t, end, sentence))
        {
            return;
        }

        var mention = scratch.RentMention(trigger, t, Span.FromBounds(tokens[t].Span.Start, tokens[end - 1].Span.End), s);
        mention.Target = target;
        mention.MissionOwner = target is TargetCategory.DiplomaticPremises or TargetCategory.DiplomaticPersonnel && targetToken >= 0 ? MissionOwnerAt(targetToken) : null;
        var list = Locate(mention, t, end, sentence, clauseStart, clauseEnd, passive, targetToken);
        var signed = trigger.Parties && mention.Countries.Count == 0 ? SignedIn(mention, t) : null;
        if (trigger.Weak && target is null && mention.Countries.Count == 0)
        {
            return;
        }

        mention.Date = signed ?? (Attributive(t, trigger) ? null : DateOf(t, s, trigger.Family == "kill"));
        mention.Modality = ModalityOf(t, end, sentence, clauseStart, clauseEnd, out var reportedBy);
        mention.ReportedBy = reportedBy;
        mention.Perpetrator = Perpetrator(t, end, sentence, clauseStart, passive);
        mention.Motive = Motive(t, end, s, sentence, clauseStart, clauseEnd, trigger.Family);
        mention.Multiplier = SentenceHas(s, EventWordKind.Multiplier) ? Multiplier(end, clauseEnd) : 1;
        mention.Ordinal = SentenceHas(s, EventWordKind.Ordinal) ? Ordinal(t, sentence.FirstToken) : 0;
        Classify(mention, trigger, sentence, clauseStart, clauseEnd);

        if (list is { Count: > 1 })
        {
            foreach (var place in list)
            {
                var copy = Copy(mention);
                copy.Countries.Add(place.Country);
                copy.Place = place.Name;
                copy.PlaceIsCountry = place.IsCountry;
                result.Add(copy);
            }

            return;
        }

        result.Add(mention);
    }

    /// <summary>A copy of <paramref name="m"/> without its countries and place.</summary>
    private IncidentMention Copy(IncidentMention m)
    {
        var copy = scratch.RentMention(m.Trigger, m.Token, m.Span, m.Sentence);
        copy.Type = m.Type;
        copy.Target = m.Target;
        copy.MissionOwner = m.MissionOwner;
        copy.Weapon = m.Weapon;
        copy.Crowd = m.Crowd;
        copy.Violent = m.Violent;
        copy.Date = m.Date;
        copy.Perpetrator = m.Perpetrator;
        copy.Motive = m.Motive;
        copy.Modality = m.Modality;
        copy.ReportedBy = m.ReportedBy;
        copy.Multiplier = m.Multiplier;
        copy.Ordinal = m.Ordinal;
        copy.SidesOnly = m.SidesOnly;
        return copy;
    }

    /// <summary>Sets the countries and place; returns the located list when the text names several places in one
    /// location phrase ("in countries such as A, B"), which the caller splits into one mention each.</summary>
    private List<PlaceAt>? Locate(IncidentMention m, int t, int end, Sentence sentence, int clauseStart, int clauseEnd, bool passive, int targetToken)
    {
        var trigger = m.Trigger;
        if (trigger.Parties)
        {
            // The parties to an agreement are every state the sentence names.
            foreach (var p in placesAt)
            {
                if (p.Start >= sentence.FirstToken && p.End <= sentence.EndToken)
                {
                    AddCountry(m, p);
                }
            }

            foreach (var a in adjectives)
            {
                if (a.Start >= sentence.FirstToken && a.End <= sentence.EndToken && !m.Countries.Contains(a.Iso))
                {
                    m.Countries.Add(a.Iso);
                }
            }

            return null;
        }

        // A mission named as the target: the host state is where it happened, never the owner.
        foreach (var mission in missions)
        {
            var near = (mission.Start >= end && mission.Start <= end + TargetWindow)
                || (mission.Start < t && mission.Start >= t - TargetWindow - 4 && mission.Start >= sentence.FirstToken);
            if (near && mission.Country is { } host)
            {
                m.Countries.Add(host);
                m.Place = mission.Name;
                m.PlaceIsCountry = mission.Name is not null && stage.IsCountryName(mission.Name);
                break;
            }
        }

        var list = ForwardLocation(end, sentence, trigger.Family);
        if (list is not null)
        {
            if (m.Countries.Count == 0 || list.Count > 1)
            {
                m.Countries.Clear();
                foreach (var p in list)
                {
                    AddCountry(m, p);
                }
            }

            if (SeveralCountries(list) && trigger.Family is not "clash" and not "war")
            {
                return list;
            }
        }

        if (m.Countries.Count == 0)
        {
            // Before the event word: a place in a location phrase ("Police in Vienna detained …"), or the
            // subject of a passive ("Mirel was shelled").
            var limit = Math.Max(sentence.FirstToken, t - 20);
            for (var i = placesAt.Count - 1; i >= 0; i--)
            {
                var p = placesAt[i];
                if (p.End <= t && p.Start >= limit && !PunctuationBetween(p.End, t) && (AfterLocationWord(p.Start) || (passive && BeAt(p.End))))
                {
                    AddCountry(m, p);
                    break;
                }
            }
        }

        if (m.Countries.Count == 0 && trigger.Family is "clash" or "war")
        {
            // Fighting between two sides with no place named: both sides' states.
            AddAdjectives(m, Math.Max(clauseStart, t - 12), Math.Min(clauseEnd, end + 12));
            m.SidesOnly = m.Countries.Count > 0;
        }

        if (m.Countries.Count == 0 && trigger.Family == "war")
        {
            // A war is located by the place its sentence names last before it ("the valley … since the 1998 war").
            for (var i = placesAt.Count - 1; i >= 0 && m.Countries.Count == 0; i--)
            {
                if (placesAt[i].End <= t && placesAt[i].Start >= sentence.FirstToken)
                {
                    AddCountry(m, placesAt[i]);
                }
            }

            // A war named by its year ("after the 1998 war") is one the paragraph is about: it took place in the
            // state of the place the paragraph names last before it. Only the state: a town of the paragraph is
            // where a later event happened, not the war.
            var paragraph = paragraphOfSentence[sentenceOf[t]];
            for (var i = placesAt.Count - 1; i >= 0 && m.Countries.Count == 0 && YearBefore(t, sentence); i--)
            {
                var p = placesAt[i];
                if (p.End <= sentence.FirstToken && paragraphOfSentence[sentenceOf[p.Start]] == paragraph)
                {
                    m.Countries.Add(p.Country);
                }
            }
        }

        if (m.Countries.Count == 0 && m.Target is TargetCategory.Civilians && targetToken >= 0)
        {
            // "Armenian villages", "peaceful Azerbaijanis": the victims' state.
            AddAdjectives(m, Math.Max(clauseStart, targetToken - 2), targetToken + 1);
        }

        if (m.Countries.Count == 0 && trigger.Family == "detain")
        {
            // A detention with no place named: where the detaining state's officers hold people.
            AddAdjectives(m, clauseStart, t);
            for (var i = placesAt.Count - 1; i >= 0 && m.Countries.Count == 0; i--)
            {
                var p = placesAt[i];
                if (p.End <= t && p.Start >= clauseStart && p.End + 3 >= t)
                {
                    AddCountry(m, p);
                }
            }
        }

        return null;
    }

    private void AddAdjectives(IncidentMention m, int from, int to)
    {
        foreach (var a in adjectives)
        {
            if (a.Start >= from && a.End <= to && !m.Countries.Contains(a.Iso) && !DiplomaticAfter(a.End))
            {
                m.Countries.Add(a.Iso);
            }
        }
    }

    private bool AfterLocationWord(int start)
    {
        for (var k = start - 1; k >= Math.Max(0, start - 4); k--)
        {
            if (Starts(EventWordKind.Location, k))
            {
                return true;
            }

            if (IsHardStop(k) || IsComma(k) || Starts(EventWordKind.Trigger, k) || IsSpeechVerb(k))
            {
                return false;
            }
        }

        return false;
    }

    private bool BeAt(int k)
    {
        while (k < tokens.Length && (IsComma(k) || layer.TokenLower(k).EndsWith("ly")))
        {
            k++;
        }

        return k < tokens.Length && IsBe(k);
    }

    private void AddCountry(IncidentMention m, PlaceAt p)
    {
        if (!m.Countries.Contains(p.Country))
        {
            m.Countries.Add(p.Country);
        }

        if (p.Name is not null && (m.Place is null || (m.PlaceIsCountry && !p.IsCountry)))
        {
            m.Place = p.Name;
            m.PlaceIsCountry = p.IsCountry;
        }
    }

    /// <summary>The places after the first location word after the trigger that is followed by a place: one, or
    /// a list joined by commas and "and"/"or".</summary>
    private List<PlaceAt>? ForwardLocation(int end, Sentence sentence, string family)
    {
        // A war is placed only by the words right after it ("the war in X", "the 1998 war over the valley").
        var limit = Math.Min(sentence.EndToken, end + (family == "war" ? 3 : LocationWindow));
        var objectOpen = true;
        for (var k = end; k < limit; k++)
        {
            // A speech verb starts another clause ("…, the spokesman told a briefing in X"), unless it is the
            // event's own passive ("fighting was reported near X").
            if (IsHardStop(k) || IsBoundaryWord(k) || IsComma(k) || (IsSpeechVerb(k) && !(k > 0 && IsBe(k - 1))))
            {
                return null;
            }

            var w = layer.TokenLower(k);
            if (w is "by" || IsSkipWord(k))
            {
                objectOpen = false;
            }

            if (objectOpen && k - end <= 5 && PlaceStartingAt(k) is { } objectPlace)
            {
                // The place is what the event befell: "shelled the village of Mirel", "fired on Mirel".
                return ListFrom(objectPlace, limit);
            }

            if (objectOpen && k - end <= 1 && AdjectiveAt(k) is { } own && TerritoryAt(own.End))
            {
                // "crossed into Georgian territory": the location word is part of the event word.
                return Located(new PlaceAt(k, own.End, own.Iso, null, true));
            }

            if (!Starts(EventWordKind.Location, k))
            {
                if (family == "war")
                {
                    return null;
                }

                continue;
            }

            for (var j = k + 1; j < Math.Min(limit, k + 7); j++)
            {
                if (IsHardStop(j) || IsComma(j) || (j > k + 1 && Starts(EventWordKind.Location, j)))
                {
                    break;
                }

                if (PlaceStartingAt(j) is { } first)
                {
                    return ListFrom(first, limit);
                }

                if (j <= k + 2 && AdjectiveAt(j) is { } adjective && TerritoryAt(adjective.End))
                {
                    return Located(new PlaceAt(j, adjective.End, adjective.Iso, null, true));
                }
            }
        }

        return null;
    }

    private List<PlaceAt> ListFrom(PlaceAt first, int limit)
    {
        var list = Located(first);
        var last = first;
        while (NextInList(last.End, limit) is { } next)
        {
            list.Add(next);
            last = next;
        }

        return list;
    }

    private bool TerritoryAt(int k)
    {
        for (var j = k; j < Math.Min(tokens.Length, k + 2); j++)
        {
            foreach (var p in PhrasesAt(j, EventWordKind.Grammar))
            {
                if (p.Territory)
                {
                    return true;
                }
            }
        }

        return false;
    }

    private PlaceAt? NextInList(int from, int limit)
    {
        for (var j = from; j < Math.Min(limit, from + 3); j++)
        {
            if (PlaceStartingAt(j) is { } p)
            {
                return j == from ? null : p;
            }

            var w = layer.TokenLower(j);
            if (!(w is "," or "and" or "or" or "the" or "&"))
            {
                return null;
            }
        }

        return null;
    }

    private PlaceAt? PlaceStartingAt(int token) =>
        (uint)token < (uint)tokens.Length && (traits[token] & PlaceTrait) != 0 ? placesAt[placeIndex[token]] : null;

    private (int Start, int End, string Iso)? AdjectiveAt(int token) =>
        (uint)token < (uint)tokens.Length && (traits[token] & AdjectiveTrait) != 0 ? adjectives[adjectiveIndex[token]] : null;

    /// <summary>True when a diplomatic target word follows: "Azerbaijani embassy" names the owner, not a place.</summary>
    private bool DiplomaticAfter(int token)
    {
        for (var k = token; k < Math.Min(tokens.Length, token + 2); k++)
        {
            foreach (var p in PhrasesAt(k, EventWordKind.Target))
            {
                if (p.Category is TargetCategory.DiplomaticPremises or TargetCategory.DiplomaticPersonnel)
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>A place that owns a mission rather than hosts it: "Azerbaijan's embassy", "the embassy of Azerbaijan",
    /// "the Embassy of the Republic of Azerbaijan".</summary>
    private bool IsOwner(int start, int end)
    {
        if (end < tokens.Length && tokens[end].Has(TokenFlags.Possessive) && DiplomaticAfter(end + 1))
        {
            return true;
        }

        var k = start - 1;
        if (k >= 0 && layer.TokenLower(k) is "the")
        {
            k--;
        }

        if (k < 1 || !layer.TokenLower(k).SequenceEqual("of"))
        {
            return false;
        }

        var last = k - 1;
        for (var t = Math.Max(0, last - 3); t <= last; t++)
        {
            var (from, to) = FormsAt(t);
            for (var i = from; i < to; i++)
            {
                var p = forms[phraseIds[i]];
                if (t + p.Length - 1 == last && p.Kind == EventWordKind.Target && p.Category is TargetCategory.DiplomaticPremises or TargetCategory.DiplomaticPersonnel)
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>The state a diplomatic target word at <paramref name="token"/> belongs to, from its own noun phrase:
    /// "A's embassy", "the A-adjective embassy", "the embassy of A", "diplomats of the A-adjective mission", or the
    /// owner the place stage read for a mission that covers the word. The host ("the embassy in B") never is.</summary>
    private string? MissionOwnerAt(int token)
    {
        var before = token - 1;
        if (before >= 0 && tokens[before].Has(TokenFlags.Possessive))
        {
            before--;
        }

        if (before >= 0 && StateNamedAt(before, ending: true) is { } owner)
        {
            return owner;
        }

        var end = token + 1;
        foreach (var p in PhrasesAt(token, EventWordKind.Target))
        {
            if (p.Category is TargetCategory.DiplomaticPremises or TargetCategory.DiplomaticPersonnel)
            {
                end = Math.Max(end, token + p.Length);
            }
        }

        if (end + 1 < tokens.Length && layer.TokenLower(end).SequenceEqual("of"))
        {
            var at = end + 1;
            if (layer.TokenLower(at).SequenceEqual("the") && at + 1 < tokens.Length)
            {
                at++;
            }

            if (StateNamedAt(at, ending: false) is { } ownerAfter)
            {
                return ownerAfter;
            }
        }

        foreach (var mission in missions)
        {
            if (mission.Start <= token && token < mission.End && mission.Owner is not null && mission.Owner != mission.Country)
            {
                return mission.Owner;
            }
        }

        return null;
    }

    /// <summary>The ISO code of the state that the first match starting (or, with <paramref name="ending"/>, ending)
    /// at <paramref name="token"/> names by any form of its name (name, alias, code, adjective, demonym); null when
    /// none does. Asked only for diplomatic targets, so the matches are searched here rather than tabled per token.</summary>
    private string? StateNamedAt(int token, bool ending)
    {
        foreach (var match in matches)
        {
            if ((ending ? match.EndToken - 1 : match.FirstToken) != token)
            {
                continue;
            }

            foreach (var hit in match.Hits)
            {
                if (stage.CountryIso(hit.Entry) is { } state)
                {
                    return state;
                }
            }
        }

        return null;
    }

    private (TargetCategory? Category, bool Person, int Token) FindTarget(int from, int to, bool forward)
    {
        TargetCategory? best = null;
        var person = false;
        var token = -1;
        var demonym = -1;
        var count = to - from;
        for (var i = 0; i < count; i++)
        {
            var k = forward ? from + i : to - 1 - i;
            if (IsHardStop(k) || IsComma(k) || IsBoundaryWord(k) || (forward && layer.TokenLower(k) is "from"))
            {
                break;
            }

            foreach (var p in PhrasesAt(k, EventWordKind.Target))
            {
                if (best is null || p.Category < best)
                {
                    best = p.Category;
                    token = k;
                }

                person |= p.Flag;
            }

            if (demonym < 0 && DemonymAt(k))
            {
                demonym = k;
            }

            if (!forward && Starts(EventWordKind.Trigger, k))
            {
                break;
            }
        }

        // People named by their nation ("peaceful Azerbaijanis") are civilians.
        return best is null && demonym >= 0 ? (TargetCategory.Civilians, false, demonym) : (best, person, token);
    }

    /// <summary>A word for a nation's people ("Azerbaijanis"); a form that is also the adjective ("French") only
    /// where it qualifies no word after it: before punctuation, a grammar word or an event verb in the past ("the
    /// Lebanese and", "peaceful French died"), not before a noun, an event noun among them ("French attack").</summary>
    private bool DemonymAt(int token)
    {
        if ((traits[token] & DemonymTrait) != 0)
        {
            return true;
        }

        if ((traits[token] & SharedDemonymTrait) == 0)
        {
            return false;
        }

        var next = token + 1;
        return next >= tokens.Length || tokens[next].Shape is TokenShape.Punctuation || IsHardStop(next) || IsComma(next)
            || IsSkipWord(next) || IsBoundaryWord(next) || IsArticleOrPreposition(next) || layer.TokenLower(next) is "and" or "or"
            || (Starts(EventWordKind.Trigger, next) && layer.TokenLower(next).EndsWith("ed"));
    }

    private bool PersonNear(int t, int end, Sentence sentence)
    {
        var from = tokens[Math.Max(sentence.FirstToken, t - TargetWindow)].Span.Start;
        var to = tokens[Math.Min(sentence.EndToken, end + TargetWindow) - 1].Span.End;
        return PersonWithin(from, to);
    }

    /// <summary>The time nearest the event word in its sentence, leaving out times that date a statement ("said on
    /// Monday"); a report of deaths with none takes the last time of the paragraph before it.</summary>
    private string? DateOf(int t, int s, bool inherit)
    {
        string? best = null;
        var distance = int.MaxValue;
        var sentence = layer.Sentences[s];
        string? before = null;
        foreach (var (token, value) in timesAt)
        {
            if (token >= sentence.FirstToken && token < sentence.EndToken)
            {
                if (DatesStatement(token, sentence))
                {
                    continue;
                }

                var d = Math.Abs(token - t);
                if (d < distance)
                {
                    distance = d;
                    best = value;
                }
            }
            else if (inherit && token < sentence.FirstToken && paragraphOfSentence[sentenceOf[token]] == paragraphOfSentence[s])
            {
                before = value;
            }
        }

        return best ?? before;
    }

    /// <summary>An agreement named by a cited instrument ("the 1998 Lakeview ceasefire agreement"): the instrument's
    /// name holds the place it was signed in, which the place stage leaves to the instrument, and its year. Sets
    /// the place and returns the year written before the name, else the instrument's <c>year=</c>; null when the
    /// trigger is in no instrument.</summary>
    private string? SignedIn(IncidentMention m, int t)
    {
        foreach (var match in matches)
        {
            if (match.FirstToken > t || match.EndToken <= t || !match.HasKind("instrument"))
            {
                continue;
            }

            for (var k = match.FirstToken; k < match.EndToken && m.Countries.Count == 0; k++)
            {
                for (var n = Math.Min(3, match.EndToken - k); n >= 1; n--)
                {
                    var name = Written(k, k + n);
                    if (!Covered(EventWordKind.Trigger, k, k + n) && stage.PlaceState(name.ToLowerInvariant()) is { } state)
                    {
                        m.Countries.Add(state);
                        m.Place = name;
                        m.PlaceIsCountry = stage.IsCountryName(name);
                        break;
                    }
                }
            }

            var before = match.FirstToken - 1;
            if (before >= 0 && layer.TokenText(before) is { Length: 4 } year && char.IsAsciiDigit(year[0]) && char.IsAsciiDigit(year[3]))
            {
                return year.ToString();
            }

            foreach (var hit in match.Hits)
            {
                if (hit.Entry.Kind == "instrument" && hit.Entry.Attribute("year") is { } value)
                {
                    return value;
                }
            }

            return null;
        }

        return null;
    }

    /// <summary>True when a year stands right before the event word ("the 1998 war").</summary>
    private bool YearBefore(int t, Sentence sentence)
    {
        if (t - 1 < sentence.FirstToken || !char.IsAsciiDigit(layer.TokenText(t - 1)[0]))
        {
            return false;
        }

        foreach (var (token, _) in timesAt)
        {
            if (token < t && token >= Math.Max(sentence.FirstToken, t - 3))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A participle used as an adjective ("the detained journalist") refers to an event told elsewhere;
    /// the times of its sentence are not its own.</summary>
    private bool Attributive(int t, EventPhrase trigger) =>
        trigger.Length == 1 && t > 0 && layer.TokenLower(t).EndsWith("ed") && IsArticleOrPreposition(t - 1) && t + 1 < tokens.Length
        && tokens[t + 1].Shape is TokenShape.Lower && !Starts(EventWordKind.Location, t + 1) && layer.TokenLower(t + 1) is not ("by" or "and" or "or");

    private bool DatesStatement(int token, Sentence sentence)
    {
        for (var k = Math.Max(sentence.FirstToken, token - 2); k <= Math.Min(sentence.EndToken - 1, token + 1); k++)
        {
            if (k != token && IsSpeechVerb(k))
            {
                return true;
            }
        }

        return false;
    }

    private Modality ModalityOf(int t, int end, Sentence sentence, int clauseStart, int clauseEnd, out string? reportedBy)
    {
        reportedBy = null;
        // The walks below look for modality cues and speech verbs only: a sentence with neither is not walked.
        var kinds = kindsOfSentence[sentenceOf[t]];
        var cues = (kinds & (1u << (int)EventWordKind.Modality)) != 0;
        for (var k = t - 1; k >= Math.Max(sentence.FirstToken, t - NearWindow) && cues; k--)
        {
            if (IsHardStop(k) || IsComma(k) || IsBoundaryWord(k))
            {
                break;
            }

            foreach (var p in PhrasesAt(k, EventWordKind.Modality))
            {
                if (!CueCase(k, sentence))
                {
                    continue;
                }

                if (p.Scope == CueScope.Near && p.Cue is EventCue.Hypothetical)
                {
                    return Modality.Hypothetical;
                }

                if (p.Scope == CueScope.Near && p.Cue is EventCue.Negated)
                {
                    return Modality.Negated;
                }
            }
        }

        for (var k = clauseStart; k < clauseEnd && cues; k++)
        {
            foreach (var p in PhrasesAt(k, EventWordKind.Modality))
            {
                if (!CueCase(k, sentence))
                {
                    continue;
                }

                if (p.Scope == CueScope.Clause && p.Cue == EventCue.Habitual)
                {
                    return Modality.Habitual;
                }

                if (p.Scope == CueScope.Clause && p.Cue == EventCue.Historical)
                {
                    return Modality.Historical;
                }
            }
        }

        var reported = false;
        var cueToken = -1;
        for (var k = sentence.FirstToken; k < sentence.EndToken && (cues || (kinds & SpeechVerbKindBit) != 0); k++)
        {
            foreach (var p in PhrasesAt(k, EventWordKind.Modality))
            {
                if (!CueCase(k, sentence))
                {
                    continue;
                }

                if (p.Scope == CueScope.Sentence && k < t && p.Cue == EventCue.Hypothetical)
                {
                    return Modality.Hypothetical;
                }

                if (p.Scope == CueScope.Sentence && p.Cue == EventCue.Historical)
                {
                    return Modality.Historical;
                }

                if (p.Scope == CueScope.Sentence && (p.Cue == EventCue.Reported || (p.Cue == EventCue.Denied && k < t)))
                {
                    reported = true;
                    cueToken = cueToken < 0 ? k : cueToken;
                }
            }

            if (IsSpeechVerb(k))
            {
                reported = true;
                cueToken = cueToken < 0 ? k : cueToken;
            }
        }

        var span = tokens[t].Span;
        foreach (var (quote, speaker) in quoteSpans)
        {
            if (quote.Contains(span))
            {
                reportedBy = speaker;
                return Modality.Reported;
            }
        }

        if (!reported)
        {
            return Modality.Asserted;
        }

        // "…, the police said" and "…, said her newspaper": a speech verb after the event's clause names its speaker.
        if (TrailingSpeaker(clauseEnd, sentence) is { } trailing)
        {
            reportedBy = trailing;
            return Modality.Reported;
        }

        var bestDistance = int.MaxValue;
        foreach (var (start, stop, name) in speakers)
        {
            if (start >= sentence.FirstToken && stop <= sentence.EndToken && (stop <= t || start >= end)
                && !Participant(start, stop, t, end, clauseStart, clauseEnd))
            {
                var d = Math.Min(Math.Abs(start - cueToken), Math.Abs(stop - cueToken));
                if (d < bestDistance)
                {
                    bestDistance = d;
                    reportedBy = name;
                }
            }
        }

        reportedBy ??= LeadingSpeaker(cueToken, t, sentence);
        return Modality.Reported;
    }

    /// <summary>A name in the event's own clause with no speech verb between it and the event word takes part in the
    /// event ("Jane Doe was arrested", "police detained Jane Doe"): the person detained is never who reports it.</summary>
    private bool Participant(int start, int stop, int t, int end, int clauseStart, int clauseEnd)
    {
        if (start < clauseStart || stop > clauseEnd)
        {
            return false;
        }

        var (from, to) = stop <= t ? (stop, t) : (end, start);
        for (var k = from; k < to; k++)
        {
            if (IsSpeechVerb(k))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The speaker of a speech verb that follows the event's clause after a comma: the name of a person or
    /// body written right before the verb (", Jane Doe said", ", the Harbour Gazette reported") or right after it
    /// (", said Jane Doe"), or else a definite description as written (", the police said", ", her newspaper said").
    /// Null when no such verb follows or its subject is neither.</summary>
    private string? TrailingSpeaker(int clauseEnd, Sentence sentence)
    {
        if (clauseEnd >= sentence.EndToken || !IsComma(clauseEnd))
        {
            return null;
        }

        // The first clause after the comma: "the police said", "said the police", "her newspaper has also said".
        var first = clauseEnd + 1;
        var stop = first;
        while (stop < sentence.EndToken && !IsHardStop(stop) && !IsComma(stop))
        {
            stop++;
        }

        var verb = -1;
        for (var k = first; k < stop && verb < 0; k++)
        {
            if (IsSpeechVerb(k) && tokens[k].Shape != TokenShape.Capitalized)
            {
                verb = k;
            }
        }

        if (verb < 0)
        {
            return null;
        }

        var subjectEnd = verb;
        while (subjectEnd > first && IsSkipWord(subjectEnd - 1))
        {
            subjectEnd--;
        }

        // Inverted ("…, said the police"): the subject runs from after the verb to the end of its clause, before
        // any time or place that follows it ("said the police on Monday").
        var (from, to) = subjectEnd > first ? (first, subjectEnd) : (verb + 1, stop);
        if (from >= to)
        {
            return null;
        }

        foreach (var (start, end, name) in speakers)
        {
            if (start >= from && end <= to && (subjectEnd > first ? end == to : start == from || (start == from + 1 && IsDefinite(from))))
            {
                return name;
            }
        }

        return Description(from, to, whole: subjectEnd > first);
    }

    /// <summary>"The police said …", "Her newspaper has said …": the definite description that opens the sentence
    /// or the clause of a speech verb before the event word, when no named speaker was found.</summary>
    private string? LeadingSpeaker(int cueToken, int t, Sentence sentence)
    {
        if (cueToken < 0 || cueToken >= t || !IsSpeechVerb(cueToken))
        {
            return null;
        }

        var subjectEnd = cueToken;
        while (subjectEnd > sentence.FirstToken && IsSkipWord(subjectEnd - 1))
        {
            subjectEnd--;
        }

        var from = subjectEnd;
        while (from > sentence.FirstToken && !IsHardStop(from - 1) && !IsComma(from - 1))
        {
            from--;
        }

        return from < subjectEnd ? Description(from, subjectEnd, whole: true) : null;
    }

    /// <summary>A determiner and one to three lower-case nouns from <paramref name="from"/> ("the police", "her
    /// newspaper", "the interior ministry"), as written; with <paramref name="whole"/> they must fill the range.</summary>
    private string? Description(int from, int to, bool whole)
    {
        if (!IsDefinite(from))
        {
            return null;
        }

        var last = from + 1;
        while (last < to && tokens[last].Shape == TokenShape.Lower && !IsFunctionWord(last))
        {
            last++;
        }

        return last > from + 1 && (last == to || !whole) && last - from <= 4
            ? text[tokens[from].Span.Start..tokens[last - 1].Span.End]
            : null;
    }

    private bool IsDefinite(int k) => layer.TokenLower(k) is "the" or "his" or "her" or "its" or "their" or "our";

    /// <summary>Cue words are grammar, written in lower case inside a sentence: the capitalised "May" is a month.</summary>
    private bool CueCase(int k, Sentence sentence) => k == sentence.FirstToken || tokens[k].Shape != TokenShape.Capitalized;

    private Span? Perpetrator(int t, int end, Sentence sentence, int clauseStart, bool passive)
    {
        // "by X" or "from X" after the event word: the agent of a passive or of a noun.
        for (var k = end; k < Math.Min(sentence.EndToken, end + 14); k++)
        {
            if (IsHardStop(k) || IsBoundaryWord(k) || IsComma(k))
            {
                break;
            }

            var w = layer.TokenLower(k);
            if (w is "by" or "from")
            {
                if (Phrase(k + 1, sentence.EndToken) is { } agent)
                {
                    return agent;
                }
            }
        }

        // "the incursion of X troops": an actor after "of".
        if (end < sentence.EndToken && layer.TokenLower(end) is "of" && Phrase(end + 1, sentence.EndToken) is { } of)
        {
            return of;
        }

        if (passive)
        {
            return null;
        }

        // The subject before an active verb: back over auxiliaries and adverbs to the clause start.
        var k2 = t - 1;
        while (k2 >= clauseStart && (IsSkipWord(k2) || layer.TokenLower(k2).EndsWith("ly")))
        {
            k2--;
        }

        // A noun after a light verb ("committed provocations against"): the subject is before the verb.
        if (k2 > clauseStart && layer.TokenLower(k2).EndsWith("ed") && k2 == t - 1)
        {
            k2--;
            while (k2 >= clauseStart && (IsSkipWord(k2) || layer.TokenLower(k2).EndsWith("ly")))
            {
                k2--;
            }
        }

        if (k2 < clauseStart || IsArticleOrPreposition(k2))
        {
            return null;
        }

        var stop = k2 + 1;
        var start = k2;
        while (start - 1 >= clauseStart && stop - (start - 1) <= 8 && !IsBoundaryWord(start - 1) && !IsHardStop(start - 1) && !Starts(EventWordKind.Trigger, start - 1)
            && !IsSpeechVerb(start - 1) && !IsBe(start - 1) && layer.TokenLower(start - 1) is not ("and" or "or" or "to" or "as"))
        {
            start--;
        }

        for (var k = start; k < stop; k++)
        {
            if (Starts(EventWordKind.Location, k) && k > start)
            {
                stop = k;
                break;
            }
        }

        return Tidy(ref start, ref stop) && IsActorPhrase(start, stop) ? Cut(start, stop) : null;
    }

    /// <summary>A noun phrase from <paramref name="from"/> up to a clause boundary, a location word, a trigger or
    /// eight tokens, when it names an actor.</summary>
    private Span? Phrase(int from, int limit)
    {
        var k = from;
        while (k < Math.Min(limit, from + 8) && !IsHardStop(k) && !IsComma(k) && !IsBoundaryWord(k) && !Starts(EventWordKind.Trigger, k)
            && !(Starts(EventWordKind.Location, k) && !layer.TokenLower(k).SequenceEqual("of")) && !IsSpeechVerb(k) && layer.TokenLower(k) is not ("with" or "to"))
        {
            k++;
        }

        var start = from < k && layer.TokenLower(from) is "the" ? from + 1 : from;
        return k > start && Tidy(ref start, ref k) && IsActorPhrase(start, k) ? Cut(start, k) : null;
    }

    /// <summary>Narrows an actor phrase to its noun phrase: it never ends on an article, a preposition, a
    /// conjunction, an auxiliary, an adverb or a relative word ("X and the", "X have illegally and", "the people
    /// who"), and a phrase that opens with a preposition or conjunction ("in 1998 X artillery") starts after the
    /// preposition's object. False when nothing is left.</summary>
    private bool Tidy(ref int start, ref int stop)
    {
        while (stop - 1 > start && (IsArticleOrPreposition(stop - 1) || IsSkipWord(stop - 1) || IsBoundaryWord(stop - 1)
            || layer.TokenLower(stop - 1) is "and" or "or" or "but" or "as"
            || (tokens[stop - 1].Shape == TokenShape.Lower && layer.TokenLower(stop - 1).EndsWith("ly"))))
        {
            stop--;
        }

        if (start < stop && !tokens[start].Has(TokenFlags.Possessive) && !IsArticle(start)
            && (IsArticleOrPreposition(start) || IsBoundaryWord(start) || layer.TokenLower(start) is "and" or "or" or "but" or "as" or "over"))
        {
            // The preposition's object is an article, names and numbers ("in May 2024", "over Vienna"): the actor
            // starts after it, or at the first actor, place or adjective within it.
            var k = start + 1;
            while (k < stop && !Starts(EventWordKind.Actor, k) && PlaceStartingAt(k) is null && AdjectiveAt(k) is null
                && (IsArticle(k) || tokens[k].Shape is not (TokenShape.Lower or TokenShape.Uncased)))
            {
                k++;
            }

            start = k;
        }

        return stop > start;
    }

    private bool IsArticle(int k) => layer.TokenLower(k) is "the" or "a" or "an" or "this" or "these" or "those" or "its" or "their" or "our" or "his" or "her" or "such" or "any" or "no";

    private bool IsActorPhrase(int start, int stop)
    {
        for (var k = start; k < stop; k++)
        {
            if (Starts(EventWordKind.Actor, k) || PlaceStartingAt(k) is not null || AdjectiveAt(k) is not null)
            {
                return true;
            }
        }

        var from = tokens[start].Span.Start;
        var to = tokens[stop - 1].Span.End;
        foreach (var x in speakers)
        {
            if (x.Start >= start && x.End <= stop)
            {
                return true;
            }
        }

        return from < to && PersonWithin(from, to);
    }

    /// <summary>The motive the text gives for the event at <paramref name="t"/> (docs/incidents.md, "Motive"): the
    /// words after a motive phrase later in its sentence; else a motive noun in its clause ("committed on personal
    /// motives"); else, in a later clause of its sentence or in the next sentence of the paragraph, a motive noun
    /// that refers back ("The motive was personal."), unless an event word of its own comes first.</summary>
    private Span? Motive(int t, int end, int s, Sentence sentence, int clauseStart, int clauseEnd, string family)
    {
        // Each walk of the sentence below looks only for motive forms: a sentence with none is not walked.
        var motives = SentenceHas(s, EventWordKind.Motive);
        for (var k = end; k < sentence.EndToken && motives; k++)
        {
            foreach (var p in PhrasesAt(k, EventWordKind.Motive))
            {
                if (p.Frame != MotiveFrame.After)
                {
                    continue;
                }

                var from = k + p.Length;
                var to = from;
                while (to < Math.Min(sentence.EndToken, from + 12) && !IsHardStop(to) && !IsComma(to))
                {
                    to++;
                }

                return to > from && !StartsUnknownMotive(from) ? Cut(from, to) : null;
            }
        }

        for (var k = clauseStart; k < clauseEnd && motives; k++)
        {
            foreach (var p in PhrasesAt(k, EventWordKind.Motive))
            {
                if (p.Frame is MotiveFrame.Noun or MotiveFrame.Qualified && (k >= end || k + p.Length <= t)
                    && NounMotive(k, p, sentence, family, restated: false) is { } motive)
                {
                    return motive;
                }
            }
        }

        // A later clause of the sentence may restate it ("…, police said, and the motive was political").
        for (var k = clauseEnd; k < sentence.EndToken && motives && !Starts(EventWordKind.Trigger, k); k++)
        {
            foreach (var p in PhrasesAt(k, EventWordKind.Motive))
            {
                if (p.Frame == MotiveFrame.Noun && NounMotive(k, p, sentence, family, restated: true) is { } motive)
                {
                    return motive;
                }
            }
        }

        if (s + 1 < layer.Sentences.Length && paragraphOfSentence[s + 1] == paragraphOfSentence[s] && SentenceHas(s + 1, EventWordKind.Motive))
        {
            var next = layer.Sentences[s + 1];
            for (var k = next.FirstToken; k < next.EndToken && !Starts(EventWordKind.Trigger, k); k++)
            {
                foreach (var p in PhrasesAt(k, EventWordKind.Motive))
                {
                    if (p.Frame == MotiveFrame.Noun && NounMotive(k, p, next, family, restated: true) is { } motive)
                    {
                        return motive;
                    }
                }
            }
        }

        return null;
    }

    /// <summary>The motive a motive noun at <paramref name="k"/> gives: what a form of "be" after it says ("the
    /// motive for the attack was revenge"), else the noun with the words that qualify it ("personal motives"), a
    /// negation kept in the text ("no political motive") so that it is never read as the motive itself. Null when
    /// the noun is about something else ("the motive for his resignation"), is hypothetical ("whether the motive
    /// was political"), says the motive is unknown, or has no qualifier; <paramref name="restated"/> (a later
    /// sentence) takes only "the/its/their motive was …".</summary>
    private Span? NounMotive(int k, EventPhrase noun, Sentence sentence, string family, bool restated)
    {
        var first = k;
        while (first > sentence.FirstToken && k - first < 3 && IsMotiveQualifier(first - 1))
        {
            first--;
        }

        // A run of qualifiers counts whole after a function word ("on purely personal grounds"); after any other
        // word only the nearest is sure to qualify the noun ("police suspect personal motives").
        if (first < k - 1 && first > sentence.FirstToken && !IsFunctionWord(first - 1))
        {
            first = k - 1;
        }

        if (MotiveCueBefore(first, sentence, EventCue.Hypothetical) >= 0)
        {
            return null;
        }

        var be = k + noun.Length;
        if (be < sentence.EndToken && layer.TokenLower(be) is "for" or "behind" or "of")
        {
            // "the motive for the attack was …" counts only when the phrase names an event like this one.
            var aboutThis = false;
            var limit = Math.Min(sentence.EndToken, be + 16);
            for (be++; be < limit && !IsBe(be) && !IsHardStop(be) && !IsComma(be); be++)
            {
                aboutThis |= Trigger(be) is { } other && other.Family == family;
            }

            if (!aboutThis)
            {
                return null;
            }
        }

        if (be < sentence.EndToken && IsBe(be) && (!restated || (first > sentence.FirstToken && layer.TokenLower(first - 1) is "the" or "its" or "their")))
        {
            var from = be + 1;
            var to = from;
            while (to < Math.Min(sentence.EndToken, from + 12) && !IsHardStop(to) && !IsComma(to) && !IsBoundaryWord(to))
            {
                to++;
            }

            return to > from && !StartsUnknownMotive(from) ? Cut(from, to) : null;
        }

        if (restated || first == k || StartsUnknownMotive(first)
            || (noun.Frame == MotiveFrame.Qualified && !(first > sentence.FirstToken && IsArticleOrPreposition(first - 1) && !IsArticle(first - 1))))
        {
            return null;
        }

        var start = first;
        if (MotiveCueBefore(first, sentence, EventCue.Negated) is >= 0 and var negation)
        {
            start = negation > sentence.FirstToken && layer.TokenLower(negation) == "n't" ? negation - 1 : negation;
        }

        return Cut(start, k + noun.Length);
    }

    /// <summary>A word that may qualify a motive noun: not a function word, an event, target or actor word, a
    /// speech verb, a name's possessive, or a verb form in -ed or -ing ("suspected", "investigating").</summary>
    private bool IsMotiveQualifier(int k)
    {
        var lower = layer.TokenLower(k);
        return lower.Length > 0 && char.IsLetter(lower[0]) && !IsFunctionWord(k) && !IsSpeechVerb(k)
            && !Covered(EventWordKind.Trigger, k, k + 1) && !Covered(EventWordKind.Target, k, k + 1) && !Covered(EventWordKind.Actor, k, k + 1)
            && !(lower.Length > 4 && (lower.EndsWith("ed", StringComparison.Ordinal) || lower.EndsWith("ing", StringComparison.Ordinal)));
    }

    private bool IsFunctionWord(int k) =>
        IsArticleOrPreposition(k) || IsSkipWord(k) || IsBoundaryWord(k) || IsComma(k) || IsHardStop(k) || MotiveCueAt(k, EventCue.Negated);

    private bool MotiveCueAt(int k, EventCue cue)
    {
        foreach (var p in PhrasesAt(k, EventWordKind.Modality))
        {
            if (p.Cue == cue && p.Scope == CueScope.Near)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The token of a <paramref name="cue"/> before a motive starting at <paramref name="first"/>: a near cue
    /// in the few words before it inside its clause, or (hypothetical) an "if"-like cue anywhere before it in the
    /// sentence; -1 when none.</summary>
    private int MotiveCueBefore(int first, Sentence sentence, EventCue cue)
    {
        for (var k = first - 1; k >= Math.Max(sentence.FirstToken, first - NearWindow); k--)
        {
            if (IsHardStop(k) || IsComma(k) || IsBoundaryWord(k))
            {
                break;
            }

            if (CueCase(k, sentence) && MotiveCueAt(k, cue))
            {
                return k;
            }
        }

        for (var k = sentence.FirstToken; k < first && cue == EventCue.Hypothetical; k++)
        {
            foreach (var p in PhrasesAt(k, EventWordKind.Modality))
            {
                if (p.Cue == EventCue.Hypothetical && p.Scope == CueScope.Sentence && CueCase(k, sentence))
                {
                    return k;
                }
            }
        }

        return -1;
    }

    private bool StartsUnknownMotive(int k)
    {
        foreach (var p in PhrasesAt(k, EventWordKind.Motive))
        {
            return p.Frame == MotiveFrame.Unknown;
        }

        return false;
    }

    private int Multiplier(int end, int clauseEnd)
    {
        for (var k = end; k < Math.Min(clauseEnd, end + 10); k++)
        {
            foreach (var p in PhrasesAt(k, EventWordKind.Multiplier))
            {
                return p.Value;
            }
        }

        return 1;
    }

    private int Ordinal(int t, int sentenceStart)
    {
        for (var k = t - 1; k >= Math.Max(sentenceStart, t - 3); k--)
        {
            foreach (var p in PhrasesAt(k, EventWordKind.Ordinal))
            {
                return p.Value;
            }
        }

        return 0;
    }

    private void Classify(IncidentMention m, EventPhrase trigger, Sentence sentence, int clauseStart, int clauseEnd)
    {
        m.Weapon = trigger.Weapon;
        // Weapons just before the event word ("Kovarian artillery shelled") or after it up to the next "and"/"to"
        // ("attacked the embassy with a knife", not "… and to keep heavy weapons away").
        // The clause is walked for weapon and actor forms only where its sentence has some.
        var weapons = SentenceHas(m.Sentence, EventWordKind.Weapon);
        for (var k = Math.Max(clauseStart, m.Token - 4); k < Math.Min(clauseEnd, m.Token + trigger.Length + 8) && weapons && m.Weapon != WeaponKind.Explosive; k++)
        {
            if (k >= m.Token + trigger.Length && (layer.TokenLower(k) is "and" or "to" or "or" || IsBoundaryWord(k)))
            {
                break;
            }

            foreach (var p in PhrasesAt(k, EventWordKind.Weapon))
            {
                m.Weapon = p.Weapon == WeaponKind.Explosive || m.Weapon == WeaponKind.None ? p.Weapon : m.Weapon;
            }
        }

        for (var k = clauseStart; k < clauseEnd && SentenceHas(m.Sentence, EventWordKind.Actor); k++)
        {
            foreach (var p in PhrasesAt(k, EventWordKind.Actor))
            {
                m.Crowd |= p.Flag;
            }
        }

        m.Violent |= SentenceHas(m.Sentence, EventWordKind.Violence);

        m.Type = trigger.Type;
        if (m.Type is null)
        {
            m.Type = m.Target == TargetCategory.Military ? EventType.Battles
                : m.Weapon == WeaponKind.Explosive ? EventType.ExplosionsRemoteViolence
                : m.Weapon == WeaponKind.Firearm ? EventType.ViolenceAgainstCivilians
                : m.Crowd ? EventType.Riots
                : null;
        }
        else if ((m.Type == EventType.Protests && m.Violent) || (trigger.Family == "clash" && m.Crowd))
        {
            // A protest that turns violent, and protesters clashing with police, are riots.
            m.Type = EventType.Riots;
        }
    }

    private (int Start, int End) Clause(int t, int end, Sentence sentence)
    {
        var start = t;
        while (start > sentence.FirstToken && !IsHardStop(start - 1) && !IsComma(start - 1))
        {
            start--;
        }

        var stop = end;
        while (stop < sentence.EndToken && !IsHardStop(stop) && !IsComma(stop))
        {
            stop++;
        }

        return (start, stop);
    }

    private bool IsPassive(int t, int sentenceStart)
    {
        var k = t - 1;
        while (k >= sentenceStart && ((IsSkipWord(k) && !IsBe(k)) || layer.TokenLower(k).EndsWith("ly")))
        {
            k--;
        }

        return k >= sentenceStart && IsBe(k);
    }

    private bool IsBe(int k) => (traits[k] & BeTrait) != 0;

    private bool IsSkipWord(int k) => (traits[k] & (SkipTrait | BeTrait)) != 0;

    private bool IsBoundaryWord(int k) => (traits[k] & BoundaryTrait) != 0;

    private bool IsArticleOrPreposition(int k) =>
        layer.TokenLower(k) is "the" or "a" or "an" or "this" or "these" or "those" or "that" or "its" or "their" or "our" or "his" or "her"
            or "of" or "on" or "in" or "at" or "against" or "to" or "for" or "such" or "any" or "no"
        || tokens[k].Has(TokenFlags.Possessive);

    private bool IsSpeechVerb(int k) => (traits[k] & SpeechTrait) != 0;

    /// <summary>True when punctuation separates the two tokens; a comma before a relative pronoun does not ("the
    /// consulate in X, which was attacked": the relative clause is about the place before it).</summary>
    private bool PunctuationBetween(int from, int to)
    {
        for (var k = from; k < to; k++)
        {
            if (IsHardStop(k) || (IsComma(k) && !(k + 1 < to && layer.TokenLower(k + 1) is "which" or "where" or "who")))
            {
                return true;
            }
        }

        return false;
    }

    private bool IsComma(int k) => (traits[k] & CommaTrait) != 0;

    private bool IsHardStop(int k) => (traits[k] & HardStopTrait) != 0;

    private string Written(int start, int stop) => text[tokens[start].Span.Start..tokens[stop - 1].Span.End];

    /// <summary>The offsets of tokens [<paramref name="start"/>, <paramref name="stop"/>): a perpetrator or motive is
    /// kept as offsets and written out only for the mention whose report shows it.</summary>
    private Span Cut(int start, int stop) => Span.FromBounds(tokens[start].Span.Start, tokens[stop - 1].Span.End);

    /// <summary>The tokens <paramref name="span"/> covers, as <see cref="TokenAt"/> finds its first and last characters.</summary>
    private (int Start, int End) TokensOf(Span span, ref int hint)
    {
        var start = TokenAt(span.Start, ref hint);
        // A name or place is a few tokens long: its last token is found by stepping on from its first rather than
        // by a second search. The first starts at or before the last character, so the answer is never before it.
        var all = tokens.AsSpan();
        var lastCharacter = span.End - 1;
        if (all[start].Span.Start > lastCharacter)
        {
            return (start, TokenAt(lastCharacter, ref hint) + 1);
        }

        var last = start;
        while (last + 1 < all.Length && all[last + 1].Span.Start <= lastCharacter)
        {
            last++;
        }

        hint = last;
        return (start, last + 1);
    }

    /// <summary>The last token starting at or before <paramref name="offset"/> (the first token when none does).
    /// The search starts from <paramref name="hint"/>, the previous answer: mentions come in text order, so the
    /// answer is mostly a few tokens on, found by doubling steps and then halving them rather than by a binary
    /// search over the whole document. Leaves the answer in <paramref name="hint"/>.</summary>
    private int TokenAt(int offset, ref int hint)
    {
        var all = tokens.AsSpan();
        int lo, hi;
        var from = Math.Clamp(hint, 0, all.Length - 1);
        if (all[from].Span.Start <= offset)
        {
            // The answer is at or after the hint: gallop forward to a token starting after the offset.
            lo = from;
            var step = 1;
            while (lo + step < all.Length && all[lo + step].Span.Start <= offset)
            {
                lo += step;
                step *= 2;
            }

            hi = Math.Min(all.Length - 1, lo + step - 1);
        }
        else
        {
            // Before the hint: gallop back to a token starting at or before the offset, or to the first token.
            hi = Math.Max(0, from - 1);
            lo = hi;
            var step = 1;
            while (lo > 0 && all[lo].Span.Start > offset)
            {
                hi = lo - 1;
                lo = Math.Max(0, lo - step);
                step *= 2;
            }
        }

        while (lo < hi)
        {
            var mid = (lo + hi + 1) / 2;
            if (all[mid].Span.Start <= offset)
            {
                lo = mid;
            }
            else
            {
                hi = mid - 1;
            }
        }

        hint = lo;
        return lo;
    }

    /// <summary>Fills the per-token tables in one pass: the sentence of each token, the event forms that start at
    /// it, what they cover, and the traits (grammar words, punctuation, speech verbs) the rules test. Every token is
    /// read here, so the tokens and the lower-case text are walked as spans, and one lookup answers the forms, the
    /// speech verb and the punctuation; a word whose forms are all one token copies the answer the vocabulary worked
    /// out for it.</summary>
    private void FindPhrases()
    {
        var vocabulary = stage.Vocabulary;
        var askSpeechVerbs = !vocabulary.AllSpeechVerbsPlain;
        var chosen = vocabulary.Chosen.AsSpan();
        var all = tokens.AsSpan();
        var lower = layer.Lower.AsSpan();
        var sentences = layer.Sentences.AsSpan();
        var formOfKind = scratch.FormOfKind;
        var count = 0;
        var s = 0;
        // A token outside every sentence counts as in the first, as an unwritten entry would say.
        var firstEnd = sentences.IsEmpty ? 0 : sentences[0].EndToken;
        var ids = TokenWordIds.Of(layer, vocabulary.Shared.Ids);
        var byId = vocabulary.ById;
        var folded = default(EventWord);
        // The per-token tables as locals: read through the fields, each would be loaded again for every token.
        var head = this.head;
        var cover = this.cover;
        var starts = this.starts;
        var traits = this.traits;
        var sentenceOf = this.sentenceOf;

        // Characters that fold are rare: jump from one to the next over the whole text rather than search every
        // token for one.
        var fold = lower.IndexOfAny(TokenFold.Chars);
        // The tokens are read a run at a time: a sentence, or the tokens between two sentences. Within a run the
        // sentence and where forms must end are fixed, so they are not worked out again for every token.
        for (var t = 0; t < all.Length;)
        {
            while (s < sentences.Length && sentences[s].EndToken <= t)
            {
                s++;
            }

            var inSentence = s < sentences.Length && sentences[s].FirstToken <= t;
            var stop = Math.Min(all.Length, inSentence ? sentences[s].EndToken : s < sentences.Length ? sentences[s].FirstToken : all.Length);
            var sentenceEnd = inSentence ? sentences[s].EndToken : firstEnd;
            sentenceOf.AsSpan(t, stop - t).Fill(inSentence ? s : 0);
            var kinds = 0u;
            for (; t < stop; t++)
            {
                var token = all[t];
                var word = lower.Slice(token.Span.Start, token.Span.Length);
                // An unknown word reads as the default entry: no traits, no forms. The shared lookup reads the token as
                // written, which is the folded reading unless a character of the token folds. The entry is read where
                // it lies, not copied: a copy of the 28-byte struct per token costs more than the rest of the loop.
                var id = ids[t];
                scoped ref readonly var entry = ref (uint)id < (uint)byId.Length ? ref byId[id] : ref UnknownWord;
                while (fold >= 0 && fold < token.Span.Start)
                {
                    var next = lower[(fold + 1)..].IndexOfAny(TokenFold.Chars);
                    fold = next < 0 ? -1 : fold + 1 + next;
                }

                if (fold >= 0 && fold < token.Span.End)
                {
                    vocabulary.TryRead(word, out folded);
                    entry = ref folded;
                }

                var trait = (ushort)entry.Traits;
                if (askSpeechVerbs && stage.IsSpeechVerb(word))
                {
                    trait |= SpeechTrait;
                }

                if ((token.Flags & (TokenFlags.Dash | TokenFlags.OpeningQuote | TokenFlags.ClosingQuote | TokenFlags.OpeningBracket | TokenFlags.ClosingBracket)) != 0)
                {
                    trait |= HardStopTrait;
                }

                var startBits = 0u;
                if (entry.FormCount > 0)
                {
                    if (phraseIds.Length - count < MaxFormsPerToken)
                    {
                        Array.Resize(ref phraseIds, Math.Max(64, phraseIds.Length * 2));
                        scratch.PhraseIds = phraseIds;
                    }

                    // Written only where forms start: a reader asks for a token's forms only where its start bits say so.
                    head[t] = count;
                    if (entry.OneToken && t < sentenceEnd)
                    {
                        startBits = entry.Kinds;
                        trait |= (ushort)entry.Grammar;
                        // A few ids at most: copied one by one, as a call to copy them would cost more.
                        for (var i = entry.ChosenStart; i < entry.ChosenStart + BitOperations.PopCount(startBits); i++)
                        {
                            phraseIds[count++] = chosen[i];
                        }

                        cover[t] |= startBits;
                    }
                    else
                    {
                        trait |= AddPhrases(t, sentenceEnd, all, lower, in entry, formOfKind, ref count, ref startBits);
                    }
                }

                // Written, not or-ed: the first writes of the document, so the storage needs no clearing before.
                starts[t] = startBits;
                traits[t] = trait;
                kinds |= startBits | ((trait & SpeechTrait) != 0 ? SpeechVerbKindBit : 0);
                if ((startBits & (1u << (int)EventWordKind.Trigger)) != 0)
                {
                    scratch.TriggerTokens.Add(t);
                }
            }

            if (inSentence)
            {
                kindsOfSentence[s] |= kinds;
            }
        }
    }

    /// <summary>Adds the forms of <paramref name="entry"/> that the text spells from token <paramref name="t"/>, the
    /// longest of each kind, and their kinds' bits to <paramref name="startBits"/>; returns the traits of the
    /// grammar words among them. At most one form of each kind is added, in kind order, so a token's forms are the
    /// <see cref="BitOperations.PopCount(uint)"/> of its start bits and the form of a kind follows one form for each
    /// kind below it that starts there.</summary>
    private ushort AddPhrases(
        int t, int sentenceEnd, ReadOnlySpan<Token> all, ReadOnlySpan<char> lower, in EventWord entry, int[] formOfKind,
        ref int count, ref uint startBits)
    {
        var shapes = stage.Vocabulary.Shapes.AsSpan(entry.FormStart, entry.FormCount);
        var seen = 0u;
        var trait = 0;
        for (var i = 0; i < shapes.Length; i++)
        {
            var shape = shapes[i];
            var bit = shape.KindBit;
            if ((seen & bit) != 0 || t + shape.Length > sentenceEnd
                || (shape.Length > 1 && (all[t + 1].Span.Length != shape.SecondLength || !Spells(t, forms[entry.FormStart + i], all, lower))))
            {
                continue;
            }

            seen |= bit;
            trait |= (int)shape.Grammar;
            formOfKind[BitOperations.TrailingZeroCount(bit)] = entry.FormStart + i;
            for (var k = t; k < t + shape.Length; k++)
            {
                cover[k] |= bit;
            }
        }

        for (var bits = seen; bits != 0; bits &= bits - 1)
        {
            phraseIds[count++] = formOfKind[BitOperations.TrailingZeroCount(bits)];
        }

        startBits |= seen;
        return (ushort)trait;
    }

    /// <summary>True when the tokens after <paramref name="t"/> spell the rest of <paramref name="phrase"/>; the
    /// caller has checked that it ends inside the sentence.</summary>
    private static bool Spells(int t, EventPhrase phrase, ReadOnlySpan<Token> all, ReadOnlySpan<char> lower)
    {
        for (var i = 1; i < phrase.Length; i++)
        {
            var span = all[t + i].Span;
            if (!TokenFold.Spells(lower.Slice(span.Start, span.Length), phrase.Tokens[i]))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The range of <see cref="phraseIds"/> that holds the forms starting at token <paramref name="t"/>.</summary>
    private (int From, int To) FormsAt(int t)
    {
        var bits = starts[t];
        return bits == 0 ? (0, 0) : (head[t], head[t] + BitOperations.PopCount(bits));
    }

    private EventPhrase? Trigger(int t)
    {
        foreach (var p in PhrasesAt(t, EventWordKind.Trigger))
        {
            return p;
        }

        return null;
    }

    /// <summary>True when a form of <paramref name="kind"/> starts in sentence <paramref name="s"/>.</summary>
    private bool SentenceHas(int s, EventWordKind kind) => (kindsOfSentence[s] & (1u << (int)kind)) != 0;

    private bool Starts(EventWordKind kind, int t) => t >= 0 && t < tokens.Length && (starts[t] & (1u << (int)kind)) != 0;

    private bool Covered(EventWordKind kind, int from, int to)
    {
        var bit = 1u << (int)kind;
        for (var k = from; k < to; k++)
        {
            if ((cover[k] & bit) != 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The form of <paramref name="kind"/> that starts at token <paramref name="t"/>, as a list of none or
    /// one, a struct that allocates nothing. The rules ask for most kinds at every token of a sentence, so a token
    /// where no form of the kind starts answers from its bit; one where one does finds it by counting the kinds
    /// below it among the token's start bits (see <see cref="AddPhrases"/>).</summary>
    private PhraseList PhrasesAt(int t, EventWordKind kind)
    {
        if ((uint)t >= (uint)tokens.Length)
        {
            return default;
        }

        var bits = starts[t];
        var bit = 1u << (int)kind;
        return (bits & bit) == 0 ? default : new PhraseList(forms[phraseIds[head[t] + BitOperations.PopCount(bits & (bit - 1))]]);
    }

    /// <summary>The scratch list of located places, holding only <paramref name="first"/>: one mention is read at a
    /// time and its list is done with before the next is read.</summary>
    private List<PlaceAt> Located(PlaceAt first)
    {
        var list = scratch.Located;
        list.Clear();
        list.Add(first);
        return list;
    }

    private static bool ContainsSpan(List<Span> spans, Span span)
    {
        foreach (var s in spans)
        {
            if (s.Contains(span))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when a person mention lies inside the offsets [<paramref name="from"/>, <paramref name="to"/>).</summary>
    private bool PersonWithin(int from, int to)
    {
        foreach (var p in personSpans)
        {
            if (p.Start >= from && p.End <= to)
            {
                return true;
            }
        }

        return false;
    }

    private static bool SeveralCountries(List<PlaceAt> list)
    {
        foreach (var p in list)
        {
            if (!string.Equals(p.Country, list[0].Country, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    internal readonly record struct PlaceAt(int Start, int End, string Country, string? Name, bool IsCountry);

    private readonly struct PhraseList(EventPhrase? phrase)
    {
        public Enumerator GetEnumerator() => new(phrase);

        public struct Enumerator(EventPhrase? phrase)
        {
            private bool done;

            public readonly EventPhrase Current => phrase!;

            public bool MoveNext()
            {
                var has = !done && phrase is not null;
                done = true;
                return has;
            }
        }
    }
}
