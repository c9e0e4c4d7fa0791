using System.Text;
using Attest.Ingest;

namespace Attest.Tests.Ingest;

public sealed class PdfReaderTests
{
    private static readonly string[][][] Statement =
    [
        [
            ["The Ministry condemns the attack on the", "consulate in Ostrel on 3 May."],
            ["We call on the authorities to investigate."],
        ],
        [
            ["Issued in Varnograd, 4 May 2024."],
        ],
    ];

    [Fact]
    public void Reads_pages_in_order_with_paragraphs_separated_by_blank_lines()
    {
        var read = PdfReader.Read(PdfFixture.Build(Statement));

        Assert.True(read.Success, read.Error);
        Assert.Equal(
            "The Ministry condemns the attack on the\nconsulate in Ostrel on 3 May.\n\nWe call on the authorities to investigate.\n\nIssued in Varnograd, 4 May 2024.",
            read.Value!.Text);
    }

    [Fact]
    public void Takes_title_and_author_from_the_document_information()
    {
        var read = PdfReader.Read(PdfFixture.Build(Statement, title: "Statement on the consulate", author: "Press Office"));

        Assert.True(read.Success, read.Error);
        Assert.Equal(new IngestMetadata("Statement on the consulate", null, null, "Press Office"), read.Value!.Metadata);
    }

    [Fact]
    public void A_pdf_without_a_text_layer_is_refused_as_probably_scanned()
    {
        var read = PdfReader.Read(PdfFixture.WithoutText());

        Assert.False(read.Success);
        Assert.Equal("no text layer (scanned PDF?)", read.Error);
    }

    [Theory]
    [InlineData(0.9)]
    [InlineData(0.5)]
    [InlineData(0.1)]
    public void A_truncated_pdf_gives_a_one_line_error_or_the_text_that_survives(double keep)
    {
        var bytes = PdfFixture.Build(Statement);

        var read = PdfReader.Read(bytes.AsSpan(0, (int)(bytes.Length * keep)));

        if (read.Success)
        {
            // Lenient parsing may recover the text from what is left; it must then be text from the file.
            Assert.Contains("Ministry", read.Value!.Text, StringComparison.Ordinal);
        }
        else
        {
            Assert.DoesNotContain('\n', read.Error!);
            Assert.NotEmpty(read.Error!);
        }
    }

    [Fact]
    public void A_pdf_cut_after_its_header_is_refused_in_one_line()
    {
        var read = PdfReader.Read("%PDF-1.7\n1 0 obj\n<< /Type /Catalog"u8);

        Assert.False(read.Success);
        Assert.StartsWith("malformed or truncated PDF", read.Error, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', read.Error!);
    }

    [Fact]
    public void Bytes_without_the_pdf_header_are_not_a_pdf()
    {
        var read = PdfReader.Read(Encoding.ASCII.GetBytes("just some text"));

        Assert.False(read.Success);
        Assert.Equal("not a PDF (no %PDF- header)", read.Error);
    }
}
