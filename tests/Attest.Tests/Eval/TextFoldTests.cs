using Attest.Eval;
using Attest.Linking;

namespace Attest.Tests.Eval;

public sealed class TextFoldTests
{
    [Theory]
    [InlineData("Željana Zovko", "zeljana zovko")]
    [InlineData("Z\u030Celjana", "zeljana")]
    [InlineData("  Rahman \t\n Mustafayev  ", "rahman mustafayev")]
    [InlineData("Women\u2019s", "women's")]
    [InlineData("\u201CAsparez\u201D", "\"asparez\"")]
    [InlineData("Foundations \u2013 Armenia", "foundations - armenia")]
    [InlineData("Ilham Əliyev", "ilham əliyev")]
    [InlineData("İstanbul", "istanbul")]
    [InlineData("Gjirokastër Łódź Đakovo Ørsted", "gjirokaster lodz dakovo orsted")]
    [InlineData("co\u00ADoperation", "cooperation")]
    [InlineData("wait\u2026", "wait...")]
    [InlineData(null, "")]
    public void Folds_case_diacritics_typography_and_white_space(string? text, string expected) =>
        Assert.Equal(expected, TextFold.Fold(text));

    [Theory]
    [InlineData("2022-13")]
    [InlineData("2022-02-30")]
    [InlineData("20220918")]
    [InlineData("2022-9-18")]
    [InlineData("")]
    [InlineData("abc")]
    [InlineData("2022-09-18/2022-09-17")]
    [InlineData("XXXX")]
    [InlineData("000X")]
    [InlineData("2022-09-18/XXXX-09-19")]
    public void Time_values_outside_the_format_do_not_parse(string value) =>
        Assert.Null(IncidentDate.Parse(value));

    [Theory]
    [InlineData("2022-09", "2022-09-01/2022-09-30")]
    [InlineData("199X", "1990-01-01/1999-12-31")]
    [InlineData("19XX", "1900/1999")]
    [InlineData("2024", "2024-01-01/2024-12-31")]
    public void Time_values_that_denote_the_same_days_parse_equal(string left, string right) =>
        Assert.Equal(IncidentDate.Parse(left), IncidentDate.Parse(right));
}
