using System.Collections.Immutable;
using Attest.Lexicons;
using Attest.Model;
using Attest.Text;

namespace Attest.Mentions;

/// <summary>The rules of <see cref="PersonStage"/> applied to one document; see there for what they are.</summary>
internal sealed class PersonFinder
{
    /// <summary>The findings array of the last finder on this thread, reused when long enough; taken while in use.</summary>
    [ThreadStatic]
    private static Finding[]? spareFindings;

    private readonly NameDocument doc;
    private readonly PersonPassives passives;

    /// <summary>One finding per run of <see cref="NameDocument.Runs"/>; may be longer than the runs.</summary>
    private readonly Finding[] findings;

    public PersonFinder(NameDocument doc, PersonPassives passives)
    {
        this.doc = doc;
        this.passives = passives;
        var count = doc.Runs.Count;
        var spare = spareFindings;
        spareFindings = null;
        findings = spare is not null && spare.Length >= count && spare.Length <= 4 * Math.Max(count, 256) ? spare : new Finding[Math.Max(count, 32)];
        findings.AsSpan(0, count).Clear();
    }

    private enum Status : byte
    {
        /// <summary>No evidence yet.</summary>
        None,

        /// <summary>Not a person: part of an organisation's name.</summary>
        Rejected,

        /// <summary>A single word on evidence that only a full name elsewhere can confirm.</summary>
        ShortForm,

        /// <summary>A person.</summary>
        Confirmed,
    }

    public ImmutableArray<PersonMention> Find()
    {
        var runs = doc.Runs;
        for (var r = 0; r < runs.Count; r++)
        {
            findings[r] = IsOrganisationName(runs[r]) ? new Finding(Status.Rejected, null, null) : Evidence(runs[r]);
        }

        Lists();
        Signatures();
        ConfirmFullNames();
        var mentions = Emit();
        findings.AsSpan(0, runs.Count).Clear();
        spareFindings = findings;
        return mentions;
    }

    /// <summary>"Jane Doe Foundation": a run right before the capitalised head of an organisation's name.</summary>
    private bool IsOrganisationName(NameRun run)
    {
        var next = doc.Next(run.Last);
        return next >= 0 && doc.IsCapitalised(next) && doc.Is(next, NameCue.OrgHead);
    }

    private Finding Evidence(NameRun run)
    {
        // A person the user's lexicon knows (kind "person"), by any of its forms.
        if (doc.MatchStartingAt(run.First) is { } known && known.EndToken == run.End && known.HasKind(NameCues.PersonKind))
        {
            var entry = known.Hits[0].Entry;
            TitleBefore(run, out var titled);
            return new Finding(Status.Confirmed, "person.lexicon", titled ?? entry.Attribute("role"), entry.Name);
        }

        if (TitleBefore(run, out var role))
        {
            // "Minister Visits Border Town": in a title-case line one capitalised word after a title is a name only
            // before punctuation or a verb of speech ("President Doe: …", "President Doe Says …").
            return run.Words == 1 && doc.InTitleCase(run.First) && !EndsTitleCaseName(run)
                ? default
                : new Finding(Status.Confirmed, "person.title", role);
        }

        if (doc.InHeadline(run.First))
        {
            // A signature line ("Jane Doe, Chair, Centre for Civic Rights") is title case but names a person.
            return run.Words >= 2 && doc.IsParagraphInitial(run.First) && AppositionAfter(run, out var signed, out var titled) && titled
                ? new Finding(Status.Confirmed, "person.apposition", signed)
                : default;
        }

        // "writer Jane Doe", "its chief Jane Doe": a role noun in lower case right before a full name.
        var before = doc.Previous(run.First);
        if (run.Words >= 2 && before >= 0 && RoleNounEndsAt(before, out var nounStart))
        {
            return new Finding(Status.Confirmed, "person.title", NameText.Of(doc.Layer, nounStart, before + 1));
        }

        var single = run.Words == 1 ? Status.ShortForm : Status.Confirmed;
        if (AppositionBefore(run, out role, out var isTitle) || AppositionAfter(run, out role, out isTitle))
        {
            return new Finding(isTitle ? Status.Confirmed : single, "person.apposition", role);
        }

        if (Byline(run, out role))
        {
            return new Finding(Status.Confirmed, "person.byline", role);
        }

        if (run.Placed)
        {
            return default;
        }

        if (Speech(run))
        {
            return new Finding(single, "person.speech", null);
        }

        if (Age(run))
        {
            return new Finding(single, "person.age", null);
        }

        if (Passive(run))
        {
            return new Finding(single, "person.passive", null);
        }

        if (ActiveObject(run))
        {
            return new Finding(single, "person.object", null);
        }

        return default;
    }

