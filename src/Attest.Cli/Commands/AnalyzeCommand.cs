using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using Attest.Analysis;
using Attest.Ingest;
using Attest.Json;
using Attest.Model;
using Attest.Storage;
using Spectre.Console;

namespace Attest.Cli.Commands;

/// <summary><c>attest analyze PATH...</c>: read, analyse and store documents; report what was found and how fast.</summary>
internal static class AnalyzeCommand
{
    /// <summary>Documents per store transaction: large enough to amortise commits, small enough that a killed
    /// run loses little work (committed documents are complete and never stored twice).</summary>
    private const int CommitEvery = 256;

    /// <summary>Above this many documents the per-document table gives way to totals.</summary>
    private const int TableLimit = 200;

    public static Command Create(CliEnvironment env)
    {
        var paths = new Argument<string[]>("PATH") { Description = "files or folders to analyse (folders are read recursively: .txt, .text, .md, .html, .htm, .pdf); - reads one document from standard input", Arity = ArgumentArity.ZeroOrMore };
        var include = new Option<string[]>("--include") { Description = "in folders, read only files matching this pattern (*.txt, reports/**/*.html; any extension); repeatable", HelpName = "GLOB", Arity = ArgumentArity.ZeroOrMore, AllowMultipleArgumentsPerToken = false };
        var exclude = new Option<string[]>("--exclude") { Description = "in folders, skip files and folders matching this pattern (drafts, **/old/*.pdf); repeatable", HelpName = "GLOB", Arity = ArgumentArity.ZeroOrMore, AllowMultipleArgumentsPerToken = false };
        var urls = new Option<string[]>("--urls") { Description = "a file listing http(s) URLs to fetch, one per line (# comments); repeatable", HelpName = "FILE", Arity = ArgumentArity.ZeroOrMore, AllowMultipleArgumentsPerToken = false };
        var timeout = new Option<double>("--timeout") { Description = "seconds allowed for fetching one URL, redirects and body included", DefaultValueFactory = _ => FetchOptions.Default.Timeout.TotalSeconds, HelpName = "SECONDS" };
        var store = CommonOptions.Store();
        var lexicon = CommonOptions.Lexicon();
        var json = new Option<bool>("--json") { Description = "print every analysis as JSON (docs/schema.md) instead of tables" };
        var noStore = new Option<bool>("--no-store") { Description = "analyse only; write nothing to the store (for measuring throughput)" };
        var threads = new Option<int>("--threads") { Description = "documents analysed in parallel (default: all cores)", DefaultValueFactory = _ => Environment.ProcessorCount, HelpName = "N" };
        var maxMb = new Option<int>("--max-mb") { Description = "refuse files larger than this many MiB", DefaultValueFactory = _ => (int)(ReadOptions.DefaultMaxBytes / (1024 * 1024)), HelpName = "MB" };
        var command = new Command("analyze", "Read documents, analyse them and store them with their provenance.")
        {
            paths, store, lexicon, json, noStore, threads, maxMb, include, exclude, urls, timeout,
        };
        command.SetAction(result =>
        {
            var degree = result.GetValue(threads);
            if (degree < 1)
            {
                throw new CliException($"--threads must be at least 1, not {degree}");
            }

            var filter = PathFilter.Create(result.GetValue(include) ?? [], result.GetValue(exclude) ?? []);
            if (!filter.Success)
            {
                throw new CliException(filter.Error!);
            }

            var given = result.GetValue(paths) ?? [];
            var lists = result.GetValue(urls) ?? [];
            if (given.Length == 0 && lists.Length == 0)
            {
                throw new CliException("name at least one PATH, - for standard input, or --urls FILE");
            }

            if (given.Count(p => p == "-") > 1)
            {
                throw new CliException("standard input (-) can be read once only");
            }

            var seconds = result.GetValue(timeout);
            if (!(seconds > 0))
            {
                throw new CliException($"--timeout must be a positive number of seconds, not {seconds.ToString(CultureInfo.InvariantCulture)}");
            }

            var options = new Settings(
                given,
                filter.Value!,
                lists,
                TimeSpan.FromSeconds(seconds),
                result.GetValue(noStore) ? null : CommonOptions.StorePath(result, store, env),
                result.GetValue(lexicon) ?? [],
                result.GetValue(json),
                degree,
                new ReadOptions(Math.Max(1, result.GetValue(maxMb)) * 1024L * 1024L));
            return Run(options, env);
        });
        return command;
    }

    private sealed record Settings(string[] Paths, PathFilter Filter, string[] UrlLists, TimeSpan Timeout, string? StorePath, string[] Lexicons, bool Json, int Threads, ReadOptions Read);

    private sealed record Outcome(string Source, SourceDocument? Document, DocumentAnalysis? Analysis, string? AnalysisJson, string? Error);

