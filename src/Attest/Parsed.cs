namespace Attest;

/// <summary>The outcome of parsing normal, possibly bad, input: a value or a one-line error.</summary>
public sealed class Parsed<T>
{
    private Parsed(T? value, string? error)
    {
        Value = value;
        Error = error;
    }

    /// <summary>The parsed value when <see cref="Success"/>.</summary>
    public T? Value { get; }

    /// <summary>One line: what, where, what was expected.</summary>
    public string? Error { get; }

    public bool Success => Error is null;

    public static Parsed<T> Ok(T value) => new(value, null);

    public static Parsed<T> Fail(string error) => new(default, error);
}
