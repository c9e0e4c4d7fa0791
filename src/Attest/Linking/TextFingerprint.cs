using System.Collections.Immutable;
using System.Runtime.InteropServices;
using Attest.Eval;

namespace Attest.Linking;

/// <summary>A MinHash signature of a text's five-word shingles, for finding near-copies of one text (the same
/// agency dispatch on another portal, with a new headline and page furniture around it).</summary>
/// <remarks>Words are runs of letters and digits, lower case, diacritics dropped, so typography, line endings
/// and markup spacing do not matter. Each distinct shingle is hashed with FNV-1a; slot <c>i</c> of the
/// signature is the least value of a fixed, seeded mix of those hashes, so two signatures agree in a slot with
/// probability equal to the shingle sets' Jaccard resemblance. No randomness: the seeds are constants.</remarks>
/// <param name="Signature">The <see cref="Slots"/> minimum hashes.</param>
/// <param name="Shingles">How many distinct shingles the text has.</param>
public sealed record TextFingerprint(ImmutableArray<ulong> Signature, int Shingles)
{
    /// <summary>Words per shingle.</summary>
    public const int ShingleWords = 5;

    /// <summary>Hash slots in a signature.</summary>
    public const int Slots = 128;

    private static readonly ulong[] Seeds = MakeSeeds();

    /// <summary>The fingerprint of <paramref name="text"/>. A text shorter than one shingle has one shingle of
    /// all its words (or none when it has no words).</summary>
    public static TextFingerprint Of(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var words = new List<ulong>();
        var hash = FnvOffset;
        var inWord = false;
        foreach (var raw in text)
        {
            if (char.IsLetterOrDigit(raw))
            {
                var c = char.ToLowerInvariant(DiacriticFolding.Fold(raw));
                hash = unchecked((hash ^ c) * FnvPrime);
                inWord = true;
            }
            else if (inWord)
            {
                words.Add(hash);
                hash = FnvOffset;
                inWord = false;
            }
        }

        if (inWord)
        {
            words.Add(hash);
        }

        var shingles = new HashSet<ulong>();
        var span = Math.Min(ShingleWords, words.Count);
        for (var start = 0; span > 0 && start + span <= words.Count; start++)
        {
            var shingle = FnvOffset;
            for (var j = 0; j < span; j++)
            {
                shingle = unchecked((shingle ^ words[start + j]) * FnvPrime);
            }

            shingles.Add(shingle);
        }

        var signature = new ulong[Slots];
        Array.Fill(signature, ulong.MaxValue);
        foreach (var shingle in shingles)
        {
            for (var i = 0; i < Slots; i++)
            {
                var value = Mix(shingle ^ Seeds[i]);
                if (value < signature[i])
                {
                    signature[i] = value;
                }
            }
        }

        return new TextFingerprint(ImmutableCollectionsMarshal.AsImmutableArray(signature), shingles.Count);
    }

    /// <summary>Estimated Jaccard resemblance of the two shingle sets: the share of slots that agree.</summary>
    public double Resemblance(TextFingerprint other)
    {
        ArgumentNullException.ThrowIfNull(other);
        if (Shingles == 0 || other.Shingles == 0 || Signature.Length != other.Signature.Length)
        {
            return 0;
        }

        var same = 0;
        for (var i = 0; i < Signature.Length; i++)
        {
            same += Signature[i] == other.Signature[i] ? 1 : 0;
        }

        return (double)same / Signature.Length;
    }

    /// <summary>Estimated share of the smaller text's shingles that the other text also has, from the
    /// resemblance J and the set sizes: |A∩B| = J(|A|+|B|)/(1+J).</summary>
    public double Containment(TextFingerprint other)
    {
        ArgumentNullException.ThrowIfNull(other);
        var j = Resemblance(other);
        var smaller = Math.Min(Shingles, other.Shingles);
        return smaller == 0 ? 0 : Math.Min(1, j * (Shingles + other.Shingles) / ((1 + j) * smaller));
    }

    /// <summary>The signature as bytes (little-endian), for storage.</summary>
    public byte[] ToBytes() => MemoryMarshal.AsBytes(Signature.AsSpan()).ToArray();

    /// <summary>Reads a signature written by <see cref="ToBytes"/>; null when the length is wrong.</summary>
    public static TextFingerprint? FromBytes(ReadOnlySpan<byte> bytes, int shingles)
    {
        if (bytes.Length != Slots * sizeof(ulong))
        {
            return null;
        }

        var signature = MemoryMarshal.Cast<byte, ulong>(bytes).ToArray();
        return new TextFingerprint(ImmutableCollectionsMarshal.AsImmutableArray(signature), shingles);
    }

    private const ulong FnvOffset = 14695981039346656037UL;
    private const ulong FnvPrime = 1099511628211UL;

    /// <summary>SplitMix64's finaliser: spreads every input bit over the output.</summary>
    private static ulong Mix(ulong x)
    {
        unchecked
        {
            x ^= x >> 30;
            x *= 0xBF58476D1CE4E5B9UL;
            x ^= x >> 27;
            x *= 0x94D049BB133111EBUL;
            x ^= x >> 31;
            return x;
        }
    }

    private static ulong[] MakeSeeds()
    {
        var seeds = new ulong[Slots];
        var state = 0x243F6A8885A308D3UL;
        for (var i = 0; i < Slots; i++)
        {
            unchecked
            {
                state += 0x9E3779B97F4A7C15UL;
            }

            seeds[i] = Mix(state);
        }

        return seeds;
    }
}
