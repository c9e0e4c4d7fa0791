using System.Text.Encodings.Web;
using System.Text.Json;

namespace Attest.Storage.Tests;

public sealed class UnicodeTests : IDisposable
{
    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    public static TheoryData<string, string> Texts => new()
    {
        { "Željana Đurić said the šćčž letters stay intact.", "Željana" },
        { "قالت وزارة الخارجية إن السفارة تعرضت لهجوم.", "السفارة" },
        { "The flag 🏳️‍🌈 and 👩🏽‍⚕️ came through; so did the embassy.", "embassy" },
        { "Emoji are words to the index: 🙂 here.", "🙂" },
        { "Mixed: Ελληνικά, русский текст, 日本語の文, עברית.", "русский" },
        { "Combining: e\u0301 versus é, and a NUL-free tab\there.", "versus" },
    };

    [Theory]
    [MemberData(nameof(Texts))]
    public void Text_title_and_analysis_round_trip_exactly_and_are_searchable(string text, string word)
    {
        string path = folder.StorePath();
        string json = JsonSerializer.Serialize(new { quote = text }, new JsonSerializerOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        long id;
        using (SqliteStore store = SqliteStore.Open(path))
        {
            id = store.Add(Some.Document(text, title: text[..12], author: "Željana Đurić"), Some.Version, json).DocumentId;
        }

        using SqliteStore reopened = SqliteStore.Open(path);
        StoredDocument stored = Assert.Single(reopened.Documents());
        Assert.Equal(text, reopened.Text(id));
        Assert.Equal(text.Length, stored.Characters);
        Assert.Equal(text[..12], stored.Title);
        Assert.Equal("Željana Đurić", stored.Author);
        Assert.Equal(json, reopened.AnalysisJson(id));
        Assert.Equal([id], reopened.Search(word).Select(h => h.DocumentId));
    }

    [Fact]
    public void A_unicode_source_path_is_found_by_path_and_file_name()
    {
        using SqliteStore store = folder.Open();
        long id = store.Add(Some.Document("Text.", "izjave/Saopštenje — 14. oktobar.txt"), Some.Version, Some.Json()).DocumentId;

        Assert.Equal(id, store.Find("izjave/Saopštenje — 14. oktobar.txt")?.Id);
        Assert.Equal(id, store.Find("Saopštenje — 14. oktobar.txt")?.Id);
    }
}
