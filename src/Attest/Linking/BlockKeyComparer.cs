namespace Attest.Linking;

/// <summary>Hashes block keys with a full 64-bit mix. A block key packs a country, a time unit and a target
/// family into one number; the default hash of a long (the two halves XORed) would send keys of different
/// countries and days to the same buckets and make every lookup walk a long chain.</summary>
internal sealed class BlockKeyComparer : IEqualityComparer<long>
{
    public static BlockKeyComparer Instance { get; } = new();

    public bool Equals(long x, long y) => x == y;

    public int GetHashCode(long key)
    {
        unchecked
        {
            var x = (ulong)key;
            x ^= x >> 33;
            x *= 0xFF51AFD7ED558CCDUL;
            x ^= x >> 33;
            x *= 0xC4CEB9FE1A85EC53UL;
            x ^= x >> 33;
            return (int)x;
        }
    }
}
