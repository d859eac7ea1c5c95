using Microsoft.Data.Sqlite;

namespace Dyad.Storage.Sqlite;

/// <summary>
/// Read commands kept by their SQL text, so SQLite compiles each query shape once per connection rather than once per
/// call (a server answering the same chart many times a second spends much of each answer compiling otherwise).
/// A command still being read — a caller running the same query inside a loop over it — is never shared: the inner
/// call gets a fresh one.
/// </summary>
internal sealed class QueryCommands : IDisposable
{
    private const int MaxShapes = 64;
    private readonly SqliteConnection _connection;
    private readonly Dictionary<string, SqliteCommand> _idle = new(StringComparer.Ordinal);

    public QueryCommands(SqliteConnection connection) => _connection = connection;

    /// <summary>A command with the SQL and parameters of <paramref name="built"/>, compiled before if this shape ran.</summary>
    public Lease Rent(SqliteCommand built)
    {
        if (!_idle.Remove(built.CommandText, out var command))
        {
            command = _connection.CreateCommand();
            command.CommandText = built.CommandText;
        }

        command.Parameters.Clear();
        foreach (SqliteParameter parameter in built.Parameters)
        {
            command.Parameters.AddWithValue(parameter.ParameterName, parameter.Value);
        }

        return new Lease(this, command);
    }

    public void Dispose()
    {
        foreach (var command in _idle.Values)
        {
            command.Dispose();
        }

        _idle.Clear();
    }

    private void Return(SqliteCommand command)
    {
        if (_idle.Count >= MaxShapes || !_idle.TryAdd(command.CommandText, command))
        {
            command.Dispose();
        }
    }

    public readonly struct Lease : IDisposable
    {
        private readonly QueryCommands _owner;

        internal Lease(QueryCommands owner, SqliteCommand command)
        {
            _owner = owner;
            Command = command;
        }

        public SqliteCommand Command { get; }

        public void Dispose() => _owner.Return(Command);
    }
}
