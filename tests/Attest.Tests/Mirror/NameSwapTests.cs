using Attest.Lexicons;
using Attest.Mirror;
using Xunit;

namespace Attest.Tests.Mirror;

/// <summary>Swapping two sides' names: every form the lexicons give, longest first, whole words, in the case
/// written, inside other names too; the mirror world's lexicons are renamed by the same swap and give the other
/// side's codes to whatever the swap moves.</summary>
public sealed class NameSwapTests
{
    private static NameSwap Swap(string pair)
    {
        var swap = NameSwap.Create(LexiconSet.Bundled, [pair]);
        Assert.True(swap.Success, swap.Error);
        return swap.Value!;
    }

    [Theory]
    [InlineData("Armenia:Azerbaijan", "Armenia and Azerbaijan met.", "Azerbaijan and Armenia met.")]
    [InlineData("Armenia:Azerbaijan", "Azerbaijan's embassy and Armenia’s envoy", "Armenia's embassy and Azerbaijan’s envoy")]
    [InlineData("Armenia:Azerbaijan", "Armenians and Azerbaijanis", "Azerbaijanis and Armenians")]
    [InlineData("Armenia:Azerbaijan", "an Armenian group", "an Azerbaijani group")]
    [InlineData("Armenia:Azerbaijan", "armenian communities", "azerbaijani communities")]
    [InlineData("Armenia:Azerbaijan", "ARMENIA REJECTS", "AZERBAIJAN REJECTS")]
    [InlineData("Armenia:Azerbaijan", "the Armenian-Azerbaijani border", "the Azerbaijani-Armenian border")]
    [InlineData("Armenia:Azerbaijan", "from Yerevan to Baku", "from Baku to Yerevan")]
    [InlineData("Armenia:Azerbaijan", "the Republic of Armenia", "the Republic of Azerbaijan")]
    [InlineData("Armenia:Azerbaijan", "Azeri forces", "Armenian forces")]
    [InlineData("Armenia:Azerbaijan", "Armenpress reported", "Armenpress reported")]
    [InlineData("France:Lebanon", "Paris and Beirut", "Beirut and Paris")]
    [InlineData("France:Lebanon", "the French Republic", "the Lebanese Republic")]
    [InlineData("France:Lebanon", "French Guiana is renamed", "Lebanese Guiana is renamed")]
    [InlineData("France:Lebanon", "Frenchmen abroad", "Lebanese abroad")]
    [InlineData("Iran:Azerbaijan", "the Islamic Republic of Iran", "the Republic of Azerbaijan")]
    [InlineData("Iran:Azerbaijan", "East Azerbaijan and Iranian officials", "East Iran and Azerbaijani officials")]
    [InlineData("Iran:Azerbaijan", "Tehran's reply", "Baku's reply")]
    public void Swaps_every_form_of_both_sides(string pair, string text, string expected)
    {
        Assert.Equal(expected, Swap(pair).Swap(text));
    }

    [Theory]
    [InlineData("Armenia and Azerbaijan; Armenians, Azerbaijanis; Yerevan, Baku; armenian, AZERBAIJANI")]
    [InlineData("Neither name here.")]
    public void Swapping_twice_gives_back_the_text_for_first_listed_forms(string text)
    {
        var swap = Swap("Armenia:Azerbaijan");
        Assert.Equal(text, swap.Swap(swap.Swap(text)));
    }

    [Fact]
    public void Names_map_to_the_same_tag_from_either_text()
    {
        var swap = Swap("Armenia:Azerbaijan");
        Assert.Equal(swap.Canonical("Foreign Ministry of Armenia", swapped: false), swap.Canonical("Foreign Ministry of Azerbaijan", swapped: true));
        Assert.Equal(swap.Canonical("AM", swapped: false), swap.Canonical("AZ", swapped: true));
        Assert.NotEqual(swap.Canonical("AM", swapped: false), swap.Canonical("AZ", swapped: false));
        Assert.Equal("FR", swap.Canonical("FR", swapped: true));
    }

    [Fact]
    public void A_form_one_side_shares_between_classes_tags_the_same_from_either_text()
    {
        // "Azerbaijanis" becomes "French", which is France's adjective and its demonym.
        var swap = Swap("France:Azerbaijan");
        Assert.Equal("French", swap.Swap("Azerbaijanis"));
        Assert.Equal(swap.Canonical("peaceful Azerbaijanis", swapped: false), swap.Canonical("peaceful French", swapped: true));
        Assert.Equal(swap.Canonical("Azerbaijani", swapped: false), swap.Canonical("French", swapped: true));
        Assert.NotEqual(swap.Canonical("Azerbaijan", swapped: false), swap.Canonical("Azerbaijani", swapped: false));
    }

    [Fact]
    public void Counts_the_names_it_replaces()
    {
        var swap = Swap("France:Lebanon");
        Assert.Equal(3, swap.CountNames("French Guiana, France and Paris"));
        Assert.Equal(0, swap.CountNames("Neither name here."));
    }

    [Theory]
    [InlineData("city", "Gyumri", "country", "AZ")]
    [InlineData("city", "Ganja", "country", "AM")]
    [InlineData("country", "Armenia", "iso", "AM")]
    [InlineData("country", "Azerbaijan", "capital", "Baku")]
    [InlineData("country", "France", "iso", "FR")]
    public void Mirror_world_moves_unrenamed_places_to_the_other_side_and_keeps_entries_whose_image_is_listed(string kind, string name, string key, string value)
    {
        var mirror = Swap("Armenia:Azerbaijan").Mirror(LexiconSet.Bundled);
        var entry = Assert.Single(mirror.OfKind(kind), e => e.Name == name);
        Assert.Equal(value, entry.Attribute(key));
    }

    [Fact]
    public void Mirror_world_renames_a_name_built_on_a_side_and_gives_it_the_other_sides_code()
    {
        var mirror = Swap("France:Lebanon").Mirror(LexiconSet.Bundled);
        var guiana = Assert.Single(mirror.All, e => e.Name == "Lebanese Guiana");
        Assert.Equal("LB", guiana.Attribute("parent"));
        Assert.Equal("GF", guiana.Attribute("iso"));
        Assert.Equal("Lebanese Guianese", guiana.Attribute("adj"));
        Assert.DoesNotContain(mirror.All, e => e.Name == "French Guiana");
        Assert.Equal(LexiconSet.Bundled.All.Length, mirror.All.Length);
    }

    [Theory]
    [InlineData("Armenia")]
    [InlineData("Armenia:")]
    [InlineData("Armenia:Atlantis")]
    [InlineData("Armenia:AM")]
    public void Rejects_malformed_unknown_or_repeated_sides(string pair)
    {
        Assert.False(NameSwap.Create(LexiconSet.Bundled, [pair]).Success);
    }

    [Fact]
    public void Takes_sides_by_iso_code_and_rejects_a_side_in_two_pairs()
    {
        Assert.Equal(["Armenia", "Azerbaijan"], NameSwap.Create(LexiconSet.Bundled, ["am:AZ"]).Value!.Sides.Select(s => s.Name));
        Assert.False(NameSwap.Create(LexiconSet.Bundled, ["Armenia:Azerbaijan", "Iran:Azerbaijan"]).Success);
    }
}
