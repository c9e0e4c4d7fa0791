using System.Text.Json;
using Attest.Analysis;
using Attest.Ingest;

namespace Attest.Tests.Ingest;

public sealed class TextMetadataReaderTests
{
    private static readonly TextMetadataReader Reader = TextMetadataReader.Default;

    public static TheoryData<string, string?, string?, string?, string?> Headers => new()
    {
        // text, published, publisher, author, place of issue
        { " date 2024-03-08 By Kaldor Wire\n\nBy Anna Varga\n\nThe talks resumed in Vienna on Friday.\n\nBoth sides met.", "2024-03-08", "Kaldor Wire", "Anna Varga", null },
        { " date 2024-03-08 By Kaldorwire\n\nThe talks resumed in Vienna on Friday.\n\nBoth sides met.", "2024-03-08", "Kaldorwire", null, null },
        { "Published: 10 March 2024\n\nThe talks resumed in Vienna on Friday.\n\nBoth sides met.", "2024-03-10", null, null, null },
        { "Source: Kaldor Wire\nAuthor: Anna Varga\n\nThe talks resumed in Vienna on Friday.\n\nBoth sides met.", null, "Kaldor Wire", "Anna Varga", null },
        { "Talks resume\n\nAcme News reports that the talks resumed in Vienna on Friday.\n\nBoth sides met.", null, "Acme News", null, null },
        { "Talks resume\n\nThe talks resumed in Vienna on Friday, Acme News reports, citing the foreign ministry.\n\nBoth sides met.", null, "Acme News", null, null },
        { "Talks resume\n\nOutlet.az reported that the talks resumed in Vienna on Friday.\n\nBoth sides met.", null, "Outlet.az", null, null },
        // "reported" is weak: a person can report too, so a two-word name without a dot is not an outlet.
        { "Talks resume\n\nAnna Varga reported that the talks resumed in Vienna on Friday.\n\nBoth sides met.", null, null, null, null },
        // A state or a body that is not an outlet reports what it says itself: a source, not the publisher.
        { "Talks resume\n\nUkraine reports that two soldiers were killed on Friday.\n\nBoth sides met.", null, null, null, null },
        { "Talks resume\n\nBBC reports that two soldiers were killed on Friday.\n\nBoth sides met.", null, "BBC", null, null },
        { "LIRENSK, March 8 (Kaldor Wire) — The talks resumed on Friday.\n\nBoth sides met.", "XXXX-03-08", "Kaldor Wire", null, "Lirensk" },
        { "We call on all parties to respect the ceasefire.\n\nWe will not be silent.\n\n12 March 2024, Vienna\n", "2024-03-12", null, null, "Vienna" },
        { "We call on all parties to respect the ceasefire.\n\nWe will not be silent.", null, null, null, null },
        // Far below the top, "X reports" is what the text says about X, not who published it.
        { "Talks resume\n\n2\n\n3\n\n4\n\n5\n\n6\n\n7\n\n8\n\nAcme News reports that the talks resumed.", null, null, null, null },
    };

    [Theory]
    [MemberData(nameof(Headers))]
    public void Header_lead_in_dateline_and_closing_lines_give_the_metadata(string text, string? published, string? publisher, string? author, string? place)
    {
        var found = Reader.Read(text);

        Assert.Equal(published, found.Published);
        Assert.Equal(publisher, found.Publisher);
        Assert.Equal(author, found.Author);
        Assert.Equal(place, found.PlaceOfIssue);
    }

    [Fact]
    public void A_lead_in_records_the_source_it_cites()
    {
        var found = Reader.Read("Talks resume\n\nThe talks resumed on Friday, Acme News reports, citing the Foreign Ministry.\n");

        Assert.Equal("the Foreign Ministry", found.CitedSource);
    }

    public static TheoryData<string> Seeds => new(Directory.GetFiles(RepositoryRoot.Shared("corpus", "seeds"), "*.txt").Order(StringComparer.Ordinal).Select(Path.GetFileName)!);

    /// <summary>The seed texts' header, lead-in and closing lines give the publication date and publisher (and
    /// author, and place of issue where gold records one) of their gold files, null where gold says null.</summary>
    [Theory]
    [MemberData(nameof(Seeds))]
    public void Seed_texts_give_the_metadata_their_gold_records(string name)
    {
        var text = File.ReadAllText(RepositoryRoot.Shared("corpus", "seeds", name));
        using var gold = JsonDocument.Parse(File.ReadAllText(Path.Combine(RepositoryRoot.SeedGold, Path.ChangeExtension(name, null) + ".gold.json")));
        var meta = gold.RootElement.GetProperty("meta");

        var read = DocumentReader.FromBytes(name, File.ReadAllBytes(RepositoryRoot.Shared("corpus", "seeds", name)));

        Assert.True(read.Success, read.Error);
        var found = read.Value!.Metadata;
        Assert.Equal(Gold(meta, "published"), found.Published);
        Assert.Equal(Gold(meta, "publisher"), found.Publisher);
        Assert.Equal(Gold(meta, "author"), found.Author);
        if (meta.TryGetProperty("place_of_issue", out _))
        {
            Assert.Equal(Gold(meta, "place_of_issue"), found.PlaceOfIssue);
        }

        Assert.Equal(Gold(meta, "published"), Reader.Read(text).Published);
    }

    /// <summary>Ingest reads the date with the analyzer's own document-date finder, so the two agree.</summary>
    [Theory]
    [MemberData(nameof(Seeds))]
    public void The_date_found_at_ingest_is_the_date_analysis_finds(string name)
    {
        var text = File.ReadAllText(RepositoryRoot.Shared("corpus", "seeds", name));

        var ingest = Reader.Read(text);
        var analysis = Analyzer.Default.Analyze(text);

        Assert.Equal(analysis.Metadata.Published, ingest.Published);
        Assert.Equal(analysis.Metadata.PlaceOfIssue, ingest.PlaceOfIssue);
    }

    [Fact]
    public void A_long_text_is_dated_from_its_head_and_tail()
    {
        var body = string.Concat(Enumerable.Repeat("The delegation met again and the talks went on for many hours without a result.\n\n", 500));
        var text = "Statement of the council\n\n" + body + "20 September 2022, Vienna\n";

        Assert.True(text.Length > 2 * TextMetadataReader.DateWindow);
        Assert.Equal("2022-09-20", Reader.Read(text).Published);
        Assert.Equal("Vienna", Reader.Read(text).PlaceOfIssue);
    }

    private static string? Gold(JsonElement meta, string field) =>
        meta.TryGetProperty(field, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
