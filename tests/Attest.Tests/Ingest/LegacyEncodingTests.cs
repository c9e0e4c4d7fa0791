using System.Text;
using Attest.Ingest;

namespace Attest.Tests.Ingest;

/// <summary>Windows-1251 and Windows-1252 are told apart by letter bigrams, not assumed. The sentences are
/// written for these tests.</summary>
public sealed class LegacyEncodingTests
{
    static LegacyEncodingTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static TheoryData<string, int> Sentences => new()
    {
        // Russian
        { "Посольство было атаковано ночью, окна разбиты, никто не пострадал.", 1251 },
        { "Министерство призвало власти провести расследование без промедления.", 1251 },
        // Ukrainian: і, ї, є and ґ sit between 0xA0 and 0xBF in Windows-1251.
        { "Міністерство закордонних справ України засуджує напад на консульство у Львові.", 1251 },
        { "Їхня заява з'явилася вчора; ґанок будівлі пошкоджено, є свідки.", 1251 },
        // A Cyrillic text quoting a Latin acronym.
        { "Представители ОБСЕ и UNESCO прибыли в город в четверг.", 1251 },
        // French
        { "L'ambassade a été attaquée pendant la nuit ; les fenêtres ont été brisées.", 1252 },
        { "Le ministère a déclaré qu'une enquête serait menée sans délai, à Genève.", 1252 },
        { "Créée en été, l'association réunit des élèves âgés de dix-huit ans.", 1252 },
        // German
        { "Die Botschaft wurde nachts angegriffen; die Fenster gingen zu Bruch, berichtet die Polizei in Köln.", 1252 },
        { "Das Außenministerium fordert eine rasche Untersuchung für die Bürger über Straßen.", 1252 },
        { "Über Nacht schlossen die Behörden die Grenzübergänge nördlich von München.", 1252 },
    };

    [Theory]
    [MemberData(nameof(Sentences))]
    public void Cyrillic_and_western_text_are_told_apart_by_letter_bigrams(string sentence, int codePage)
    {
        var encoding = Encoding.GetEncoding(codePage);
        var bytes = encoding.GetBytes(sentence);

        var decoded = TextDecoder.Decode(bytes);

        Assert.True(decoded.Success);
        Assert.Equal(encoding.WebName, decoded.Value!.Encoding);
        Assert.Equal(sentence, decoded.Value.Text);
    }

    [Fact]
    public void Cyrillic_bigrams_are_mostly_high_high_and_western_ones_mostly_mixed()
    {
        var russian = LegacyEncoding.Bigrams(Encoding.GetEncoding(1251).GetBytes("Посольство было атаковано"));
        var german = LegacyEncoding.Bigrams(Encoding.GetEncoding(1252).GetBytes("Außenministerium für Bürger"));

        Assert.Equal((20, 0), russian);
        Assert.Equal((0, 6), german);
    }

    [Fact]
    public void Text_with_no_letter_above_ascii_reads_as_windows_1252()
    {
        // A curly quote (0x93) makes the bytes invalid UTF-8 but says nothing about the script.
        byte[] bytes = [.. "He said "u8, 0x93, .. "no"u8, 0x94];

        Assert.Equal("windows-1252", LegacyEncoding.Detect(bytes).WebName);
        Assert.Equal("He said “no”", TextDecoder.Decode(bytes).Value!.Text);
    }

    [Fact]
    public void A_cyrillic_text_file_is_read_in_windows_1251()
    {
        const string text = "Заявление\n\nМы осуждаем нападение на посольство.\n";
        var read = DocumentReader.FromBytes("statement.txt", Encoding.GetEncoding(1251).GetBytes(text));

        Assert.True(read.Success, read.Error);
        Assert.Equal("windows-1251", read.Value!.Encoding);
        Assert.Equal(text, read.Value.Text);
    }
}
