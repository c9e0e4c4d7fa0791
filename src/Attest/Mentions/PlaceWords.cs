using Attest.Lexicons;

namespace Attest.Mentions;

/// <summary>The few closed classes of English words the place rules read: they are grammar, not knowledge of
/// the world, so they live here rather than in a lexicon.</summary>
internal static class PlaceWords
{
    /// <summary>The words of <see cref="FunctionWords"/>; declared first, as the sets below are built from it.</summary>
    private static readonly string[] FunctionWordList =
    [
        "and", "or", "but", "nor", "is", "was", "are", "were", "be", "been", "has", "had", "have", "will", "would",
        "can", "could", "should", "may", "might", "must", "did", "does", "do", "said", "says", "say", "to", "in",
        "on", "at", "of", "for", "by", "with", "from", "as", "that", "which", "who", "than", "after", "before",
        "since", "against", "into", "over", "under", "about", "also", "not", "itself", "alone", "too", "last", "next",
        "this", "earlier", "later", "yesterday", "today", "tomorrow", "now", "again", "recently", "instead",
    ];

    /// <summary>Words that cannot be the noun an adjective qualifies: after "U.S." they show that the form names
    /// the country ("the U.S. and France", "the U.S. said") rather than qualifies a noun ("U.S. troops").</summary>
    public static readonly WordSet FunctionWords = Set(FunctionWordList);

    /// <summary>The <see cref="FunctionWords"/> and the articles: capitalised inside a sentence, any of them
    /// shows a headline written in title case. One set, so each capitalised word is looked up once.</summary>
    public static readonly WordSet TitleCaseMarks = new([.. FunctionWordList, "the", "a", "an"]);

    /// <summary>Nouns that mark the capitalised word next to them as a settlement or a division: "the village
    /// of X", "X district", "X and Y districts".</summary>
    private static readonly string[] DescriptorWords =
    [
        "village", "villages", "town", "towns", "city", "cities", "settlement", "settlements", "hamlet", "hamlets",
        "district", "districts", "region", "regions", "province", "provinces", "municipality", "municipalities",
        "county", "counties", "oblast", "oblasts", "governorate", "governorates", "rayon", "rayons",
    ];

    /// <summary>Nouns for a diplomatic mission's premises.</summary>
    private static readonly string[] MissionWords =
        ["embassy", "embassies", "consulate", "consulates", "consulate-general", "chancery"];

    /// <summary>Capitalised nouns that make a place name the name of a natural feature ("Dnipro River", "Lake
    /// Van", "Gulf of Aden" aside): the feature is not the place it is named after.</summary>
    public static readonly WordSet Features = Set(
        "river", "lake", "sea", "mountains", "mountain", "mount", "valley", "gulf", "bay", "strait", "island", "islands",
        "desert", "basin", "peninsula", "canal", "reservoir", "gorge", "plateau", "ridge");

    /// <summary>Nouns for a diplomatic mission's premises.</summary>
    public static readonly WordSet Missions = new(MissionWords);

    /// <summary>The words a place rule looks for among all the tokens of a document, with the rule that wants
    /// each: the descriptors of settlements and divisions, <see cref="Missions"/>, and "mission(s)" (premises
    /// after a qualifier). One lookup of a token serves every rule.</summary>
    public static readonly WordLookup<Use> Sought = new(
        DescriptorWords.Select(w => KeyValuePair.Create(w, Use.Descriptor))
            .Concat(MissionWords.Select(w => KeyValuePair.Create(w, Use.Mission)))
            .Concat(new[] { "mission", "missions" }.Select(w => KeyValuePair.Create(w, Use.QualifiedMission))));

    /// <summary>Which rule looks for a word of <see cref="Sought"/>.</summary>
    public enum Use : byte
    {
        Descriptor = 1,
        Mission,
        QualifiedMission,
    }

    /// <summary>"mission" names premises only after one of these ("the diplomatic mission of A").</summary>
    public static readonly WordSet MissionQualifiers = Set(
        "diplomatic", "permanent", "consular");

    private static WordSet Set(params string[] words) => new(words);
}
