using System.Text;
using Attest.Ingest;
using Xunit.Abstractions;

namespace Attest.Tests.Ingest;

/// <summary>Properties over seeded random inputs, with the number of inputs tried written to the test output:
/// cleaning is lossless, metadata reading and encoding detection never throw, and every prefix of a valid page
/// or PDF (a truncated download) gives a document or a one-line error naming the source.</summary>
public sealed class IngestPropertyTests(ITestOutputHelper output)
{
    private const int Inputs = 2000;

    private static readonly string[] Lines =
    [
        "Subscribe to our newsletter", "Share via", "Read more:", "We use cookies to make this site work.", "Talks resume in Vienna",
        "The consulate was attacked on 3 May.[1]", "[2] Annex, p. 4.", "Acme News reports that the talks resumed.", " date 2024-03-08 By Acme",
        "By Anna Varga", "LIRENSK, March 8 (Kaldor Wire) — The talks resumed.", "12 March 2024, Vienna", "", "", "Посольство было атаковано.",
        "Published: 10 March 2024", "Source: Kaldor Wire", "x[", "[]", "[123456]", "\r", "\t", "“We condemn it,” the ministry said[3].",
    ];

    [Fact]
    public void Cleaning_random_texts_loses_nothing_and_offsets_map_back()
    {
        var random = new Random(11);
        var removals = 0;
        for (var i = 0; i < Inputs; i++)
        {
            var text = RandomText(random);

            var cleaned = TextCleaner.Default.Clean(text);

            Assert.Equal(text, cleaned.Restore());
            removals += cleaned.Removed.Length;
            for (var offset = 0; offset < cleaned.Text.Length; offset += 7)
            {
                Assert.Equal(cleaned.Text[offset], text[cleaned.ToOriginal(offset)]);
            }
        }

        output.WriteLine($"cleaner: {Inputs} random texts, {removals} removals, all restored exactly");
    }

    [Fact]
    public void Reading_metadata_from_random_texts_never_throws_and_names_no_empty_value()
    {
        var random = new Random(12);
        var found = 0;
        for (var i = 0; i < Inputs; i++)
        {
            var metadata = TextMetadataReader.Default.Read(RandomText(random));

            foreach (var value in new[] { metadata.Published, metadata.Publisher, metadata.Author, metadata.PlaceOfIssue })
            {
                Assert.True(value is null || value.Trim().Length > 0);
                found += value is null ? 0 : 1;
            }
        }

        output.WriteLine($"metadata reader: {Inputs} random texts, {found} fields found");
    }

    [Fact]
    public void Random_high_bytes_decode_in_one_of_the_two_code_pages()
    {
        var random = new Random(13);
        var counts = new SortedDictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < Inputs; i++)
        {
            var bytes = new byte[random.Next(1, 512)];
            for (var k = 0; k < bytes.Length; k++)
            {
                bytes[k] = (byte)(random.Next(3) == 0 ? random.Next(0x80, 0x100) : random.Next(0x20, 0x7F));
            }

            var decoded = TextDecoder.Decode(bytes);

            Assert.True(decoded.Success, decoded.Error);
            counts[decoded.Value!.Encoding] = counts.GetValueOrDefault(decoded.Value.Encoding) + 1;
        }

        output.WriteLine($"decoder: {Inputs} random byte strings: {string.Join(", ", counts.Select(c => $"{c.Key} {c.Value}"))}");
        Assert.Equal(Inputs, counts.Values.Sum());
    }

    [Theory]
    [InlineData("page.html")]
    [InlineData("statement.pdf")]
    public void Every_prefix_of_a_valid_file_reads_or_fails_in_one_line(string source)
    {
        var whole = source.EndsWith(".pdf", StringComparison.Ordinal)
            ? PdfFixture.Build([[["The consulate general in Ostrel was attacked.", "Windows were broken."], ["We call for an investigation."]], [["Varnograd, 4 May 2024"]]])
            : Encoding.UTF8.GetBytes("<!DOCTYPE html><html><head><title>Consulate attacked</title><meta property=\"og:site_name\" content=\"Kaldor Wire\"></head><body><article><h1>Consulate attacked</h1><p>The consulate general in Ostrel was attacked on the night of 3 May &amp; windows were broken.</p><p>Share via</p><p>We call on the authorities to investigate the attack without delay, the ministry said.[1]</p></article></body></html>");
        int read = 0, refused = 0;
        for (var length = 0; length <= whole.Length; length++)
        {
            var result = DocumentReader.FromBytes(source, whole.AsSpan(0, length), ReadOptions.Default);
            if (result.Success)
            {
                Assert.False(string.IsNullOrWhiteSpace(result.Value!.Text));
                read++;
            }
            else
            {
                Assert.StartsWith(source + ": ", result.Error, StringComparison.Ordinal);
                Assert.DoesNotContain('\n', result.Error!);
                refused++;
            }
        }

        output.WriteLine($"{source}: {whole.Length + 1} prefixes, {read} read, {refused} refused");
        Assert.Equal(whole.Length + 1, read + refused);
    }

    private static string RandomText(Random random)
    {
        var text = new StringBuilder();
        for (var n = random.Next(1, 30); n > 0; n--)
        {
            var line = Lines[random.Next(Lines.Length)];
            if (random.Next(4) == 0 && line.Length > 0)
            {
                var at = random.Next(line.Length);
                line = line[..at] + (char)random.Next(0x20, 0x500) + line[at..];
            }

            text.Append(line).Append(random.Next(5) == 0 ? "\r\n" : "\n");
        }

        return text.ToString();
    }
}
