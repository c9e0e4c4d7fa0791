using System.Collections.Immutable;
using Attest.Lexicons;
using Attest.Text;

namespace Attest.Tests.Lexicons;

public sealed class LexiconMatcherTests
{
    private static readonly Lazy<LexiconMatcher> Bundled = new(() => LexiconMatcher.Build(LexiconMatcher.MatchableEntries(LexiconSet.Bundled)));

    [Theory]
    [InlineData("Talks in Côte d’Ivoire ended.", "Côte d’Ivoire=CI/Alias")]
    [InlineData("Armenia's border stayed closed.", "Armenia=AM/Name")]
    [InlineData("Troops left Nagorno-Karabakh in May.", "Nagorno-Karabakh=Nagorno-Karabakh/Name")]
    [InlineData("The US said no.", "US=US/Exact")]
    [InlineData("Please tell us what happened.", "")]
    [InlineData("Turkey closed the border.", "Turkey=TR/Name")]
    [InlineData("We roasted a turkey on Sunday.", "")]
    [InlineData("They met in Nice on Monday.", "Nice=Nice/Name")]
    [InlineData("They had a nice time.", "")]
    [InlineData("She bought fine china at the market.", "")]
    [InlineData("china exports rose sharply.", "")]
    [InlineData("iran exports rose sharply.", "iran=IR/Name")]
    [InlineData("Exports from iran rose sharply.", "")]
    [InlineData("Visitors came from Chad and Niger.", "Chad=TD/Name|Niger=NE/Name")]
    [InlineData("He cited Article 51 of Additional Protocol I.", "Additional Protocol I=AP1/Alias")]
    [InlineData("The Security Council met in New York City.", "Security Council=United Nations Security Council/AmbiguousAlias|New York City=New York City/Name")]
    [InlineData("Azerbaijani diplomats met Armenians.", "Azerbaijani=AZ/Adjective|Armenians=AM/Demonym")]
    public void Finds_bundled_forms_the_way_the_text_is_tokenized(string text, string expected)
    {
        var layer = TextLayerBuilder.Default.Build(text);

        var found = Bundled.Value.Match(layer).Select(m => Describe(layer, m, m.Hits[0]));

        Assert.Equal(expected, string.Join('|', found));
    }

    [Fact]
    public void Longest_form_wins_and_matches_do_not_overlap()
    {
        var matcher = Build("city\tYork\nstate\tNew York\ncity\tNew York City\ncity\tCity Hall");
        var layer = TextLayerBuilder.Default.Build("Crowds gathered at New York City Hall and in York.");

        var found = matcher.Match(layer).Select(m => m.Span.In(layer.Text).ToString());

        Assert.Equal(["New York City", "York"], found);
    }

    [Fact]
    public void Falls_back_to_a_shorter_form_when_the_longer_one_fails_its_case_rule()
    {
        var matcher = Build("outlet\tFoo Bar\t\texact=yes\nplace\tFoo");
        var layer = TextLayerBuilder.Default.Build("They read it in Foo bar today.");

        var match = Assert.Single(matcher.Match(layer));

        Assert.Equal("Foo", match.Hits.Single().Entry.Name);
        Assert.Equal(1, match.TokenCount);
    }

    [Fact]
    public void Never_matches_across_a_sentence_boundary()
    {
        var matcher = Build("place\tRio Grande");
        var layer = TextLayerBuilder.Default.Build("They flew to Rio. Grande hotels were full.");

        Assert.Empty(matcher.Match(layer));
    }

    [Fact]
    public void Reports_every_entry_that_shares_the_matched_form()
    {
        var matcher = Build("country\tVarnia\t\tadj=Varnian\nregion\tVarnia (province)\tVarnia\tambiguous_alias=Varnia");
        var layer = TextLayerBuilder.Default.Build("Shelling hit Varnia again.");

        var hits = Assert.Single(matcher.Match(layer)).Hits;

        Assert.Equal(["Varnia/Name", "Varnia (province)/AmbiguousAlias"], hits.Select(h => h.Entry.Name + "/" + h.Form));
        Assert.Empty(matcher.Diagnostics);
    }

