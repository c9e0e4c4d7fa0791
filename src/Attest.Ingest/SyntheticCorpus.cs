using System.Globalization;
using System.Text;

namespace Attest.Ingest;

/// <summary>Generates a deterministic corpus of news-like documents (reports, statements, speeches, appeals)
/// for throughput and memory measurements. The same seed always yields the same texts. Every name is
/// invented; the texts exercise the shapes the analyzer reads: bylines, date lines, quotes, abbreviations,
/// numbers in digits and words, lists and closing lines.</summary>
public sealed class SyntheticCorpus(int seed)
{
    private static readonly string[] States = ["Varnia", "Ostrelia", "Kaldoria", "Merovia", "Sylvania Minor", "Dravonia"];
    private static readonly string[] Adjectives = ["Varnian", "Ostrelian", "Kaldorian", "Merovian", "Sylvanian", "Dravonian"];
    private static readonly string[] Capitals = ["Varnograd", "Ostrel", "Kaldor", "Merovo", "Silvastadt", "Dravik"];
    private static readonly string[] HostCities = ["Geneva", "Vienna", "Paris", "Brussels", "Berlin", "Rome", "Madrid", "Warsaw", "Prague", "Oslo"];
    private static readonly string[] Given = ["Anna", "Boris", "Clara", "Dmitri", "Elena", "Farid", "Greta", "Hamid", "Irena", "Jonas", "Katya", "Leon", "Mira", "Nikolai", "Olga", "Pavel"];
    private static readonly string[] Family = ["Varga", "Ostrov", "Kalden", "Merik", "Sorel", "Draganov", "Petrak", "Lindqvist", "Halim", "Novak", "Brandt", "Costa"];
    private static readonly string[] Titles = ["Foreign Minister", "Defence Minister", "Ambassador", "spokesperson for the ministry", "Human Rights Commissioner", "Gen.", "Col.", "Prof.", "Dr."];
    private static readonly string[] Outlets = ["Varnia Herald", "Ostrel Daily", "Kaldor Wire", "Merovo Times", "Dravik Observer", "Continental Press Agency"];
    private static readonly string[] Months = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
    private static readonly string[] ShortMonths = ["Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec."];
    private static readonly string[] Numbers = ["two", "three", "four", "five", "six", "seven", "a dozen", "dozens of", "more than twenty", "at least 14", "31", "79", "135", "1,200"];
    private static readonly string[] Targets = ["the embassy", "the consulate general", "a border post", "the village of Lorn", "a convoy of aid trucks", "the residence of the ambassador", "a police station", "the power station"];
    private static readonly string[] Verbs = ["attacked", "stormed", "shelled", "fired on", "vandalised", "raided", "set fire to", "blockaded"];
    private static readonly string[] Demands = ["to investigate the attack without delay", "to protect diplomatic missions under Article 22 of the 1961 Vienna Convention on Diplomatic Relations", "to bring those responsible to justice", "to release the detained journalists", "to refrain from further provocations", "to withdraw its troops from the border area", "to inform the public about the results of the inquiry"];

    private readonly Random random = new(seed);

    /// <summary>Writes documents into <paramref name="folder"/> until at least <paramref name="bytes"/> bytes are written.
    /// Returns the number of documents and bytes written.</summary>
    public (int Documents, long Bytes) WriteTo(string folder, long bytes)
    {
        Directory.CreateDirectory(folder);
        var written = 0L;
        var count = 0;
        while (written < bytes)
        {
            var text = Next();
            var data = Encoding.UTF8.GetBytes(text);
            var sub = Path.Combine(folder, (count / 1000).ToString("D4", CultureInfo.InvariantCulture));
            Directory.CreateDirectory(sub);
            File.WriteAllBytes(Path.Combine(sub, $"doc{count:D7}.txt"), data);
            written += data.Length;
            count++;
        }

        return (count, written);
    }

    /// <summary>The next document of the sequence.</summary>
    public string Next()
    {
        var b = new StringBuilder(4096);
        switch (random.Next(4))
        {
            case 0:
                Report(b);
                break;
            case 1:
                Statement(b);
                break;
            case 2:
                Speech(b);
                break;
            default:
                Appeal(b);
                break;
        }

        return b.ToString();
    }

