using System.Buffers;

namespace Attest.Text;

/// <summary>Cleans a text for analysis and keeps the map back to the original.</summary>
/// <remarks>
/// In one pass: Unicode NFC; CRLF and lone CR become LF, NEL and U+2028 become LF, U+2029
/// (paragraph separator) becomes a blank line; no-break spaces (U+00A0, U+2007, U+202F) become
/// plain spaces; zero-width characters (U+200B..U+200D, U+2060, U+FEFF) and soft hyphens are
/// removed; a lone surrogate becomes U+FFFD. Typographic quotes and dashes stay as they are.
/// Text that needs none of this is returned as is, without copying.
/// </remarks>
public static class TextNormalizer
{
    /// <summary>Characters that never need attention: printable ASCII, LF and TAB.</summary>
    private static readonly SearchValues<char> Plain = SearchValues.Create(
        "\t\n !\"#$%&'()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\\]^_`abcdefghijklmnopqrstuvwxyz{|}~");

    /// <summary>Normalises <paramref name="original"/>.</summary>
    public static CleanText Normalize(string original)
    {
        ArgumentNullException.ThrowIfNull(original);
        var first = original.AsSpan().IndexOfAnyExcept(Plain);
        if (first < 0)
        {
            return new CleanText(original, original, []);
        }

        var run = new Run(original);
        try
        {
            return run.Execute(first);
        }
        finally
        {
            run.ReturnBuffers();
        }
    }

    /// <summary>Bit set over the BMP of non-ASCII characters that may change: NFC-unstable, replaced, removed,
    /// surrogates. Everything else (letters of other scripts, curly quotes, dashes) is skipped in a tight loop.</summary>
    private static readonly ulong[] Attention = BuildAttention();

    private static bool IsRemoved(char c) =>
        c is '\u00AD' or '\u200B' or '\u200C' or '\u200D' or '\u2060' or '\uFEFF';

    private static bool NeedsAttention(char c) => (Attention[c >> 6] & (1UL << (c & 63))) != 0;

    private static ulong[] BuildAttention()
    {
        var bits = new ulong[1024];
        for (var cp = 0x80; cp <= 0xFFFF; cp++)
        {
            var c = (char)cp;
            if (!Nfc.IsStable(cp) || char.IsSurrogate(c) || IsRemoved(c)
                || c is '\u00A0' or '\u2007' or '\u202F' or '\u0085' or '\u2028' or '\u2029')
            {
                bits[cp >> 6] |= 1UL << (cp & 63);
            }
        }

        return bits;
    }

    /// <summary>One normalisation. The output buffer is created lazily at the first change, so an
    /// unchanged text is never copied; between changes the output runs in step with the input.</summary>
    private sealed class Run(string source)
    {
        private readonly string _s = source;
        private char[]? _buffer;
        private int _length;

        /// <summary>Input consumed into <see cref="_buffer"/>; input after it is pending, unchanged.</summary>
        private int _flushed;
        private List<OffsetEdit>? _edits;

        /// <summary>Last stable character written (output and input offsets), where an NFC chunk starts.</summary>
        private int _stableOut = -1;
        private int _stableIn = -1;

        private char[] _chunkIn = [];
        private char[] _chunkOut = [];

