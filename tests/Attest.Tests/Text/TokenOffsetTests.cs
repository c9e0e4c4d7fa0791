using Attest.Text;

namespace Attest.Tests.Text;

/// <summary>Every token's span maps back to original characters that normalise to the token's text.</summary>
public sealed class TokenOffsetTests
{
    private const string Messy =
        "\uFEFFHeadline with\u00A0no-break spaces\r\n\r\n" +
        "Cafe\u0301 owners\u200B said: \u201CWe saw it.\u201D\r\n" +
        "Inter\u00ADnational observers (U.N.) counted 1,000.5 rounds\u2029" +
        "at 5\u202Fp.m. \u2014 see https://example.org/a. Mr.\u2007Lund\u2028agreed\r" +
        "\u1100\u1161\u11A8 and \u212B and re\u0301sume\u0301\u200D.";

    public static TheoryData<string> Texts()
    {
        var data = new TheoryData<string> { Messy };
        var seeds = TextFixtures.Shared("corpus", "seeds");
        if (Directory.Exists(seeds))
        {
            foreach (var file in Directory.GetFiles(seeds, "*.txt").Order(StringComparer.Ordinal))
            {
                data.Add(Path.GetFileName(file));
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Texts))]
    public void Original_at_each_token_span_holds_the_token_modulo_normalisation(string textOrSeedFile)
    {
        var original = textOrSeedFile.EndsWith(".txt", StringComparison.Ordinal)
            ? File.ReadAllText(Path.Combine(TextFixtures.Shared("corpus", "seeds"), textOrSeedFile))
            : textOrSeedFile;
        var layer = TextLayerBuilder.Default.Build(original);

        Assert.NotEmpty(layer.Tokens);
        for (var i = 0; i < layer.Tokens.Length; i++)
        {
            var span = layer.Clean.ToOriginal(layer.Tokens[i].Span);
            var inOriginal = original.Substring(span.Start, span.Length);
            Assert.Equal(layer.TokenText(i).ToString(), TextNormalizer.Normalize(inOriginal).Text);
        }
    }

    [Fact]
    public void The_messy_text_needs_every_normalisation()
    {
        var layer = TextLayerBuilder.Default.Build(Messy);

        Assert.DoesNotContain('\r', layer.Text);
        Assert.DoesNotContain('\u00A0', layer.Text);
        Assert.DoesNotContain('\u200B', layer.Text);
        Assert.DoesNotContain('\u00AD', layer.Text);
        Assert.Contains("Café", layer.Text, StringComparison.Ordinal);
        Assert.Contains("각", layer.Text, StringComparison.Ordinal);
        Assert.Contains(layer.Tokens, t => t.Has(TokenFlags.Url));
        Assert.True(layer.Paragraphs.Length >= 4);
    }
}
