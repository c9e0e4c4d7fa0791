using System.Collections.Immutable;
using Attest.Lexicons;
using Attest.Model;
using Attest.Text;

namespace Attest.Mentions;

/// <summary>Finds the named people of a document, with the title or role the text gives them. Built once from
/// the analyzer's lexicon matcher; immutable and thread-safe.</summary>
/// <remarks>
/// <para>A candidate is a run of capitalised words inside a sentence (with name particles such as "von", "bin",
/// "al-" and initials between them) that is not a place, an organisation, a title, a calendar word or another
/// word the lexicon <c>name-cues.tsv</c> marks as never a person's name. A candidate is a person only on
/// evidence, tried in this order (rule ids in brackets):</para>
/// <list type="number">
/// <item>a title right before it, or a title with its complement ("President Jane Doe", "MEP Jane Doe",
/// "Ambassador of A to B Jane Doe", "Mr. Doe") [<c>person.title</c>];</item>
/// <item>an apposition: a title or a role noun before it and a comma ("the ambassador to Austria, Jane Doe,"),
/// or after a comma ("Jane Doe, Foreign Minister of A", "Jane Doe, a teacher") [<c>person.apposition</c>];</item>
/// <item>a credit line ("By Jane Doe" opening a line, "reporting by Jane Doe") [<c>person.byline</c>];</item>
/// <item>a speech verb after or, for verbs that invert, before it ("Jane Doe said", "…,” said Jane Doe),
/// or "according to" before it [<c>person.speech</c>];</item>
/// <item>an age in apposition ("Jane Doe, 34,") [<c>person.age</c>];</item>
/// <item>a passive verb only a person undergoes after a form of "be" ("Jane Doe was arrested", "Jane Doe has
/// been detained"; kinds <c>person-passive</c> and <c>passive-be</c>) [<c>person.passive</c>];</item>
/// <item>the same verbs in the active right before it, when punctuation or a grammar word follows it ("police
/// arrested Jane Doe on Monday") [<c>person.object</c>];</item>
/// <item>a list: joined by a comma or "and" to a person found by the rules above [<c>person.list</c>];</item>
/// <item>a signature: a line holding only the name, followed by a line that starts with a title
/// [<c>person.signature</c>].</item>
/// </list>
/// <para>A single word on speech, age, passive, object or role-noun evidence is a short form: it counts only when the document
/// also writes a full name ending in that word, which then is a person too [<c>person.full-name</c>]. Every
/// later occurrence of a person's full name [<c>person.repeat</c>], surname or unique first name
/// [<c>person.short-form</c>] is a mention of the full name. A title alone ("the President of France") is
/// never a person. A candidate followed by the head of an organisation's name ("Jane Doe Foundation") is not
/// a person. In headlines and other title-case lines only a title before the name counts as evidence.</para>
/// <para>The role is the title phrase as written, with the state of an adjective or a possessive before it
/// moved after it ("the Azerbaijani Ambassador to France" → "Ambassador of Azerbaijan to France"); honorifics
/// (Mr., Dr.) give no role. Every mention of a person carries the first role the document gives them.</para>
/// </remarks>
public sealed class PersonStage
{
    private readonly NameCues cues;
    private readonly PersonPassives passives;

    /// <summary>Creates the stage from the analyzer's matcher and lexicons.</summary>
    /// <param name="matcher">The analyzer's one matcher (places, organisations, titles).</param>
    /// <param name="lexicons">The lexicons the analyzer was built from; the stage reads the cue kinds of
    /// <c>lexicons/name-cues.tsv</c> (and a user's entries of those kinds) from them.</param>
    /// <param name="tokenizer">The analyzer's text-layer builder, so cue phrases split as texts do.</param>
    /// <exception cref="ArgumentException">The lexicons hold no name cues.</exception>
    public PersonStage(LexiconMatcher matcher, LexiconSet lexicons, TextLayerBuilder? tokenizer = null)
        : this(NameCues.For(matcher, lexicons, tokenizer), new PersonPassives(lexicons))
    {
    }

    internal PersonStage(NameCues cues, PersonPassives passives)
    {
        this.cues = cues;
        this.passives = passives;
    }

    /// <summary>The person mentions of one document, in text order; a person named twice is two mentions, both
    /// with the full name.</summary>
    /// <param name="layer">The document's text layer.</param>
    /// <param name="matches">The analyzer's lexicon matches over <paramref name="layer"/>.</param>
    public ImmutableArray<PersonMention> Find(TextLayer layer, ImmutableArray<LexiconMatch> matches)
    {
        ArgumentNullException.ThrowIfNull(layer);
        if (layer.Tokens.IsEmpty)
        {
            return [];
        }

        var document = cues.Document(layer, matches);
        return new PersonFinder(document, passives).Find();
    }
}
