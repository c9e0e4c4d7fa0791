namespace Attest.Tests;

public sealed class ScaffoldTests
{
    [Fact]
    public void Span_end_is_exclusive() => Assert.Equal(5, new Attest.Text.Span(2, 3).End);
}
