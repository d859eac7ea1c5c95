namespace Dyad.Storage.ClickHouse;

/// <summary>
/// Where a ClickHouse store lives: <c>clickhouse://HOST:PORT[,HOST:PORT...]/DATABASE[?cluster=NAME]</c>. The first
/// node is the one Dyad talks to (its HTTP port); every node listed is one shard of the cluster (remote_servers, "dyad"
/// unless named) and gets its part of the events table.
/// </summary>
public sealed record ClickHouseLocation(IReadOnlyList<Uri> Nodes, string Database, string Cluster)
{
    public static ClickHouseLocation Parse(string text)
    {
        if (!text.StartsWith(EventStores.ClickHouseScheme, StringComparison.OrdinalIgnoreCase))
        {
            throw new FormatException($"'{text}' is not a ClickHouse URL (clickhouse://HOST:PORT/DATABASE)");
        }

        var rest = text[EventStores.ClickHouseScheme.Length..];
        var cluster = "dyad";
        var query = rest.IndexOf('?', StringComparison.Ordinal);
        if (query >= 0)
        {
            foreach (var pair in rest[(query + 1)..].Split('&', StringSplitOptions.RemoveEmptyEntries))
            {
                var kv = pair.Split('=', 2);
                if (kv.Length == 2 && kv[0] == "cluster" && IsName(kv[1]))
                {
                    cluster = kv[1];
                }
                else
                {
                    throw new FormatException($"'{text}': unknown or bad option '{pair}' (only cluster=NAME)");
                }
            }

            rest = rest[..query];
        }

        var slash = rest.IndexOf('/', StringComparison.Ordinal);
        var database = slash < 0 ? string.Empty : rest[(slash + 1)..].TrimEnd('/');
        if (slash < 0 || !IsName(database))
        {
            throw new FormatException($"'{text}' names no database: write clickhouse://HOST:PORT/DATABASE (letters, digits and _)");
        }

        var nodes = new List<Uri>();
        foreach (var node in rest[..slash].Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            if (!Uri.TryCreate("http://" + node + "/", UriKind.Absolute, out var uri) || uri.Port <= 0 || !node.Contains(':', StringComparison.Ordinal))
            {
                throw new FormatException($"'{text}': '{node}' is not HOST:PORT (the server's HTTP port, 8123 by default)");
            }

            nodes.Add(uri);
        }

        return nodes.Count == 0 ? throw new FormatException($"'{text}' names no server") : new ClickHouseLocation(nodes, database, cluster);
    }

    private static bool IsName(string s) => s.Length > 0 && s.All(c => char.IsAsciiLetterOrDigit(c) || c == '_');

    public override string ToString() =>
        $"{EventStores.ClickHouseScheme}{string.Join(',', Nodes.Select(n => n.Authority))}/{Database}{(Cluster == "dyad" ? string.Empty : "?cluster=" + Cluster)}";
}