    private void Report(StringBuilder b)
    {
        var (day, month, year) = Date();
        b.Append(" date ").Append(year.ToString(CultureInfo.InvariantCulture)).Append('-').Append((month + 1).ToString("D2", CultureInfo.InvariantCulture))
            .Append('-').Append(day.ToString("D2", CultureInfo.InvariantCulture)).Append(" By ").Append(Pick(Outlets)).Append("\n\nBy ").Append(Person()).Append("\n\n");
        b.Append(Pick(Capitals).ToUpperInvariant()).Append(", ").Append(ShortMonths[month]).Append(' ').Append(day.ToString(CultureInfo.InvariantCulture))
            .Append(" (").Append(Pick(Outlets)).Append(") — ");
        for (var i = 0; i < 3 + random.Next(6); i++)
        {
            Incident(b, month);
            b.Append(' ');
            Quote(b);
            b.Append("\n\n");
        }
    }

    private void Statement(StringBuilder b)
    {
        var i = random.Next(States.Length);
        b.Append("Statement of the Ministry of Foreign Affairs of the Republic of ").Append(States[i]).Append("\n\n");
        for (var p = 0; p < 2 + random.Next(5); p++)
        {
            b.Append("The Ministry strongly condemns the attack on ").Append(Pick(Targets)).Append(" in ").Append(Pick(HostCities)).Append(". ");
            Incident(b, random.Next(12));
            b.Append(" We call on the authorities of ").Append(Pick(States)).Append(' ').Append(Pick(Demands)).Append(".\n\n");
        }

        var (day, month, year) = Date();
        b.Append(day.ToString(CultureInfo.InvariantCulture)).Append(' ').Append(Months[month]).Append(' ').Append(year.ToString(CultureInfo.InvariantCulture))
            .Append(", ").Append(Capitals[i]).Append('\n');
    }

    private void Speech(StringBuilder b)
    {
        b.Append(Pick(Outlets)).Append(" reports that President ").Append(Person()).Append(" said this during his speech at the summit in ")
            .Append(Pick(HostCities)).Append(" on ").Append(Pick(Months)).Append(' ').Append((1 + random.Next(28)).ToString(CultureInfo.InvariantCulture)).Append(".\n\n");
        for (var p = 0; p < 2 + random.Next(4); p++)
        {
            b.Append("\u201C");
            Incident(b, random.Next(12));
            b.Append(" This is absolutely unacceptable and violates all diplomatic conventions. We have no doubt that these acts were organised from abroad.\n\n");
        }

        b.Append("The ").Append(Pick(Adjectives)).Append(" side will not stay silent,\u201D the head of state said.\n");
    }

    private void Appeal(StringBuilder b)
    {
        b.Append("Call on the International Community\n\nThe undersigned ").Append(Pick(Adjectives))
            .Append(" civil society organisations are deeply concerned about the situation on the border.[1] ");
        Incident(b, random.Next(12));
        b.Append("\n\nWe hereby call on the international community to:\n\n");
        for (var d = 0; d < 3 + random.Next(3); d++)
        {
            b.Append("  \u2022 urge the government of ").Append(Pick(States)).Append(' ').Append(Pick(Demands)).Append(";\n");
        }

        b.Append("\n\n");
        for (var s = 0; s < 4 + random.Next(8); s++)
        {
            b.Append('\u201C').Append(Pick(Family)).Append("\u201D Journalists Club NGO\n\n");
        }

        b.Append("Subscribe to our newsletter\n\nShare via\nSend this to a friend\n");
    }

    private void Incident(StringBuilder b, int month)
    {
        var day = 1 + random.Next(28);
        b.Append("On ").Append(Months[month]).Append(' ').Append(day.ToString(CultureInfo.InvariantCulture)).Append(", a group of ")
            .Append(Pick(Adjectives)).Append(" radicals ").Append(Pick(Verbs)).Append(' ').Append(Pick(Targets)).Append(" in ").Append(Pick(HostCities))
            .Append(". According to the U.S. and E.U. monitors, ").Append(Pick(Numbers)).Append(" people were injured and ")
            .Append(Pick(Numbers)).Append(" were detained; damage was estimated at 3.5 million euros.");
    }

    private void Quote(StringBuilder b)
    {
        b.Append("\u201CWe strongly condemn this heinous act and expect the host state to fulfil its obligations,\u201D ")
            .Append(Pick(Titles)).Append(' ').Append(Person()).Append(" said in a statement.");
    }

    private (int Day, int Month, int Year) Date() => (1 + random.Next(28), random.Next(12), 2015 + random.Next(10));

    private string Person() => Pick(Given) + " " + Pick(Family);

    private string Pick(string[] values) => values[random.Next(values.Length)];
}
