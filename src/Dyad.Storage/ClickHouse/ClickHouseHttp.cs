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
    public void Execute(string sql) => Send(sql, null, null).Dispose();

    /// <summary>Rows for INSERT, already in TabSeparated form; Distributed inserts wait until every shard has its rows.</summary>
    public void Insert(string table, string columns, string tsv)
    {
        if (tsv.Length == 0)
        {
            return;
        }

        Send(null, $"INSERT INTO {table} ({columns}) FORMAT TabSeparated", tsv).Dispose();
    }

    /// <summary>The rows of a query, each as its fields (null for NULL), read as they arrive.</summary>
    public IEnumerable<string?[]> Query(string sql)
    {
        using var response = Send(sql + " FORMAT TabSeparated", null, null);
        using var reader = new StreamReader(response.Content.ReadAsStream(), Encoding.UTF8);
        while (reader.ReadLine() is { } line)
        {
            yield return Tsv.Split(line);
        }
    }

    public string? Scalar(string sql) => Query(sql).Select(r => r[0]).FirstOrDefault();

    private HttpResponseMessage Send(string? sql, string? queryParameter, string? data)
    {
        var url = new StringBuilder(_node.ToString()).Append("?database=").Append(Uri.EscapeDataString(_database))
            .Append("&insert_distributed_sync=1&max_query_size=104857600");
        if (queryParameter is not null)
        {
            url.Append("&query=").Append(Uri.EscapeDataString(queryParameter));
        }

        using var request = new HttpRequestMessage(HttpMethod.Post, url.ToString())
        {
            Content = new StringContent(data ?? sql ?? string.Empty, new UTF8Encoding(false)),
        };
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
