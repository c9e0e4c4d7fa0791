namespace Attest.Mentions;

/// <summary>What a short line that holds a date is.</summary>
internal enum DocumentDateLineKind : byte
{
    /// <summary>Running text, or a line with more in it than a date and a place.</summary>
    Body,

    /// <summary>A publication header: the date with a label ("Published:", "date"), a clock time, a byline
    /// or separators ("Outlet | March 8, 2024 | 11:20 AM"). Metadata, not a statement of the text.</summary>
    Header,

    /// <summary>A date alone, or with a place ("September 20, 2022, Baku"; "Tolmany, 11 March 2024"): the
    /// dating of a statement, part of its text.</summary>
    Standalone,
}