        public CleanText Execute(int first)
        {
            var s = _s;
            var n = s.Length;
            var i = first;
            if (i > 0)
            {
                SetStable(i - 1);
            }

            while (i < n)
            {
                var skip = s.AsSpan(i).IndexOfAnyExcept(Plain);
                if (skip < 0)
                {
                    SetStable(n - 1);
                    break;
                }

                i += skip;
                var run = i;
                while (i < n && s[i] >= 0x80 && !NeedsAttention(s[i]))
                {
                    i++;
                }

                if (skip > 0 || i > run)
                {
                    SetStable(i - 1);
                }

                if (i == n)
                {
                    break;
                }

                var c = s[i];
                if (c < 0x80)
                {
                    if (Plain.Contains(c))
                    {
                        continue;
                    }

                    if (c == '\r')
                    {
                        var consumed = i + 1 < n && s[i + 1] == '\n' ? 2 : 1;
                        Replace(i, consumed, "\n");
                        i += consumed;
                    }
                    else
                    {
                        // Other control characters stay; the tokenizer treats them as separators.
                        SetStable(i);
                        i++;
                    }

                    continue;
                }

                switch (c)
                {
                    case '\u00A0' or '\u2007' or '\u202F':
                        Replace(i, 1, " ");
                        i++;
                        continue;
                    case '\u0085' or '\u2028':
                        Replace(i, 1, "\n");
                        i++;
                        continue;
                    case '\u2029':
                        Replace(i, 1, "\n\n");
                        i++;
                        continue;
                }

                if (IsRemoved(c))
                {
                    var end = i + 1;
                    while (end < n && IsRemoved(s[end]))
                    {
                        end++;
                    }

                    Delete(i, end - i);
                    i = end;
                    continue;
                }

                if (char.IsSurrogate(c))
                {
                    if (char.IsHighSurrogate(c) && i + 1 < n && char.IsLowSurrogate(s[i + 1]))
                    {
                        if (Nfc.IsStable(char.ConvertToUtf32(c, s[i + 1])))
                        {
                            SetStable(i);
                            i += 2;
                        }
                        else
                        {
                            i = NormalizeChunk(i);
                        }
                    }
                    else
                    {
                        Replace(i, 1, "\uFFFD");
                        i++;
                    }

                    continue;
                }

                i = NormalizeChunk(i);
            }

            if (_buffer is null)
            {
                return new CleanText(_s, _s, []);
            }

            Materialize(n);
            return new CleanText(_s, new string(_buffer, 0, _length), _edits!.ToArray());
        }

        public void ReturnBuffers()
        {
            if (_buffer is not null)
            {
                ArrayPool<char>.Shared.Return(_buffer);
            }

            if (_chunkIn.Length > 0)
            {
                ArrayPool<char>.Shared.Return(_chunkIn);
            }

            if (_chunkOut.Length > 0)
            {
                ArrayPool<char>.Shared.Return(_chunkOut);
            }
        }

        /// <summary>Output offset of a pending (unchanged) input offset.</summary>
        private int OutOf(int input) => _length + (input - _flushed);

        private void SetStable(int input)
        {
            _stableIn = input;
            _stableOut = OutOf(input);
        }

        private void Replace(int at, int consumed, string replacement)
        {
            Materialize(at);
            var start = _length;
            Append(replacement);
            if (replacement.Length != consumed)
            {
                _edits!.Add(new OffsetEdit(start, replacement.Length, at, consumed));
            }

            _flushed = at + consumed;
            _stableOut = start;
            _stableIn = at;
        }

        private void Delete(int at, int count)
        {
            Materialize(at);
            _edits!.Add(new OffsetEdit(_length, 0, at, count));
            _flushed = at + count;
        }

