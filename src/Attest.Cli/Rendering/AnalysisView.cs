using System.Collections.Immutable;
using System.Text;
using Attest.Json;
using Attest.Model;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace Attest.Cli.Rendering;

using Text = Spectre.Console.Text;

/// <summary>Renders a document's text with every extracted item highlighted, a legend and the item list.
/// Document text is untrusted: it is always escaped before it reaches Spectre's markup.</summary>
internal static class AnalysisView
{
    private static readonly ImmutableDictionary<ItemCategory, string> Styles = new Dictionary<ItemCategory, string>
    {
        [ItemCategory.Issuer] = "bold white on blue",
        [ItemCategory.Person] = "bold yellow",
        [ItemCategory.Organization] = "bold cyan",
        [ItemCategory.Place] = "bold green",
        [ItemCategory.Time] = "bold magenta",
        [ItemCategory.Figure] = "bold red",
        [ItemCategory.Legal] = "bold blue",
        [ItemCategory.Quote] = "italic grey",
        [ItemCategory.Claim] = "underline",
        [ItemCategory.Demand] = "bold orange1",
        [ItemCategory.Incident] = "bold white on red",
        [ItemCategory.Loaded] = "bold purple",
    }.ToImmutableDictionary();

    public static IEnumerable<IRenderable> Render(string title, DocumentAnalysis analysis, bool colour)
    {
        var items = HighlightItems.From(analysis);
        yield return new Rule(Markup.Escape(title)).LeftJustified();
        yield return Header(analysis);
        yield return Legend(colour);
        yield return new Text("");
        yield return colour ? new Markup(ColouredText(analysis.Text, items)) : new Text(PlainText(analysis.Text, items));
        yield return new Text("");
        yield return ItemTable(analysis.Text, items);
        if (StanceTable(StanceSummary.Of(analysis)) is { } stance)
        {
            yield return new Text("");
            yield return stance;
        }
    }

    /// <summary>Where the document's own voice stands, one row per kind of stance; null when it takes none.</summary>
    public static Table? StanceTable(StanceSummary stance)
    {
        if (stance.IsEmpty)
        {
            return null;
        }

        var table = new Table().Border(TableBorder.Rounded).Title(Markup.Escape($"stance of {stance.Voice ?? "the document"}"));
        table.AddColumn("stance");
        table.AddColumn("of whom / what");
        void Row(string name, IEnumerable<string> values)
        {
            var list = string.Join("; ", values);
            if (list.Length > 0)
            {
                table.AddRow(new Text(name), new Text(list));
            }
        }

        Row("condemns", stance.Condemns);
        Row("accuses", stance.Accuses);
        Row("supports", stance.Supports);
        Row("concerned about", stance.ConcernedAbout);
        Row("denies", stance.Denies);
        foreach (var request in stance.Asks)
        {
            table.AddRow(new Text("asks " + request.Addressee), new Text(string.Join(", ", request.Actions.Select(a => JsonNames.Of(a)))));
        }

        return table;
    }

    private static IRenderable Header(DocumentAnalysis a)
    {
        var m = a.Metadata;
        var grid = new Grid().AddColumn().AddColumn();
        void Row(string name, string? value) => grid.AddRow(new Text(name), new Text(value ?? "—"));
        Row("published", m.Published);
        Row("publisher", m.Publisher);
        Row("author", m.Author);
        Row("issuer", a.Issuer?.Name);
        Row("analyzer", a.AnalyzerVersion);
        Row("size", $"{a.Statistics.Characters} characters, {a.Statistics.Paragraphs} paragraphs, {a.Statistics.Sentences} sentences, {a.Statistics.Tokens} tokens");
        return grid;
    }

    private static IRenderable Legend(bool colour)
    {
        var parts = Enum.GetValues<ItemCategory>().Select(c => colour
            ? $"[{Styles[c]}]{Name(c)}[/]"
            : $"{{…|{Name(c)}}}");
        return new Markup("legend: " + string.Join("  ", parts.Select(p => colour ? p : Markup.Escape(p))));
    }

    private static string ColouredText(string text, ImmutableArray<HighlightItem> items)
    {
        var builder = new StringBuilder(text.Length * 2);
        foreach (var (span, item) in HighlightItems.Runs(text, items))
        {
            var escaped = Markup.Escape(span.In(text).ToString());
            builder.Append(item is null ? escaped : $"[{Styles[item.Category]}]{escaped}[/]");
        }

        return builder.ToString();
    }

    /// <summary>Without colour, an item is shown as <c>{text|category}</c>.</summary>
    public static string PlainText(string text, ImmutableArray<HighlightItem> items)
    {
        var builder = new StringBuilder(text.Length + (items.Length * 16));
        foreach (var (span, item) in HighlightItems.Runs(text, items))
        {
            var piece = span.In(text);
            if (item is null)
            {
                builder.Append(piece);
            }
            else
            {
                builder.Append('{').Append(piece).Append('|').Append(Name(item.Category)).Append('}');
            }
        }

        return builder.ToString();
    }

    private static Table ItemTable(string text, ImmutableArray<HighlightItem> items)
    {
        var table = new Table().Border(TableBorder.Rounded).Title("extracted items");
        table.AddColumn("kind");
        table.AddColumn("text");
        table.AddColumn("value");
        table.AddColumn("rule");
        table.AddColumn(new TableColumn("at").RightAligned());
        foreach (var item in items)
        {
            var snippet = item.Span.In(text).ToString().ReplaceLineEndings(" ");
            if (snippet.Length > 70)
            {
                snippet = string.Concat(snippet.AsSpan(0, 67), "…");
            }

            table.AddRow(
                new Text(Name(item.Category)),
                new Text(snippet),
                new Text(item.Detail),
                new Text(item.Rule),
                new Text(item.Span.Start.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        }

        if (items.IsEmpty)
        {
            table.AddRow(new Text("—"), new Text("nothing extracted"), new Text(""), new Text(""), new Text(""));
        }

        return table;
    }

    private static string Name(ItemCategory category) => JsonNames.Of(category);
}