    [Fact]
    public void Common_noun_kinds_match_in_lower_case_and_proper_names_do_not()
    {
        var matcher = Build("title\tForeign Minister\ncountry\tGrenada");
        var layer = TextLayerBuilder.Default.Build("The foreign minister ate a grenada fruit. Then Grenada protested.");

        var found = matcher.Match(layer).Select(m => m.Span.In(layer.Text).ToString());

        Assert.Equal(["foreign minister", "Grenada"], found);
    }

    [Fact]
    public void Match_within_keeps_only_accepted_entries_inside_the_range()
    {
        var matcher = Build("organization\tMinistry of Defence of Varnia\ncountry\tVarnia");
        var layer = TextLayerBuilder.Default.Build("The Ministry of Defence of Varnia denied it.");
        var organisation = Assert.Single(matcher.Match(layer));

        var inner = matcher.MatchWithin(layer, organisation.FirstToken, organisation.EndToken, e => e.Kind == "country");

        Assert.Equal("Varnia", Assert.Single(inner).Span.In(layer.Text).ToString());
    }

    [Theory]
    [InlineData("Armenia", "Armenia/Name")]
    [InlineData("Azerbaijani", "Azerbaijan/Adjective")]
    [InlineData("us", "")]
    [InlineData("turkey", "")]
    public void Match_word_reads_one_word_as_sentence_internal(string word, string expected)
    {
        var hits = Bundled.Value.MatchWord(word).Where(h => h.Entry.Kind == "country");

        Assert.Equal(expected, string.Join('|', hits.Select(h => h.Entry.Name + "/" + h.Form)));
    }

