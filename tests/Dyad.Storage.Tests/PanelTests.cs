using Dyad.Core.Actors;
using Dyad.Storage.Sqlite;
using Dyad.Testing;
using Microsoft.Data.Sqlite;

namespace Dyad.Storage.Tests;

/// <summary>The dyad-period panel aggregated in SQLite, on stores whose events are written by hand.</summary>
public sealed class PanelTests : IDisposable
{
    private static readonly StateCodes Codes = StateCodes.Load(Path.Combine(RepoPaths.Data, "actors", "state-codes.tsv"));
    private readonly TempDirectory _dir = new();
    private int _next;

    private sealed record Row(long Doc, string? Date, string Precision, string Source, string? Target, int Quad, double Goldstein,
        string? SourceHistorical = null, string? TargetHistorical = null, bool Negated = false, bool Hypothetical = false);

    private SqliteEventStore Store(params Row[] rows)
    {
        var path = _dir.File("panel.db");
        new SqliteEventStore(path).Dispose();
        using (var connection = new SqliteConnection($"Data Source={path}"))
        {
            connection.Open();
            foreach (var doc in rows.Select(r => r.Doc).Distinct())
            {
                using var insert = connection.CreateCommand();
                insert.CommandText = "INSERT INTO documents (id, path, name, content_hash, text, sentence_count, event_count, ingested_at) VALUES ($id, $p, $p, $p, '', 1, 0, '')";
                insert.Parameters.AddWithValue("$id", doc);
                insert.Parameters.AddWithValue("$p", $"doc{doc}");
                insert.ExecuteNonQuery();
            }

            foreach (var r in rows)
            {
                using var insert = connection.CreateCommand();
                insert.CommandText = """
                    INSERT INTO events (id, document_id, sentence_index, date, date_precision, year, source, source_country, source_historical,
                        target, target_country, target_historical, source_text, cameo, root, quad, goldstein, negated, hypothetical, symmetric,
                        confidence, trigger_start, trigger_end)
                    VALUES ($id, $doc, 0, $date, $precision, $year, $source, $sc, $sh, $target, $tc, $th, '', '040', 4, $quad, $g, $neg, $hyp, 0, 1, 0, 0)
                    """;
                insert.Parameters.AddWithValue("$id", $"ev_{++_next}");
                insert.Parameters.AddWithValue("$doc", r.Doc);
                insert.Parameters.AddWithValue("$date", (object?)r.Date ?? DBNull.Value);
                insert.Parameters.AddWithValue("$precision", r.Precision);
                insert.Parameters.AddWithValue("$year", r.Date is null ? DBNull.Value : int.Parse(r.Date[..4], System.Globalization.CultureInfo.InvariantCulture));
                insert.Parameters.AddWithValue("$source", r.Source);
                insert.Parameters.AddWithValue("$sc", r.Source.Length == 6 ? r.Source[..3] : r.Source);
                insert.Parameters.AddWithValue("$sh", (object?)r.SourceHistorical ?? DBNull.Value);
                insert.Parameters.AddWithValue("$target", (object?)r.Target ?? DBNull.Value);
                insert.Parameters.AddWithValue("$tc", r.Target is null ? DBNull.Value : r.Target.Length == 6 ? r.Target[..3] : r.Target);
                insert.Parameters.AddWithValue("$th", (object?)r.TargetHistorical ?? DBNull.Value);
                insert.Parameters.AddWithValue("$quad", r.Quad);
                insert.Parameters.AddWithValue("$g", r.Goldstein);
                insert.Parameters.AddWithValue("$neg", r.Negated ? 1 : 0);
                insert.Parameters.AddWithValue("$hyp", r.Hypothetical ? 1 : 0);
                insert.ExecuteNonQuery();
            }
        }

        return new SqliteEventStore(path);
    }

    private static readonly Row[] PakInd =
    [
        new(1, "1965-09-06", "day", "PAKMIL", "IND", 4, -10),
        new(1, "1965-09-10", "day", "IND", "PAK", 4, -9),
        new(2, "1965", "year", "PAK", "IND", 3, -4),
        new(2, "1966-01-10", "day", "PAKGOV", "INDGOV", 1, 3),
        new(3, "1966-01", "month", "IND", "PAK", 2, 7),
        new(3, "1966", "year", "PAK", "IND", 1, 1, Negated: true),
        new(3, "1966", "year", "PAK", "IND", 1, 1, Hypothetical: true),
        new(3, null, "none", "PAK", "IND", 1, 1),
        new(3, "1966", "year", "PAK", null, 1, 1),
        new(3, "1966", "year", "PAKGOV", "PAKMIL", 4, -5),
    ];

