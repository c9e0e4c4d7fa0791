using System.Buffers;
using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Attest.Text;

/// <summary>A growable array rented from the shared pool, for building one layer; copied once into an
/// exact-size immutable array at the end, then returned.</summary>
internal sealed class PooledList<T>(int capacity) : IDisposable
    where T : struct
{
    private T[] _items = ArrayPool<T>.Shared.Rent(Math.Max(16, capacity));

    public int Count { get; private set; }

    public ref T this[int index] => ref _items[index];

    public void Add(T item)
    {
        var items = _items;
        var count = Count;
        if ((uint)count < (uint)items.Length)
        {
            items[count] = item;
            Count = count + 1;
            return;
        }

        AddGrowing(item);
    }

    /// <summary>The rare add that must first move the items to a larger array; apart, so the common add stays small enough to inline.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private void AddGrowing(T item)
    {
        var bigger = ArrayPool<T>.Shared.Rent(_items.Length * 2);
        _items.AsSpan(0, Count).CopyTo(bigger);
        ArrayPool<T>.Shared.Return(_items);
        _items = bigger;
        _items[Count++] = item;
    }

    /// <summary>The items so far; valid until the next <see cref="Add"/>, which may move them.</summary>
    public Span<T> AsSpan() => _items.AsSpan(0, Count);

    public ImmutableArray<T> ToImmutable()
    {
        if (Count == 0)
        {
            return [];
        }

        // Every element is written at once, so the array need not be zeroed first (a layer's tokens are kilobytes).
        var array = GC.AllocateUninitializedArray<T>(Count);
        _items.AsSpan(0, Count).CopyTo(array);
        return ImmutableCollectionsMarshal.AsImmutableArray(array);
    }

    public void Dispose()
    {
        if (_items.Length > 0)
        {
            ArrayPool<T>.Shared.Return(_items);
            _items = [];
        }

        Count = 0;
    }
}