    private bool EndsTitleCaseName(NameRun run)
    {
        var next = doc.Next(run.Last);
        return next < 0 || doc.Tokens[next].Shape is TokenShape.Punctuation || doc.Is(next, NameCue.SpeechVerb);
    }

    /// <summary>"President Jane Doe", "Ambassador of A to B Jane Doe", "Mr. Doe".</summary>
    private bool TitleBefore(NameRun run, out string? role)
    {
        role = null;
        var k = doc.Previous(run.First);
        if (k < 0)
        {
            return false;
        }

        if (NameTitles.EndsAt(doc, k, before: true, out var start, out var entry))
        {
            // "the Standing Rapporteur on A, MEP Jane Doe": the longer phrase before the comma says more.
            var comma = doc.Previous(start);
            role = comma >= 0 && doc.IsPunctuation(comma, ',') && AppositionPhraseBefore(comma, out var phrase)
                ? phrase
                : NameTitles.Role(doc, start, k + 1, k + 1, entry);
            return true;
        }

        // An office the lexicon knows as an organisation: "People's Advocate of A Jane Doe".
        if (doc.MatchEndingAt(k) is { } office && doc.IsEntity(office) && !office.HasKind(NameCues.CountryKind))
        {
            for (var j0 = office.FirstToken; j0 < k; j0++)
            {
                if (NameTitles.EndsAt(doc, j0, before: true, out start, out entry) && start == office.FirstToken)
                {
                    role = NameTitles.Role(doc, start, j0 + 1, k + 1, entry);
                    return true;
                }
            }
        }

        // A complement between the title and the name: "President of France Jane Doe"; it ends in a name of
        // its own, not in "of" ("Foreign Minister of Jordan").
        if (NameTitles.IsComplementPreposition(doc, k) || doc.IsWord(k, "the"))
        {
            return false;
        }

        var first = doc.SentenceOf(run.First).FirstToken;
        var j = k;
        for (var steps = 0; j >= first && steps < 10; steps++)
        {
            if (NameTitles.EndsAt(doc, j, before: true, out start, out entry))
            {
                if (!NameTitles.TakesComplement(entry) || !NameTitles.IsComplementPreposition(doc, j + 1))
                {
                    return false;
                }

                role = NameTitles.Role(doc, start, j + 1, k + 1, entry);
                return true;
            }

            if (doc.MatchOver(j) is { } match && doc.IsEntity(match))
            {
                j = match.FirstToken - 1;
                continue;
            }

            if (NameTitles.IsComplementPreposition(doc, j) || doc.IsWord(j, "the") || doc.IsPossessive(j)
                || (doc.IsCapitalised(j) && !doc.IsNameWord(j)))
            {
                j--;
                continue;
            }

            return false;
        }

        return false;
    }

