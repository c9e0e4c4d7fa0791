namespace Attest.Mentions;

/// <summary>How a cue word takes its count (lexicon attribute <c>pos</c> of a <c>figure-cue</c>).</summary>
internal enum FigureCuePos : byte
{
    /// <summary>A verb: the subject is counted ("two civilians died"), or with <c>object=yes</c> also the object.</summary>
    Verb,

    /// <summary>An adjective that behaves like an intransitive verb: "five dead", "four of the injured".</summary>
    Adjective,

    /// <summary>A noun: counted directly ("32 attacks") or through a preposition ("the deaths of five").</summary>
    Noun,
}
