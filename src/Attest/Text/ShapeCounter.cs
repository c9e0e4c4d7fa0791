namespace Attest.Text;

/// <summary>Accumulates what <see cref="TokenShape"/> depends on, one character at a time, so a scan that
/// classifies characters anyway gets the shape without a second pass.</summary>
internal struct ShapeCounter
{
    private int _letters;
    private int _upper;
    private int _lower;
    private int _digits;
    private bool _firstUpper;
    private bool _innerUpper;
    private bool _afterHyphen;

    /// <summary>Counts character <paramref name="c"/> of class <paramref name="cls"/> (<see cref="TextChars.Class"/>).
    /// Periods, apostrophes and marks do not count; a hyphen starts a new part, whose capital is not inner.</summary>
    public void Add(char c, byte cls)
    {
        if ((cls & TextChars.Letter) != 0)
        {
            var isUpper = (cls & TextChars.Upper) != 0;
            if (isUpper)
            {
                _upper++;
            }
            else if ((cls & TextChars.Lower) != 0)
            {
                _lower++;
            }

            if (_letters == 0)
            {
                _firstUpper = isUpper;
            }
            else if (isUpper && !_afterHyphen)
            {
                _innerUpper = true;
            }

            _letters++;
            _afterHyphen = false;
        }
        else if ((cls & TextChars.Digit) != 0)
        {
            _digits++;
            _afterHyphen = false;
        }
        else if (TextChars.IsHyphen(c))
        {
            _afterHyphen = true;
        }
    }

    /// <summary>Counts a letter outside the BMP; such scripts are treated as having no case.</summary>
    public void AddSupplementaryLetter()
    {
        _letters++;
        _afterHyphen = false;
    }

    public readonly TokenShape Result
    {
        get
        {
            if (_letters == 0)
            {
                return _digits > 0 ? TokenShape.Number : TokenShape.Other;
            }

            if (_digits > 0)
            {
                return TokenShape.Alphanumeric;
            }

            if (_upper == 0 && _lower == 0)
            {
                return TokenShape.Uncased;
            }

            if (_upper == 0)
            {
                return TokenShape.Lower;
            }

            if (_lower == 0)
            {
                return _upper >= 2 ? TokenShape.AllCaps : TokenShape.Capitalized;
            }

            return _firstUpper && !_innerUpper ? TokenShape.Capitalized : TokenShape.Mixed;
        }
    }
}
