using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;

namespace Attest.Tests.Ingest;

/// <summary>Builds small PDFs for reader tests: each page is a list of paragraphs, each paragraph a list of lines.</summary>
internal static class PdfFixture
{
    public static byte[] Build(string[][][] pages, string? title = null, string? author = null)
    {
        using var builder = new PdfDocumentBuilder();
        if (title is not null)
        {
            builder.DocumentInformation.Title = title;
        }

        if (author is not null)
        {
            builder.DocumentInformation.Author = author;
        }

        var font = builder.AddStandard14Font(Standard14Font.Helvetica);
        foreach (var paragraphs in pages)
        {
            var page = builder.AddPage(PageSize.A4);
            var y = 780.0;
            foreach (var lines in paragraphs)
            {
                foreach (var line in lines)
                {
                    page.AddText(line, 11, new PdfPoint(60, y), font);
                    y -= 14;
                }

                // A gap of two line heights between paragraphs, as typeset statements have.
                y -= 28;
            }
        }

        return builder.Build();
    }

    /// <summary>A page with a drawing and no text, as a scanner produces (without its image).</summary>
    public static byte[] WithoutText()
    {
        using var builder = new PdfDocumentBuilder();
        var page = builder.AddPage(PageSize.A4);
        page.DrawRectangle(new PdfPoint(50, 50), 400, 600);
        return builder.Build();
    }
}
