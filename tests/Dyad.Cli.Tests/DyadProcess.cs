using System.Diagnostics;

namespace Dyad.Cli.Tests;

/// <summary>Runs the built dyad program as a real process (for exit codes, kills and concurrency).</summary>
internal static class DyadProcess
{
    private static string Program => Path.Combine(AppContext.BaseDirectory, "dyad.dll");

    public static Process Start(params string[] args) => Start(unprivileged: false, args);

    /// <summary>
    /// Starts dyad; <paramref name="unprivileged"/> runs it as the user nobody when the tests run as root, for whom
    /// file permissions do not apply, so a read-only file is read-only to the program too.
    /// </summary>
    public static Process Start(bool unprivileged, params string[] args)
    {
        var asNobody = unprivileged && Environment.UserName == "root";
        var start = new ProcessStartInfo(asNobody ? "setpriv" : "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        if (asNobody)
        {
            foreach (var arg in new[] { "--reuid=65534", "--regid=65534", "--clear-groups", "dotnet" })
            {
                start.ArgumentList.Add(arg);
            }

            start.Environment["DOTNET_CLI_HOME"] = Path.GetTempPath();
            start.Environment["HOME"] = Path.GetTempPath();
        }

        start.ArgumentList.Add(Program);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["DOTNET_NOLOGO"] = "1";
        return Process.Start(start)!;
    }

    public static (int Exit, string Out, string Error) Run(params string[] args) => Run(unprivileged: false, args);

    public static (int Exit, string Out, string Error) Run(bool unprivileged, params string[] args)
    {
        using var process = Start(unprivileged, args);
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(3)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"dyad {string.Join(' ', args)} did not finish");
        }

        return (process.ExitCode, output.Result, error.Result);
    }
}
