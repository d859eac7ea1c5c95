using System.Net;
using System.Text;

namespace Dyad.Storage.ClickHouse;

/// <summary>
/// ClickHouse's HTTP interface, spoken directly: SQL in the body, TabSeparated rows in and out. Written for the
/// 18.16 server Debian ships, so it sends no settings or formats that server lacks.
/// </summary>
internal sealed class ClickHouseHttp : IDisposable
{
    private readonly HttpClient _client;
    private readonly Uri _node;
    private readonly string _database;

    public ClickHouseHttp(Uri node, string database)
    {
        _node = node;
        _database = database;
        _client = new HttpClient { Timeout = TimeSpan.FromMinutes(30) };
    }

    public Uri Node => _node;

    /// <summary>Runs a statement that returns nothing (DDL, INSERT ... SELECT).</summary>
    public void Execute(string sql) => Post(null, Text(sql)).Dispose();

    /// <summary>Rows for INSERT, already in TabSeparated form; Distributed inserts wait until every shard has its rows.</summary>
    public void Insert(string table, string columns, string tsv)
    {
        if (tsv.Length == 0)
        {
            return;
        }

        Post($"INSERT INTO {table} ({columns}) FORMAT TabSeparated", Text(tsv)).Dispose();
    }

    /// <summary>Rows for INSERT, written from the builder as they are sent (no copy of a large batch as one string).</summary>
    public void Insert(string table, string columns, StringBuilder tsv)
    {
        if (tsv.Length == 0)
        {
            return;
        }

        Post($"INSERT INTO {table} ({columns}) FORMAT TabSeparated", new StringBuilderContent(tsv)).Dispose();
    }

    /// <summary>UTF-8 of a StringBuilder, chunk by chunk.</summary>
    private sealed class StringBuilderContent(StringBuilder text) : HttpContent
    {
        protected override void SerializeToStream(Stream stream, System.Net.TransportContext? context, CancellationToken cancellationToken)
        {
            using var writer = new StreamWriter(stream, new UTF8Encoding(false), 1 << 16, leaveOpen: true);
            foreach (var chunk in text.GetChunks())
            {
                writer.Write(chunk.Span);
            }
        }

        protected override Task SerializeToStreamAsync(Stream stream, System.Net.TransportContext? context)
        {
            SerializeToStream(stream, context, CancellationToken.None);
            return Task.CompletedTask;
        }

        protected override bool TryComputeLength(out long length)
        {
            length = 0;
            return false;
        }
    }

    /// <summary>The rows of a query, each as its fields (null for NULL), read as they arrive.</summary>
    public IEnumerable<string?[]> Query(string sql)
    {
        using var response = Post(null, Text(sql + " FORMAT TabSeparated"));
        using var reader = new StreamReader(response.Content.ReadAsStream(), Encoding.UTF8);
        while (reader.ReadLine() is { } line)
        {
            yield return Tsv.Split(line);
        }
    }

    public string? Scalar(string sql) => Query(sql).Select(r => r[0]).FirstOrDefault();

    /// <summary>
    /// The rows of a query that reads <paramref name="values"/> as the one-column table <paramref name="table"/> (sent
    /// as external data): a set of thousands of keys costs the server next to nothing, where as literals in the SQL
    /// it would be parsed for a quarter of a second per 20,000.
    /// </summary>
    public IEnumerable<string?[]> QueryWith(string sql, string table, string type, IEnumerable<string> values)
    {
        var rows = new StringBuilder();
        foreach (var v in values)
        {
            Tsv.AppendRow(rows, v);
        }

        var form = new MultipartFormDataContent { { Text(rows.ToString()), table, table } };
        using var response = Post(sql + " FORMAT TabSeparated", form, $"&{table}_structure={Uri.EscapeDataString($"value {type}")}");
        using var reader = new StreamReader(response.Content.ReadAsStream(), Encoding.UTF8);
        while (reader.ReadLine() is { } line)
        {
            yield return Tsv.Split(line);
        }
    }

    private static StringContent Text(string text) => new(text, new UTF8Encoding(false));

    /// <summary>Posts <paramref name="content"/>: the SQL itself, or the data of <paramref name="query"/> given in the URL.</summary>
    private HttpResponseMessage Post(string? query, HttpContent content, string parameters = "")
    {
        var url = new StringBuilder(_node.ToString()).Append("?database=").Append(Uri.EscapeDataString(_database))
            .Append("&insert_distributed_sync=1&max_query_size=104857600").Append(parameters);
        if (query is not null)
        {
            url.Append("&query=").Append(Uri.EscapeDataString(query));
        }

        using var request = new HttpRequestMessage(HttpMethod.Post, url.ToString()) { Content = content };
        HttpResponseMessage response;
        try
        {
            response = _client.Send(request, HttpCompletionOption.ResponseHeadersRead);
        }
        catch (HttpRequestException ex)
        {
            throw new InvalidOperationException($"cannot reach ClickHouse at {_node.Authority}: {ex.Message} (start it with ops/clickhouse/up.sh)", ex);
        }

        if (response.StatusCode != HttpStatusCode.OK)
        {
            using (response)
            {
                var body = new StreamReader(response.Content.ReadAsStream()).ReadToEnd();
                var message = body.Split('\n', 2)[0];
                throw new InvalidOperationException($"ClickHouse at {_node.Authority}: {message}");
            }
        }

        return response;
    }

    public void Dispose() => _client.Dispose();
}