    [Theory]
    [InlineData("place\tVarnia\tvarnia", "repeats an earlier form")]
    [InlineData("place\tVarnia\nplace\tOld Varnia\tVarnia", "also names \"Varnia\"")]
    [InlineData("place\tVarnia\tVR\texact=VR", "also a case-insensitive alias")]
    [InlineData("place\tVarnia\t\tambiguous_alias=Varna", "is not an alias")]
    public void Reports_lexicon_defects_at_build(string lexicon, string message)
    {
        var matcher = Build(lexicon);

        Assert.Contains(matcher.Diagnostics, d => d.Contains(message, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("countries.tsv")]
    [InlineData("cities.tsv")]
    [InlineData("regions.tsv")]
    [InlineData("instruments.tsv")]
    public void Bundled_place_and_instrument_lexicons_have_no_defects(string file)
    {
        var matcher = LexiconMatcher.Build(BundledLexicons.Load(file).Where(e => e.Kind != "provision"));

        Assert.Empty(matcher.Diagnostics);
    }

    [Fact]
    public void Agrees_with_a_naive_scan_on_random_texts()
    {
        var random = new Random(20240917);
        string[] words = ["alpha", "Beta", "gamma", "Delta", "north", "South", "east", "West", "red", "Blue", "al-Noor", "O'Neil"];
        for (var round = 0; round < 40; round++)
        {
            var lines = new List<string>();
            for (var e = 0; e < 25; e++)
            {
                var kind = random.Next(4) switch { 0 => "title", _ => "place" };
                var attributes = random.Next(6) switch { 0 => "exact=yes", 1 => "homonym=common_word", _ => string.Empty };
                lines.Add($"{kind}\tE{e} {Phrase(random, words)}\t{Phrase(random, words)}\t{attributes}".Replace($"E{e} ", string.Empty, StringComparison.Ordinal));
            }

            var entries = LexiconFile.Parse(new StringReader(string.Join('\n', lines)), "random.tsv").Value;
            var matcher = LexiconMatcher.Build(entries);
            for (var t = 0; t < 25; t++)
            {
                var layer = TextLayerBuilder.Default.Build(RandomText(random, words));

                var expected = NaiveScan(entries, layer);
                var actual = matcher.Match(layer).Select(m => Key(layer, m.FirstToken, m.TokenCount, m.Hits.Select(h => h.Entry.Name + "/" + h.Form))).ToList();

                Assert.Equal(expected, actual);
            }
        }
    }

    private static string Phrase(Random random, string[] words)
    {
        var count = 1 + random.Next(3);
        return string.Join(' ', Enumerable.Range(0, count).Select(_ => words[random.Next(words.Length)]));
    }

    private static string RandomText(Random random, string[] words)
    {
        var parts = new List<string>();
        var count = 5 + random.Next(30);
        for (var i = 0; i < count; i++)
        {
            var word = words[random.Next(words.Length)];
            parts.Add(random.Next(4) switch
            {
                0 => word.ToLowerInvariant(),
                1 => char.ToUpperInvariant(word[0]) + word[1..],
                2 => word.ToUpperInvariant(),
                _ => word,
            });
            if (random.Next(8) == 0)
            {
                parts[^1] += random.Next(2) == 0 ? "." : ",";
            }
        }

        return string.Join(' ', parts) + ".";
    }

    /// <summary>The reference: at each token try every form of every entry, keep the longest whose case rule
    /// passes, report all entries of that length, and go on after it.</summary>
    private static List<string> NaiveScan(ImmutableArray<LexiconEntry> entries, TextLayer layer)
    {
        var forms = new List<(LexiconEntry Entry, LexiconForm Form, string[] Tokens)>();
        foreach (var entry in entries)
        {
            // A form repeated in any case is one form, unless the entry matches only in its exact case.
            var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            foreach (var (text, form) in entry.Aliases.Select(a => (a, LexiconForm.Alias)).Prepend((entry.Name, LexiconForm.Name)))
            {
                if (!seen.Add(text) && entry.Attribute("exact") != "yes")
                {
                    continue;
                }

                var formLayer = TextLayerBuilder.Default.Build(text);
                forms.Add((entry, form, Enumerable.Range(0, formLayer.Tokens.Length).Select(i => formLayer.TokenText(i).ToString()).ToArray()));
            }
        }

        var result = new List<string>();
        foreach (var sentence in layer.Sentences)
        {
            var i = sentence.FirstToken;
            while (i < sentence.EndToken)
            {
                var bestLength = 0;
                var hits = new List<(LexiconEntry Entry, LexiconForm Form)>();
                foreach (var (entry, form, tokens) in forms)
                {
                    if (i + tokens.Length > sentence.EndToken || tokens.Length < bestLength || !Fits(entry, tokens, layer, i, sentence))
                    {
                        continue;
                    }

                    if (tokens.Length > bestLength)
                    {
                        bestLength = tokens.Length;
                        hits.Clear();
                    }

                    if (!hits.Exists(h => ReferenceEquals(h.Entry, entry) && h.Form == form))
                    {
                        hits.Add((entry, form));
                    }
                }

                if (bestLength == 0)
                {
                    i++;
                    continue;
                }

                result.Add(Key(layer, i, bestLength, hits.Select(h => h.Entry.Name + "/" + h.Form)));
                i += bestLength;
            }
        }

        return result;
    }

    private static bool Fits(LexiconEntry entry, string[] tokens, TextLayer layer, int at, Sentence sentence)
    {
        var written = Enumerable.Range(at, tokens.Length).Select(t => layer.TokenText(t).ToString()).ToArray();
        if (!written.Select(w => w.ToLowerInvariant()).SequenceEqual(tokens.Select(w => w.ToLowerInvariant())))
        {
            return false;
        }

        if (entry.Attribute("exact") == "yes")
        {
            return written.SequenceEqual(tokens);
        }

        if (entry.Attribute("homonym") == "common_word")
        {
            return tokens.Zip(written).All(p => !char.IsUpper(p.First[0]) || char.IsUpper(p.Second[0]));
        }

        if (entry.Kind == "title" || !tokens.Any(w => w.Any(char.IsUpper)))
        {
            return true;
        }

        return written.Any(w => w.Any(char.IsUpper))
            || Enumerable.Range(sentence.FirstToken, at - sentence.FirstToken).All(t => layer.Tokens[t].Shape is TokenShape.Punctuation or TokenShape.Symbol);
    }

    private static string Key(TextLayer layer, int first, int count, IEnumerable<string> hits) =>
        $"{first}+{count} {Span.FromBounds(layer.Tokens[first].Span.Start, layer.Tokens[first + count - 1].Span.End).In(layer.Text)}: {string.Join(", ", hits.Order(StringComparer.Ordinal))}";

    private static LexiconMatcher Build(string tsv) =>
        LexiconMatcher.Build(LexiconFile.Parse(new StringReader(tsv), "test.tsv").Value);

    private static string Describe(TextLayer layer, LexiconMatch match, LexiconHit hit) =>
        $"{match.Span.In(layer.Text)}={hit.Entry.Attribute("id") ?? hit.Entry.Attribute("iso") ?? hit.Entry.Name}/{hit.Form}";
}
