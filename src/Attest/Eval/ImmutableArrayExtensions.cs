using System.Collections.Immutable;

namespace Attest.Eval;

/// <summary>Lets the scorer read records built by hand, where an array left out is default rather than empty.</summary>
internal static class ImmutableArrayExtensions
{
    /// <summary>The array, or an empty one when it is default.</summary>
    public static ImmutableArray<T> OrEmpty<T>(this ImmutableArray<T> array) => array.IsDefault ? [] : array;
}