    private static int Run(Settings settings, CliEnvironment env)
    {
        var analyzer = CommonOptions.BuildAnalyzer(settings.Lexicons);

        // A user's lexicons may add boilerplate lines, labels or outlet verbs: ingest reads with them too.
        if (settings.Lexicons.Length > 0)
        {
            settings = settings with { Read = settings.Read with { Cleaner = new TextCleaner(analyzer.Lexicons), Metadata = new TextMetadataReader(analyzer.Lexicons) } };
        }
        var entries = Sources(settings).ToList();
        var failures = 0;
        foreach (var entry in entries.Where(e => e.Error is not null))
        {
            env.Error.WriteLine($"attest: {entry.Path}: {entry.Error}");
            failures++;
        }

        var files = entries.Where(e => e.Error is null).Select(e => e.Path).ToList();
        using var store = settings.StorePath is null ? null : CommonOptions.OpenStore(settings.StorePath);
        using var writer = store is null ? null : new StoreWriter(store, CommitEvery, analyzer.Lexicons);
        var errors = new List<(string Source, string Error)>();
        var firstJson = true;
        if (settings.Json)
        {
            env.Out.Write("{\"schema\":\"attest.analyze/1\",\"documents\":[");
        }

        var rows = new List<DocumentRow>();
        long bytes = 0;
        int added = 0, known = 0, analysed = 0;
        var clock = Stopwatch.StartNew();

        void Consume(Outcome outcome)
        {
            if (outcome.Error is not null)
            {
                env.Error.WriteLine($"attest: {outcome.Error}");
                errors.Add((outcome.Source, outcome.Error));
                failures++;
                rows.Add(new DocumentRow(outcome.Source, "failed", null));
                return;
            }

            var document = outcome.Document!;
            bytes += document.Bytes;
            analysed++;
            var status = "analysed";
            if (writer is not null)
            {
                var stored = StoreOne(writer, document, outcome.Analysis!, outcome.AnalysisJson!, analyzer.Version);
                status = stored.DocumentAdded ? "added" : stored.AnalysisAdded ? "re-analysed" : "already stored";
                added += stored.DocumentAdded ? 1 : 0;
                known += stored.DocumentAdded ? 0 : 1;
            }

            if (settings.Json)
            {
                env.Out.Write(firstJson ? "" : ",");
                env.Out.Write(outcome.AnalysisJson);
                firstJson = false;
            }

            if (files.Count <= TableLimit)
            {
                rows.Add(new DocumentRow(document.Source, status, outcome.Analysis));
            }
        }

        // Standard input is one stream: it is read here, before the parallel loop, and analysed in it like a file.
        Parsed<SourceDocument>? standardInput = files.Contains(StandardInputPath)
            ? DocumentReader.ReadStream(DocumentReader.StandardInput, Console.OpenStandardInput(), settings.Read)
            : null;
        using var fetcher = files.Any(UrlList.IsWebUrl) ? new UrlFetcher(new FetchOptions(settings.Timeout) { Read = settings.Read }, TimeProvider.System) : null;
        var outcomes = files
            .AsParallel()
            .AsOrdered()
            .WithDegreeOfParallelism(settings.Threads)
            .WithMergeOptions(ParallelMergeOptions.AutoBuffered)
            .Select(source => Process(source, Read(source, settings.Read, standardInput, fetcher), analyzer, needJson: settings.Json || settings.StorePath is not null));

        if (env.Interactive && !settings.Json && files.Count >= 20)
        {
            env.Console.Progress().AutoClear(true).Start(context =>
            {
                var task = context.AddTask("analysing", maxValue: files.Count);
                foreach (var outcome in outcomes)
                {
                    Consume(outcome);
                    task.Increment(1);
                }
            });
        }
        else
        {
            foreach (var outcome in outcomes)
            {
                Consume(outcome);
            }
        }

        writer?.Commit();
        clock.Stop();

        if (settings.Json)
        {
            FinishJson(env, entries.Where(e => e.Error is not null).Select(e => (e.Path, e.Error!)).Concat(errors));
        }
        else
        {
            if (rows.Count > 0)
            {
                env.Console.Write(SummaryTable(rows));
            }

            var seconds = Math.Max(clock.Elapsed.TotalSeconds, 1e-6);
            var megabytes = bytes / (1024.0 * 1024.0);
            var peak = System.Diagnostics.Process.GetCurrentProcess().PeakWorkingSet64 / (1024.0 * 1024.0);
            var line = string.Create(
                CultureInfo.InvariantCulture,
                $"{analysed} documents ({megabytes:0.00} MB) in {seconds:0.00} s on {settings.Threads} thread(s): {megabytes / seconds:0.00} MB/s, {analysed / seconds:0.0} documents/s; peak memory {peak:0} MB");
            env.Console.WriteLine(line);
            if (store is not null)
            {
                env.Console.WriteLine($"{added} added, {known} already stored, {failures} failed; store: {settings.StorePath}");
            }
            else if (failures > 0)
            {
                env.Console.WriteLine($"{failures} failed");
            }
        }

        return failures > 0 ? ExitCodes.SomeFailed : ExitCodes.Ok;
    }

