using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using Attest.Lexicons;
using Attest.Mentions;
using Attest.Text;
using BenchmarkDotNet.Attributes;

namespace Attest.Benchmarks;

/// <summary>The lexicon matcher and the place and legal stages over about 1 MB of synthetic diplomatic news
/// dense in names (countries, cities, regions, organisations, titles, instruments, articles, quotations):
/// building the matcher from every bundled lexicon, matching a ready text layer, each stage on ready matches,
/// and the whole path from raw text (layer, matches, places, legal).</summary>
[MemoryDiagnoser]
public class MatcherBenchmarks
{
    private static readonly string[] Sentences =
    [
        "The Ministry of Foreign Affairs of Azerbaijan condemned the attack on its embassy in Paris on {0} September.",
        "Protesters gathered outside the consulate in Tbilisi while police from Georgia watched.",
        "Article 22 of the 1961 Vienna Convention on Diplomatic Relations obliges the receiving State to protect missions.",
        "The United Nations Security Council met in New York City after shelling near Kalbajar and Lachin districts.",
        "“We call on the governments of the United States, France and Lebanon to act,” the President said.",
        "The OSCE Minsk Group co-chairs travelled from Vienna to Yerevan and then to Baku.",
        "Under Art. 2(4) of the UN Charter, no state may threaten the territorial integrity of another.",
        "Residents of the village of Tsovakert fled towards Goris as {0} shells hit the Armenia-Azerbaijan border.",
        "Human Rights Watch and Amnesty International urged Iran to respect the ICCPR.",
        "The Vienna Convention states that \"the premises of the mission shall be inviolable\", the ambassador recalled.",
        "Officials in Kyiv, Kharkiv and Odesa said Russian forces shelled the Donetsk region overnight.",
        "The European Parliament adopted a resolution on Nagorno-Karabakh and the Lachin corridor.",
        "U.S. troops left the base, and the Turkish foreign minister flew to Ankara.",
        "Aid groups in Khartoum, Darfur and El Fasher reported {0} dead to the Red Cross.",
    ];

    private string text = "";
    private TextLayer layer = null!;
    private ImmutableArray<LexiconMatch> matches;
    private ImmutableArray<LexiconEntry> entries;
    private LexiconMatcher matcher = null!;
    private PlaceStage places = null!;
    private LegalStage legal = null!;

    [GlobalSetup]
    public void Setup()
    {
        entries = [.. LexiconMatcher.MatchableEntries(LexiconSet.Bundled)];
        matcher = LexiconMatcher.Build(entries);
        places = new PlaceStage(matcher);
        legal = new LegalStage(matcher, LexiconSet.Bundled.OfKind(LegalStage.ProvisionKind));
        text = Build(1_000_000);
        layer = TextLayerBuilder.Default.Build(text);
        matches = matcher.Match(layer);
    }

    [Benchmark]
    public LexiconMatcher Build_matcher() => LexiconMatcher.Build(entries);

    [Benchmark(Baseline = true)]
    public ImmutableArray<LexiconMatch> Match() => matcher.Match(layer);

    [Benchmark]
    public PlaceResult Places() => places.Find(layer, matches);

    [Benchmark]
    public LegalResult Legal() => legal.Find(layer, matches);

    [Benchmark]
    public int Layer_match_places_legal()
    {
        var built = TextLayerBuilder.Default.Build(text);
        var found = matcher.Match(built);
        return places.Find(built, found).Places.Length + legal.Find(built, found).Citations.Length;
    }

    private static string Build(int length)
    {
        var builder = new StringBuilder(length + 1_000);
        for (var paragraph = 0; builder.Length < length; paragraph++)
        {
            var count = 3 + (paragraph % 4);
            for (var s = 0; s < count; s++)
            {
                var sentence = Sentences[((paragraph * 5) + (s * 3)) % Sentences.Length];
                builder.Append(sentence.Replace("{0}", ((paragraph % 28) + 1).ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal));
                builder.Append(s + 1 < count ? " " : "\n\n");
            }
        }

        return builder.ToString();
    }
}
