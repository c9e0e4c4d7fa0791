using System.Reflection;

namespace Attest.Cli.Tests;

/// <summary>Pins the public surface of the libraries a user can build on (core, ingest, storage) to a reviewed
/// listing, so that widening or breaking it is a deliberate change seen in review, not a side effect.</summary>
/// <remarks>On a difference the test writes the listing it found beside the approved one, as
/// <c>PublicApi.received.txt</c>; replacing the approved file with it approves the change.</remarks>
public sealed class PublicApiTests
{
    private static readonly Assembly[] Libraries =
    [
        typeof(Attest.Model.DocumentAnalysis).Assembly,
        typeof(Attest.Ingest.DocumentReader).Assembly,
        typeof(Attest.Storage.SqliteStore).Assembly,
    ];

    [Fact]
    public void Public_surface_matches_the_approved_listing()
    {
        var approvedPath = Path.Combine(RepositoryPaths.Root, "tests", "Attest.Cli.Tests", "PublicApi.approved.txt");
        var receivedPath = Path.Combine(RepositoryPaths.Root, "tests", "Attest.Cli.Tests", "PublicApi.received.txt");
        var listing = PublicApiListing.Of(Libraries);
        var approved = File.Exists(approvedPath) ? File.ReadAllText(approvedPath).ReplaceLineEndings("\n") : "";
        if (listing == approved)
        {
            File.Delete(receivedPath);
            return;
        }

        File.WriteAllText(receivedPath, listing);
        var was = approved.Split('\n').ToHashSet(StringComparer.Ordinal);
        var now = listing.Split('\n').ToHashSet(StringComparer.Ordinal);
        var added = now.Where(l => !was.Contains(l)).Take(20).Select(l => "+ " + l);
        var removed = was.Where(l => !now.Contains(l)).Take(20).Select(l => "- " + l);
        Assert.Fail("The public API changed; review PublicApi.received.txt and, if intended, make it the approved listing:\n"
            + string.Join("\n", removed.Concat(added)));
    }

    [Fact]
    public void Listing_names_types_with_their_kind_and_members_with_signatures()
    {
        var listing = PublicApiListing.Of([typeof(Attest.Model.DocumentAnalysis).Assembly]);

        Assert.Contains("public sealed class Attest.Model.LoadedTerm : IEquatable<LoadedTerm>", listing, StringComparison.Ordinal);
        Assert.Contains("  ctor(String Term, LoadedKind Kind, String? Speaker, String? About, Evidence Evidence)", listing, StringComparison.Ordinal);
        Assert.Contains("  String? Speaker { get; init; }", listing, StringComparison.Ordinal);
        Assert.DoesNotContain("<Clone>", listing, StringComparison.Ordinal);
    }
}