    [Fact]
    public void Directed_year_panel_counts_asserted_dated_events_between_two_actors()
    {
        using var store = Store(PakInd);
        var cells = store.Panel(new PanelQuery { Directed = true, Codes = Codes.Periods });
        Assert.Equal(["IND>PAK 1965", "IND>PAK 1966", "PAK>IND 1965", "PAK>IND 1966"], cells.Select(c => $"{c.Source}>{c.Target} {c.Year}"));
        var pak1965 = cells.Single(c => c.Source == "PAK" && c.Year == 1965);
        Assert.Equal((2, 0, 0, 1, 1, -14.0, 2), (pak1965.Events, pak1965.VerbalCooperation, pak1965.MaterialCooperation, pak1965.VerbalConflict,
            pak1965.MaterialConflict, pak1965.GoldsteinSum, pak1965.Documents));
        Assert.Equal(-7.0, pak1965.GoldsteinMean);
        Assert.Equal(-1.0, pak1965.NetCooperation);
        Assert.Equal((770, 770, 750, 750), (pak1965.SourceCow, pak1965.SourceGw, pak1965.TargetCow, pak1965.TargetGw));
        Assert.Null(pak1965.Month);
    }

    [Fact]
    public void Undirected_panel_puts_each_pair_once_in_code_order()
    {
        using var store = Store(PakInd);
        var cells = store.Panel(new PanelQuery { Directed = false, Codes = Codes.Periods });
        Assert.Equal(["IND-PAK 1965 3", "IND-PAK 1966 2"], cells.Select(c => $"{c.Source}-{c.Target} {c.Year} {c.Events}"));
        var y1966 = cells[1];
        Assert.Equal((1, 1, 10.0, 5.0, 1.0, 2), (y1966.VerbalCooperation, y1966.MaterialCooperation, y1966.GoldsteinSum, y1966.GoldsteinMean, y1966.NetCooperation, y1966.Documents));
        Assert.Equal((750, 770), (y1966.SourceCow, y1966.TargetCow));
    }

    [Fact]
    public void Month_panel_leaves_out_events_dated_only_to_the_year_and_years_bound_it()
    {
        using var store = Store(PakInd);
        var cells = store.Panel(new PanelQuery { ByMonth = true, Directed = false, Codes = Codes.Periods });
        Assert.Equal(["1965-9 2", "1966-1 2"], cells.Select(c => $"{c.Year}-{c.Month} {c.Events}"));
        var from1966 = store.Panel(new PanelQuery { FromYear = 1966, ToYear = 1966, Directed = true, Codes = Codes.Periods });
        Assert.All(from1966, c => Assert.Equal(1966, c.Year));
        Assert.Equal(2, from1966.Count);
    }

    [Fact]
    public void A_code_that_changes_within_a_year_splits_the_year_by_date()
    {
        using var store = Store(
            new(1, "1990-06-01", "day", "DEU", "USA", 1, 3),
            new(1, "1990-11-01", "day", "DEU", "USA", 1, 3),
            new(1, "1990-12-01", "day", "DEU", "USA", 2, 6),
            new(2, "1985-05-05", "day", "DEU", "USA", 1, 3, SourceHistorical: "West Germany"),
            new(2, "1985-05-05", "day", "DEU", "USA", 1, 3),
            new(2, "1985-06-05", "day", "DEU", "RUS", 3, -2, SourceHistorical: "East Germany", TargetHistorical: "USSR"),
            new(2, "1985-07-05", "day", "DEU", "DEU", 1, 1, SourceHistorical: "East Germany", TargetHistorical: "West Germany"));
        var cells = store.Panel(new PanelQuery { Directed = true, Codes = Codes.Periods });
        string Label(PanelCell c) => $"{c.Source}({c.SourceHistorical}) {c.SourceCow}/{c.SourceGw} > {c.Target}({c.TargetHistorical}) {c.TargetCow} {c.Year}: {c.Events}";
        Assert.Equal(
        [
            "DEU(East Germany) 265/265 > DEU(West Germany) 260 1985: 1",
            "DEU(East Germany) 265/265 > RUS(USSR) 365 1985: 1",
            "DEU(West Germany) 260/260 > USA() 2 1985: 2",
            "DEU() 260/260 > USA() 2 1990: 1",
            "DEU() 255/260 > USA() 2 1990: 2",
        ], cells.Select(Label));
    }

    public void Dispose() => _dir.Dispose();
}