        /// <summary>Normalises the chunk from the last stable character through the run of unstable (and
        /// removed) characters starting at <paramref name="at"/>; returns the input offset after the run.</summary>
        private int NormalizeChunk(int at)
        {
            var s = _s;
            var end = at;
            var removed = false;
            while (end < s.Length)
            {
                var c = s[end];
                if (IsRemoved(c))
                {
                    removed = true;
                    end++;
                }
                else if (char.IsHighSurrogate(c) && end + 1 < s.Length && char.IsLowSurrogate(s[end + 1]))
                {
                    if (Nfc.IsStable(char.ConvertToUtf32(c, s[end + 1])))
                    {
                        break;
                    }

                    end += 2;
                }
                else if (char.IsSurrogate(c) || Nfc.IsStable(c))
                {
                    break;
                }
                else
                {
                    end++;
                }
            }

            var chunkOut = _stableOut >= 0 ? _stableOut : OutOf(at);
            var chunkIn = _stableOut >= 0 ? _stableIn : at;

            // Gather the chunk: output already produced since the stable character, then the run.
            var pendingOut = OutOf(at);
            EnsureChunkIn(pendingOut - chunkOut + (end - at));
            var count = 0;
            if (chunkOut < _length)
            {
                _buffer.AsSpan(chunkOut, _length - chunkOut).CopyTo(_chunkIn);
                count = _length - chunkOut;
            }

            var fromInput = _flushed + Math.Max(0, chunkOut - _length);
            s.AsSpan(fromInput, at - fromInput).CopyTo(_chunkIn.AsSpan(count));
            count += at - fromInput;
            var unchangedLength = count + (end - at);
            for (var k = at; k < end; k++)
            {
                if (!IsRemoved(s[k]))
                {
                    _chunkIn[count++] = s[k];
                }
            }

            var outLength = Nfc.Normalize(_chunkIn.AsSpan(0, count), ref _chunkOut);
            if (!removed && outLength == unchangedLength
                && _chunkOut.AsSpan(0, outLength).SequenceEqual(_chunkIn.AsSpan(0, count)))
            {
                return end;
            }

            Materialize(at);
            var same = 0;
            if (_edits!.Count == 0 || _edits[^1].OriginalStart < chunkIn)
            {
                // The chunk so far ran in step with the input, so a prefix NFC left alone (the space before
                // U+212B, the q of q + U+0344) can stay outside the edit and keep its own offsets.
                var limit = Math.Min(at - chunkIn, outLength);
                while (same < limit && _chunkOut[same] == _chunkIn[same])
                {
                    same++;
                }

                if (same > 0 && char.IsHighSurrogate(_chunkOut[same - 1]))
                {
                    same--;
                }
            }

            _length = chunkOut + same;
            while (_edits.Count > 0 && _edits[^1].OriginalStart >= chunkIn)
            {
                _edits.RemoveAt(_edits.Count - 1);
            }

            // The rest of the chunk maps as a whole, even when its length is kept (Ω for U+2126):
            // inside a changed chunk, characters no longer correspond one to one.
            Append(_chunkOut.AsSpan(same, outLength - same));
            _edits.Add(new OffsetEdit(chunkOut + same, outLength - same, chunkIn + same, end - chunkIn - same));

            _flushed = end;
            _stableOut = chunkOut;
            _stableIn = chunkIn;
            return end;
        }

        private void EnsureChunkIn(int length)
        {
            if (_chunkIn.Length < length)
            {
                if (_chunkIn.Length > 0)
                {
                    ArrayPool<char>.Shared.Return(_chunkIn);
                }

                _chunkIn = ArrayPool<char>.Shared.Rent(Math.Max(64, length));
            }

            if (_chunkOut.Length == 0)
            {
                _chunkOut = ArrayPool<char>.Shared.Rent(Math.Max(64, length * 3));
            }
        }

        /// <summary>Copies the pending unchanged input up to <paramref name="upTo"/> into the output.</summary>
        private void Materialize(int upTo)
        {
            if (_buffer is null)
            {
                _buffer = ArrayPool<char>.Shared.Rent(_s.Length + 16);
                _edits = [];
            }

            Append(_s.AsSpan(_flushed, upTo - _flushed));
            _flushed = upTo;
        }

        private void Append(ReadOnlySpan<char> chars)
        {
            if (_length + chars.Length > _buffer!.Length)
            {
                var bigger = ArrayPool<char>.Shared.Rent(Math.Max(_buffer.Length * 2, _length + chars.Length));
                _buffer.AsSpan(0, _length).CopyTo(bigger);
                ArrayPool<char>.Shared.Return(_buffer);
                _buffer = bigger;
            }

            chars.CopyTo(_buffer.AsSpan(_length));
            _length += chars.Length;
        }
    }
}