    /// <summary>"the ambassador to Austria, Jane Doe," and "her counterpart, Jane Doe,": a title or role noun
    /// shortly before a comma that opens the name.</summary>
    private bool AppositionBefore(NameRun run, out string? role, out bool isTitle)
    {
        role = null;
        isTitle = false;
        var comma = doc.Previous(run.First);
        if (comma < 0 || !doc.IsPunctuation(comma, ',') || !EndsApposition(run))
        {
            return false;
        }

        if (AppositionPhraseBefore(comma, out role))
        {
            isTitle = true;
            return true;
        }

        var first = doc.SentenceOf(run.First).FirstToken;
        for (var j = comma - 1; j >= first && comma - j <= 8; j--)
        {
            if (RoleNounEndsAt(j, out var start))
            {
                role = NameText.Of(doc.Layer, start, comma);
                return true;
            }

            var token = doc.Tokens[j];
            if (token.Shape is TokenShape.Punctuation or TokenShape.Symbol && !token.Has(TokenFlags.Possessive))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>A title phrase that ends at the comma before <paramref name="comma"/>: the title no more than
    /// eight tokens back, with no punctuation between.</summary>
    private bool AppositionPhraseBefore(int comma, out string? role)
    {
        role = null;
        var first = doc.SentenceOf(comma).FirstToken;
        for (var j = comma - 1; j >= first && comma - j <= 8; j--)
        {
            if (NameTitles.EndsAt(doc, j, before: false, out var start, out var entry))
            {
                role = NameTitles.Role(doc, start, j + 1, comma, entry);
                return !NameTitles.IsHonorific(entry);
            }

            var token = doc.Tokens[j];
            if (token.Shape is TokenShape.Punctuation or TokenShape.Symbol && !token.Has(TokenFlags.Possessive))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>What may follow a name in apposition: a comma, the end of the sentence, a verb of speech, "and".</summary>
    private bool EndsApposition(NameRun run)
    {
        var next = doc.Next(run.Last);
        if (next < 0)
        {
            return true;
        }

        var text = doc.Text(next);
        return text is "," or "." or ";" or ":" or ")" or "and" or "who"
            || doc.Is(next, NameCue.SpeechVerb) || doc.Is(next, NameCue.SpeechAux);
    }

    /// <summary>"Jane Doe, Foreign Minister of A", "Jane Doe, the Azerbaijani ambassador", "Jane Doe, a teacher".</summary>
    private bool AppositionAfter(NameRun run, out string? role, out bool isTitle)
    {
        role = null;
        isTitle = false;
        var comma = doc.Next(run.Last);
        if (comma < 0 || !doc.IsPunctuation(comma, ','))
        {
            return false;
        }

        var t = doc.Next(comma);
        if (t >= 0 && IsDeterminer(t))
        {
            t = doc.Next(t);
        }

        if (t < 0)
        {
            return false;
        }

        // A state's adjective or possessive before the title: "Azerbaijani Ambassador", "Armenia's envoy".
        if (doc.MatchStartingAt(t) is { } qualifier && !qualifier.HasKind(NameCues.TitleKind)
            && !qualifier.HasKind(NameCues.InstitutionTitleKind) && doc.CountryOf(qualifier) is not null)
        {
            t = qualifier.EndToken;
            if (doc.IsPossessive(t))
            {
                t++;
            }
        }

        if (t >= doc.Count)
        {
            return false;
        }

        var sentenceEnd = doc.SentenceOf(run.First).EndToken;
        if (NameTitles.StartsAt(doc, t, out var titleEnd, out var entry) && !NameTitles.IsHonorific(entry))
        {
            var end = NameTitles.TakesComplement(entry) ? NameTitles.ComplementEnd(doc, titleEnd, sentenceEnd) : titleEnd;
            role = NameTitles.Role(doc, t, titleEnd, end, entry);
            isTitle = true;
            return true;
        }

        if (RoleNounStartsAt(t, out var nounEnd))
        {
            role = NameText.Of(doc.Layer, t, nounEnd);
            return true;
        }

        return false;
    }

    private bool IsDeterminer(int t) =>
        t >= 0 && t < doc.Count && doc.Lower(t) is "a" or "an" or "the" or "his" or "her" or "their" or "its" or "our" or "my";

    private bool RoleNounEndsAt(int t, out int start)
    {
        start = t;
        if (doc.PhraseEndingAt(t) is { } match && match.HasKind(NameCues.RoleNounKind))
        {
            start = match.FirstToken;
            return true;
        }

        return !doc.IsCapitalised(t) && doc.Is(t, NameCue.RoleNoun);
    }

    private bool RoleNounStartsAt(int t, out int end)
    {
        end = t + 1;
        if (doc.PhraseStartingAt(t) is { } match && match.HasKind(NameCues.RoleNounKind))
        {
            end = match.EndToken;
            return true;
        }

        return !doc.IsCapitalised(t) && doc.Is(t, NameCue.RoleNoun);
    }

    /// <summary>"By Jane Doe" opening a line; "reporting by Jane Doe" anywhere.</summary>
    private bool Byline(NameRun run, out string? role)
    {
        role = null;
        var p = doc.Previous(run.First);
        if (p < 0 || run.Words < 2 || doc.PhraseHit(p, NameCues.BylineKind) is not { } hit || doc.PhraseEndingAt(p) is null)
        {
            return false;
        }

        if (string.Equals(hit.Entry.Attribute("position"), "start", StringComparison.Ordinal)
            && (!doc.IsCapitalised(p) || !doc.IsParagraphInitial(p)))
        {
            return false;
        }

        role = hit.Entry.Attribute("role");
        return true;
    }

    /// <summary>"Jane Doe said", "Jane Doe has also told", "…,” said Jane Doe, "according to Jane Doe".</summary>
    private bool Speech(NameRun run)
    {
        var next = doc.Next(run.Last);
        next = SkipAge(next);
        for (var aux = 0; aux < 2 && next >= 0 && doc.Is(next, NameCue.SpeechAux) && !doc.IsCapitalised(next); aux++)
        {
            next = doc.Next(next);
        }

        if (next >= 0 && !doc.IsCapitalised(next) && doc.Is(next, NameCue.SpeechVerb))
        {
            return true;
        }

        var previous = doc.Previous(run.First);
        if (previous < 0)
        {
            return false;
        }

        if (!doc.IsCapitalised(previous) && doc.Is(previous, NameCue.Inverts))
        {
            return true;
        }

        return doc.PhraseEndingAt(previous) is { } lead && lead.HasKind(NameCues.NameLeadKind);
    }

    /// <summary>"Jane Doe was arrested", "Jane Doe, 34, has reportedly been detained": a form of "be", then a passive
    /// verb only a person undergoes, with no more than the words a speech verb allows around them. A place or a body
    /// is never the subject of those verbs, so this is evidence even at the start of a sentence.</summary>
    private bool Passive(NameRun run)
    {
        var t = SkipAge(doc.Next(run.Last));
        var be = false;
        for (var steps = 0; steps < 4 && t >= 0 && !doc.IsCapitalised(t); steps++)
        {
            var lower = doc.Layer.TokenLower(t);
            if (passives.IsVerb(lower))
            {
                return be;
            }

            if (passives.IsBe(lower))
            {
                // "Silver Lanterns were detained": a plural verb after a lone run names a group; after the last
                // name of a list ("Jane Doe and John Roe were detained") it names the people of the list.
                if (passives.IsPlural(lower) && !AfterListJoin(run))
                {
                    return false;
                }

                be = true;
            }
            else if (!doc.Is(t, NameCue.SpeechAux))
            {
                return false;
            }

            t = doc.Next(t);
        }

        return false;
    }

    /// <summary>"Police arrested Jane Doe on Monday": the same verbs in the active, right before the name, which ends the
    /// sentence or a phrase (punctuation or a grammar word such as "in", "and", "after" follows). A lower-case noun
    /// after the run makes it a modifier ("arrested Harbour Gazette journalists"), not the one arrested.</summary>
    private bool ActiveObject(NameRun run)
    {
        var verb = doc.Previous(run.First);
        if (verb < 0 || doc.Tokens[verb].Shape != TokenShape.Lower || !passives.IsVerb(doc.Layer.TokenLower(verb)))
        {
            return false;
        }

        var next = doc.Next(run.Last);
        return next < 0 || doc.Tokens[next].Shape is TokenShape.Punctuation
            || (doc.Tokens[next].Shape == TokenShape.Lower && doc.Is(next, NameCue.Function));
    }

    /// <summary>True when "and" or a comma comes right before the run, after another name word.</summary>
    private bool AfterListJoin(NameRun run)
    {
        var join = doc.Previous(run.First);
        if (join < 0 || !(doc.IsWord(join, "and") || doc.IsPunctuation(join, ',')))
        {
            return false;
        }

        var name = doc.Previous(join);
        return doc.IsNameWord(name);
    }

    /// <summary>After a name, ", 34," is an age: the token after it, or <paramref name="t"/> when there is none.</summary>
    private int SkipAge(int t)
    {
        if (t < 0 || !doc.IsPunctuation(t, ','))
        {
            return t;
        }

        var number = doc.Next(t);
        var close = number >= 0 ? doc.Next(number) : -1;
        return close >= 0 && IsAge(number) && doc.IsPunctuation(close, ',') ? doc.Next(close) : t;
    }

    private bool IsAge(int t)
    {
        if (doc.Tokens[t].Shape != TokenShape.Number)
        {
            return false;
        }

        var text = doc.Text(t);
        return text.Length <= 3 && int.TryParse(text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var age)
            && age is > 0 and < 120;
    }

    /// <summary>"Jane Doe, 34, …": an age in apposition.</summary>
    private bool Age(NameRun run)
    {
        var comma = doc.Next(run.Last);
        if (comma < 0 || !doc.IsPunctuation(comma, ','))
        {
            return false;
        }

        var number = doc.Next(comma);
        if (number < 0 || !IsAge(number))
        {
            return false;
        }

        var close = doc.Next(number);
        return close < 0 || doc.Text(close) is "," or "." or ";" or ")";
    }

    /// <summary>Runs joined to a person by "," or "and" in the same sentence are people too ("Jane Doe, John Roe
    /// and Ann Poe said").</summary>
    private void Lists()
    {
        var runs = doc.Runs;
        var changed = true;
        while (changed)
        {
            changed = false;
            for (var r = 0; r < runs.Count; r++)
            {
                if (findings[r].Status != Status.None || runs[r].Words < 2 || doc.InHeadline(runs[r].First))
                {
                    continue;
                }

                if ((r > 0 && findings[r - 1].Status == Status.Confirmed && runs[r - 1].Words >= 2 && Joined(runs[r - 1], runs[r]))
                    || (r + 1 < runs.Count && findings[r + 1].Status == Status.Confirmed && runs[r + 1].Words >= 2 && Joined(runs[r], runs[r + 1])))
                {
                    findings[r] = new Finding(Status.Confirmed, "person.list", null);
                    changed = true;
                }
            }
        }
    }

    private bool Joined(NameRun left, NameRun right)
    {
        if (doc.SentenceIndexOf(left.First) != doc.SentenceIndexOf(right.First))
        {
            return false;
        }

        var between = right.First - left.End;
        if (between is < 1 or > 2)
        {
            return false;
        }

        for (var t = left.End; t < right.First; t++)
        {
            if (!doc.IsPunctuation(t, ',') && !doc.IsWord(t, "and"))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>A line holding only a name, followed by a line that opens with a title: a signature.</summary>
    private void Signatures()
    {
        var runs = doc.Runs;
        var paragraphs = doc.Layer.Paragraphs;
        for (var r = 0; r < runs.Count; r++)
        {
            var run = runs[r];
            if (findings[r].Status != Status.None || run.Words < 2)
            {
                continue;
            }

            var p = doc.ParagraphOf(run.First);
            var span = Span.FromBounds(doc.Tokens[run.First].Span.Start, doc.Tokens[run.Last].Span.End);
            if (paragraphs[p] != span || p + 1 >= paragraphs.Length)
            {
                continue;
            }

            var next = doc.ParagraphFirstToken(p + 1);
            for (var t = next; t >= 0 && t < doc.Count && t < next + 4 && paragraphs[p + 1].Contains(doc.Tokens[t].Span); t++)
            {
                if (NameTitles.StartsAt(doc, t, out _, out var entry) && !NameTitles.IsHonorific(entry))
                {
                    var line = paragraphs[p + 1];
                    var role = line.Length <= 120 ? line.In(doc.Layer.Text).ToString() : null;
                    findings[r] = new Finding(Status.Confirmed, "person.signature", role);
                    break;
                }
            }
        }
    }

    /// <summary>A single word a person is called by (on speech, age or a role noun, or after a title) makes a
    /// person of the full names written elsewhere that end in it.</summary>
    private void ConfirmFullNames()
    {
        var runs = doc.Runs;
        for (var r = 0; r < runs.Count; r++)
        {
            if (runs[r].Words != 1 || findings[r].Status is not (Status.ShortForm or Status.Confirmed))
            {
                continue;
            }

            var word = doc.Text(runs[r].First);
            for (var o = 0; o < runs.Count; o++)
            {
                if (o != r && findings[o].Status == Status.None && runs[o].Words >= 2 && doc.Text(runs[o].Last).SequenceEqual(word))
                {
                    findings[o] = new Finding(Status.Confirmed, "person.full-name", null);
                }
            }
        }
    }

    private ImmutableArray<PersonMention> Emit()
    {
        if (!AnyConfirmed())
        {
            return [];
        }

        var runs = doc.Runs;
        var people = new Dictionary<string, Person>(StringComparer.Ordinal);
        var order = new List<Person>();
        for (var r = 0; r < runs.Count; r++)
        {
            if (findings[r].Status == Status.Confirmed && (runs[r].Words >= 2 || findings[r].Name is not null))
            {
                var name = findings[r].Name ?? NameText.Of(doc.Layer, runs[r].First, runs[r].End);
                if (!people.TryGetValue(name, out var person))
                {
                    // The first and last words, as name.Split(' ') gives them, without a string per word.
                    var firstSpace = name.IndexOf(' ', StringComparison.Ordinal);
                    person = firstSpace < 0
                        ? new Person(name, name, name)
                        : new Person(name, name[..firstSpace], name[(name.LastIndexOf(' ') + 1)..]);
                    people.Add(name, person);
                    order.Add(person);
                }

                person.Role ??= findings[r].Role;
            }
        }

        var bySurname = new NameIndex(order, surname: true);
        var byGivenName = new NameIndex(order, surname: false);
        var pending = new List<(NameRun Run, Person Person, string Rule)>(runs.Count);
        for (var r = 0; r < runs.Count; r++)
        {
            var run = runs[r];
            var finding = findings[r];
            if (finding.Status == Status.Rejected)
            {
                continue;
            }

            if (finding.Name is not null)
            {
                pending.Add((run, people[finding.Name], finding.Rule!));
                continue;
            }

            if (run.Words >= 2)
            {
                if (people.Count > 0 && people.TryGetValue(NameText.Of(doc.Layer, run.First, run.End), out var person))
                {
                    pending.Add((run, person, finding.Status == Status.Confirmed ? finding.Rule! : "person.repeat"));
                }

                continue;
            }

            var word = doc.Text(run.First);
            if (bySurname.Unique(word) is { } bySurnameMatch)
            {
                bySurnameMatch.Role ??= finding.Role;
                pending.Add((run, bySurnameMatch, finding.Rule ?? "person.short-form"));
            }
            else if (!bySurname.Contains(word) && byGivenName.Unique(word) is { } byGiven)
            {
                pending.Add((run, byGiven, finding.Rule ?? "person.short-form"));
            }
            else if (finding.Status == Status.Confirmed)
            {
                // A title before a single word ("President Doe") with no full name in the document.
                var single = word.ToString();
                pending.Add((run, new Person(single, single, single) { Role = finding.Role }, finding.Rule!));
            }
        }

        var mentions = ImmutableArray.CreateBuilder<PersonMention>(pending.Count);
        foreach (var (run, person, rule) in pending)
        {
            var span = Span.FromBounds(doc.Tokens[run.First].Span.Start, doc.Tokens[run.Last].Span.End);
            mentions.Add(new PersonMention(person.Name, person.Role, Model.Evidence.Of(span, rule)));
        }

        return mentions.MoveToImmutable();
    }

    private bool AnyConfirmed()
    {
        for (var r = 0; r < doc.Runs.Count; r++)
        {
            if (findings[r].Status == Status.Confirmed)
            {
                return true;
            }
        }

        return false;
    }

    private static Dictionary<string, List<Person>> Index(List<Person> people, Func<Person, string> key)
    {
        var index = new Dictionary<string, List<Person>>(StringComparer.Ordinal);
        foreach (var person in people)
        {
            var k = key(person);
            if (!index.TryGetValue(k, out var list))
            {
                index.Add(k, list = []);
            }

            if (!list.Contains(person))
            {
                list.Add(person);
            }
        }

        return index;
    }

    private static Person? Unique(Dictionary<string, List<Person>>.AlternateLookup<ReadOnlySpan<char>> index, ReadOnlySpan<char> word) =>
        index.TryGetValue(word, out var list) && list.Count == 1 ? list[0] : null;

    /// <summary>The people of a document by surname or by given name. A document names few people, so up to
    /// <see cref="MaxScanned"/> of them are scanned in place; only more get a dictionary.</summary>
    private readonly struct NameIndex
    {
        private const int MaxScanned = 16;

        private readonly List<Person> people;
        private readonly bool surname;
        private readonly Dictionary<string, List<Person>>.AlternateLookup<ReadOnlySpan<char>> index;
        private readonly bool indexed;

        public NameIndex(List<Person> people, bool surname)
        {
            this.people = people;
            this.surname = surname;
            indexed = people.Count > MaxScanned;
            if (indexed)
            {
                index = Index(people, surname ? static p => p.Last : static p => p.First).GetAlternateLookup<ReadOnlySpan<char>>();
            }
        }

        /// <summary>The one person with this name, or null when none or several have it.</summary>
        public Person? Unique(ReadOnlySpan<char> word)
        {
            if (indexed)
            {
                return PersonFinder.Unique(index, word);
            }

            Person? found = null;
            foreach (var person in people)
            {
                if (word.SequenceEqual(surname ? person.Last : person.First))
                {
                    if (found is not null)
                    {
                        return null;
                    }

                    found = person;
                }
            }

            return found;
        }

        /// <summary>True when some person has this name.</summary>
        public bool Contains(ReadOnlySpan<char> word)
        {
            if (indexed)
            {
                return index.ContainsKey(word);
            }

            foreach (var person in people)
            {
                if (word.SequenceEqual(surname ? person.Last : person.First))
                {
                    return true;
                }
            }

            return false;
        }
    }

    private readonly record struct Finding(Status Status, string? Rule, string? Role, string? Name = null);

    private sealed class Person(string name, string first, string last)
    {
        public string Name { get; } = name;

        public string First { get; } = first;

        public string Last { get; } = last;

        public string? Role { get; set; }
    }
}
