namespace Attest.Mentions;

/// <summary>A cardinal number read from tokens <c>[First, End)</c>: digits ("1,200", "3.5 million") or words
/// ("two thousand", "twenty-three", "a dozen").</summary>
/// <param name="YearLike">Four bare digits between 1800 and 2100, which are usually a year.</param>
internal readonly record struct NumberMatch(long Value, int First, int End, bool YearLike);
