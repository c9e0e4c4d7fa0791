using System.Text;
using Attest.Ingest;
using Xunit.Abstractions;

namespace Attest.Tests.Ingest;

/// <summary>Property: whatever bytes arrive, the readers answer with a document or a one-line error naming the
/// source; no exception escapes. Inputs are random bytes and seeded mutations (bit flips, cuts, splices,
/// inserted markup) of valid HTML and PDF fixtures.</summary>
public sealed class ReaderRobustnessTests(ITestOutputHelper output)
{
    /// <summary>Inputs per case; 4 cases make 4,000 inputs in all.</summary>
    private const int Inputs = 1000;

    private static readonly byte[] HtmlSeed = Encoding.UTF8.GetBytes("""
        <!DOCTYPE html><html><head><title>Consulate attacked</title>
        <meta property="og:title" content="Consulate attacked"><meta property="article:published_time" content="2024-05-04T06:30:00+03:00">
        <script type="application/ld+json">{"@type":"NewsArticle","headline":"Consulate attacked","author":[{"name":"Anna Varga"}],"publisher":{"name":"Kaldor Wire"},"datePublished":"2024-05-04"}</script>
        </head><body><nav><a href="/">Home</a></nav><article><h1>Consulate attacked</h1><time datetime="2024-05-04">4 May</time>
        <p>The consulate general in Ostrel was attacked on the night of 3 May &amp; windows were broken.</p>
        <p>We call on the authorities to investigate the attack without delay, the ministry said.</p></article>
        <footer>Subscribe</footer></body></html>
        """);

    private static readonly byte[] PdfSeed = PdfFixture.Build(
        [[["The consulate general in Ostrel was attacked.", "Windows were broken."], ["We call for an investigation."]], [["Varnograd, 4 May 2024"]]],
        title: "Statement",
        author: "Press Office");

    private static readonly byte[][] Fragments =
        [.. new[] { "<", ">", "</p>", "<!--", "<script>", "&#", "&amp", "\"", "<html", "%PDF-", "obj", "endobj", "stream", "xref", "trailer", "<<", ">>", "\0", "\u00ff" }
            .Select(Encoding.UTF8.GetBytes)];

    [Theory]
    [InlineData("random.html", 1)]
    [InlineData("random.pdf", 2)]
    [InlineData("mutated.html", 3)]
    [InlineData("mutated.pdf", 4)]
    public void No_exception_escapes_and_every_error_is_one_line_naming_the_source(string source, int seed)
    {
        var random = new Random(seed);
        var outcomes = new int[2];
        var reasons = new SortedDictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < Inputs; i++)
        {
            var bytes = source.StartsWith("random", StringComparison.Ordinal)
                ? Random(random, source.EndsWith(".pdf", StringComparison.Ordinal))
                : Mutate(random, source.EndsWith(".pdf", StringComparison.Ordinal) ? PdfSeed : HtmlSeed);

            var read = DocumentReader.FromBytes(source, bytes);

            if (read.Success)
            {
                Assert.False(string.IsNullOrWhiteSpace(read.Value!.Text));
                outcomes[0]++;
            }
            else
            {
                Assert.StartsWith(source + ": ", read.Error, StringComparison.Ordinal);
                Assert.DoesNotContain('\n', read.Error!);
                outcomes[1]++;
                var reason = read.Error![(source.Length + 2)..].Split(':')[0];
                reasons[reason] = reasons.GetValueOrDefault(reason) + 1;
            }
        }

        output.WriteLine($"{source}: {Inputs} inputs, {outcomes[0]} read, {outcomes[1]} refused ({string.Join("; ", reasons.Select(r => $"{r.Key} {r.Value}"))})");
        Assert.Equal(Inputs, outcomes[0] + outcomes[1]);
    }

    private static byte[] Random(Random random, bool pdfHeader)
    {
        var bytes = new byte[random.Next(1, 2048)];
        random.NextBytes(bytes);
        if (pdfHeader && bytes.Length >= 9 && random.Next(2) == 0)
        {
            "%PDF-1.7\n"u8.CopyTo(bytes);
        }

        return bytes;
    }

    private static byte[] Mutate(Random random, byte[] seed)
    {
        var bytes = new List<byte>(seed);
        for (var m = random.Next(1, 6); m > 0 && bytes.Count > 0; m--)
        {
            var at = random.Next(bytes.Count);
            switch (random.Next(5))
            {
                case 0:
                    bytes[at] ^= (byte)(1 << random.Next(8));
                    break;
                case 1:
                    bytes.RemoveRange(at, bytes.Count - at);
                    break;
                case 2:
                    bytes.RemoveRange(at, Math.Min(random.Next(1, 64), bytes.Count - at));
                    break;
                case 3:
                    bytes.InsertRange(at, Fragments[random.Next(Fragments.Length)]);
                    break;
                default:
                    var from = random.Next(bytes.Count);
                    var length = Math.Min(random.Next(1, 128), bytes.Count - from);
                    bytes.InsertRange(at, bytes.GetRange(from, length));
                    break;
            }
        }

        return [.. bytes];
    }
}
