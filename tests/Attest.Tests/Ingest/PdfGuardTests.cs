using Attest.Ingest;

namespace Attest.Tests.Ingest;

/// <summary>Guards that keep a pathological PDF from holding up a batch: a time limit and a page limit.</summary>
public sealed class PdfGuardTests
{
    private static readonly byte[] ThreePages = PdfFixture.Build([[["First page."]], [["Second page."]], [["Third page."]]]);

    [Fact]
    public void A_pdf_that_takes_longer_than_its_time_limit_is_given_up_in_one_line()
    {
        var read = DocumentReader.FromBytes("slow.pdf", ThreePages, new ReadOptions { PdfTimeout = TimeSpan.Zero });

        Assert.False(read.Success);
        Assert.Equal("slow.pdf: PDF took longer than 0 s to read (pathological file?)", read.Error);
    }

    [Fact]
    public void A_pdf_with_more_pages_than_the_limit_is_refused_before_reading_them()
    {
        var read = DocumentReader.FromBytes("long.pdf", ThreePages, new ReadOptions { MaxPdfPages = 2 });

        Assert.False(read.Success);
        Assert.Equal("long.pdf: too many pages (3; the limit is 2)", read.Error);
    }

    [Fact]
    public void Within_its_limits_the_pdf_is_read()
    {
        var read = DocumentReader.FromBytes("ok.pdf", ThreePages, new ReadOptions { MaxPdfPages = 3 });

        Assert.True(read.Success, read.Error);
        Assert.Equal("First page.\n\nSecond page.\n\nThird page.", read.Value!.Text);
    }
}
