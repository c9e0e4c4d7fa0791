using Attest.Linking;

namespace Attest.Tests.Linking;

public sealed class NearDuplicateTests
{
    private const string Dispatch = """
        HALVORN, March 9 (Agency) - A crowd attacked the Consulate General in Brennik on Saturday evening, threw
        stones at the building and set fire to a car parked in the courtyard, the ministry said in a statement.
        Three employees of the consulate were injured and taken to hospital. The police stood by and did not
        intervene for almost an hour, according to the consul general, who called the attack a grave breach of the
        obligations of the host state under the Vienna Convention on Consular Relations. The ministry demanded that
        the authorities identify and punish those responsible and protect the consulate and its staff.
        """;

    [Fact]
    public void A_portal_copy_with_a_new_headline_and_page_furniture_is_a_copy()
    {
        var copy = "We use cookies to improve your experience. Accept all.\nConsulate attacked by a mob\n"
            + Dispatch.Replace("A crowd attacked", "A mob attacked", StringComparison.Ordinal)
            + "\nRead more: other news of the day\nShare via email\nSubscribe to our newsletter";

        Assert.True(NearDuplicateIndex.AreCopies(TextFingerprint.Of(Dispatch), TextFingerprint.Of(copy), out var resemblance, out _));
        Assert.InRange(resemblance, 0.3, 1.0);
    }

    [Fact]
    public void Two_reports_of_one_event_in_their_own_words_are_not_copies()
    {
        const string other = """
            Stones were thrown at the consulate in Brennik during a vigil that turned violent, police said, adding that
            four officers were hurt and thirty-one people were detained within minutes. Residents said the vigil had been
            peaceful until a group of young men broke away from it.
            """;

        Assert.False(NearDuplicateIndex.AreCopies(TextFingerprint.Of(Dispatch), TextFingerprint.Of(other), out _, out _));
    }

    [Fact]
    public void Fingerprints_ignore_case_line_breaks_and_typography()
    {
        var a = TextFingerprint.Of("The “crowd” attacked the consulate on Saturday,\r\nthe ministry said.");
        var b = TextFingerprint.Of("the \"CROWD\" attacked the consulate on saturday, the ministry said");

        Assert.Equal(a.Signature.ToArray(), b.Signature.ToArray());
        Assert.Equal(1.0, a.Resemblance(b));
    }

    [Fact]
    public void Fingerprints_survive_a_round_trip_through_bytes()
    {
        var fingerprint = TextFingerprint.Of(Dispatch);

        var back = TextFingerprint.FromBytes(fingerprint.ToBytes(), fingerprint.Shingles)!;

        Assert.Equal(fingerprint.Signature.ToArray(), back.Signature.ToArray());
        Assert.Null(TextFingerprint.FromBytes(new byte[3], 1));
    }

    [Fact]
    public void The_index_finds_copies_and_groups_them_transitively_under_the_lowest_id()
    {
        var index = new NearDuplicateIndex();
        var pairs = new List<NearDuplicate>();
        var texts = new (long Id, string Text)[]
        {
            (3, Dispatch),
            (5, "Unrelated: the delegation arrived in Geneva for talks on the exchange of prisoners and the opening of roads."),
            (7, Dispatch + " Read more on our portal."),
            (9, "Share this. " + Dispatch + " Read more on our portal. Subscribe."),
        };
        foreach (var (id, text) in texts)
        {
            var fingerprint = TextFingerprint.Of(text);
            pairs.AddRange(index.Find(id, fingerprint));
            index.Add(id, fingerprint);
        }

        var groups = NearDuplicateIndex.Groups(pairs);

        Assert.Equal(3, groups[7]);
        Assert.Equal(3, groups[9]);
        Assert.False(groups.ContainsKey(5));
        Assert.All(pairs, p => Assert.True(p.Original < p.Document));
    }

    [Fact]
    public void The_bundled_near_copy_among_the_samples_is_found_and_no_other_pair()
    {
        var folder = Path.Combine(RepositoryRoot.Path, "samples", "corpus");
        var files = Directory.GetFiles(folder, "*.txt").Order(StringComparer.Ordinal).ToList();
        var index = new NearDuplicateIndex();
        var pairs = new List<(string, string)>();
        for (var i = 0; i < files.Count; i++)
        {
            var fingerprint = TextFingerprint.Of(File.ReadAllText(files[i]));
            pairs.AddRange(index.Find(i, fingerprint).Select(p => (Path.GetFileName(files[(int)p.Original])[..2], Path.GetFileName(files[(int)p.Document])[..2])));
            index.Add(i, fingerprint);
        }

        Assert.Equal([("09", "10")], pairs);
    }
}