    /// <summary>Stands for standard input among the paths; a file named "-" is given as "./-".</summary>
    private const string StandardInputPath = "-";

    /// <summary>The inputs in the order given: files and folders (walked with the filter), standard input
    /// (<c>-</c>), URLs named as paths, and the URLs of every --urls list.</summary>
    private static IEnumerable<SourceEntry> Sources(Settings settings)
    {
        foreach (var path in settings.Paths)
        {
            if (path == "-" || UrlList.IsWebUrl(path))
            {
                yield return SourceEntry.File(path);
                continue;
            }

            foreach (var entry in SourceFinder.Expand([path], settings.Filter))
            {
                yield return entry;
            }
        }

        foreach (var list in settings.UrlLists)
        {
            foreach (var entry in UrlList.Read(list))
            {
                yield return entry;
            }
        }
    }

    private static Parsed<SourceDocument> Read(string source, ReadOptions read, Parsed<SourceDocument>? standardInput, UrlFetcher? fetcher) =>
        source == StandardInputPath && standardInput is not null ? standardInput
        : fetcher is not null && UrlList.IsWebUrl(source) ? fetcher.Fetch(source)
        : DocumentReader.Read(source, read);

    /// <summary>Analyses one document read. The JSON form is made only when it will be printed or stored:
    /// with --no-store and no --json it would be a quarter of the run's time, thrown away.</summary>
    private static Outcome Process(string path, Parsed<SourceDocument> document, Analyzer analyzer, bool needJson)
    {
        if (!document.Success)
        {
            return new Outcome(path, null, null, null, document.Error);
        }

        var analysis = analyzer.Analyze(document.Value!.Text, DeclaredMetadata(document.Value.Metadata));
        var json = needJson ? AnalysisJson.Write(analysis, Info(document.Value)) : null;
        return new Outcome(path, document.Value, analysis, json, null);
    }

    /// <summary>Metadata found at ingest (markup, header, lead-in and closing lines); the analyzer fills what it leaves open.</summary>
    private static DocumentMetadata? DeclaredMetadata(IngestMetadata m) => m.IsEmpty ? null : new DocumentMetadata(m.Title, m.Published, m.Publisher, m.Author, m.PlaceOfIssue);

    private static AddResult StoreOne(StoreWriter store, SourceDocument document, DocumentAnalysis analysis, string json, string version)
    {
        // A fetched document was ingested when it was retrieved; a file when it was read.
        var provenance = new DocumentProvenance(document.Source, document.Sha256, document.Bytes, document.Format, document.Encoding, document.RetrievedAt ?? DateTimeOffset.UtcNow)
        {
            Reader = document.Reader,
            RetrievedAt = document.RetrievedAt,
            Removed = [.. document.Removed.Select(r => new RemovedSpan(r.Original.Start, r.At, r.Text, r.Rule))],
        };
        var metadata = analysis.Metadata;
        return store.Add(new NewDocument(provenance, document.Text, metadata.Title, metadata.Published, metadata.Publisher, metadata.Author), version, json);
    }

    private static DocumentInfo Info(SourceDocument d) => new(d.Source, d.Sha256, d.Bytes, d.Format, d.Encoding);

    private static void FinishJson(CliEnvironment env, IEnumerable<(string Source, string Error)> errors)
    {
        env.Out.Write("],\"errors\":");
        env.Out.Write(JsonSerializer.Serialize(
            errors.Select(e => new Dictionary<string, string> { ["source"] = e.Source, ["error"] = e.Error }).ToList(),
            JsonOptions));
        env.Out.WriteLine("}");
    }

    private static readonly JsonSerializerOptions JsonOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private sealed record DocumentRow(string Source, string Status, DocumentAnalysis? Analysis);

    private static Table SummaryTable(List<DocumentRow> rows)
    {
        var table = new Table().Border(TableBorder.Rounded);
        table.AddColumn("document");
        table.AddColumn("status");
        foreach (var heading in new[] { "sentences", "persons", "orgs", "places", "times", "figures", "legal", "quotes", "demands", "incidents", "loaded" })
        {
            table.AddColumn(new TableColumn(heading).RightAligned());
        }

        foreach (var row in rows)
        {
            var a = row.Analysis;
            string N(int? n) => n?.ToString(CultureInfo.InvariantCulture) ?? "";
            table.AddRow(
                Markup.Escape(Path.GetFileName(row.Source)),
                Markup.Escape(row.Status),
                N(a?.Statistics.Sentences),
                N(a?.Persons.Length),
                N(a?.Organizations.Length),
                N(a?.Places.Length),
                N(a?.Times.Length),
                N(a?.Figures.Length),
                N(a?.Legal.Length),
                N(a?.Quotes.Length),
                N(a?.Demands.Length),
                N(a?.Incidents.Length),
                N(a?.Loaded.Length));
        }

        return table;
    }
}
