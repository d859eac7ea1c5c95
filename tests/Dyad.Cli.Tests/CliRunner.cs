using System.Text;

[assembly: CollectionBehavior(DisableTestParallelization = true)]

namespace Dyad.Cli.Tests;

/// <summary>Runs the dyad command line in-process and captures what it prints (tests here run one at a time).</summary>
internal static class CliRunner
{
    public static (int Exit, string Out, string Error) Run(params string[] args)
    {
        var previousOut = Console.Out;
        var previousError = Console.Error;
        var output = new StringWriter(new StringBuilder());
        var error = new StringWriter(new StringBuilder());
        Console.SetOut(output);
        Console.SetError(error);
        try
        {
            var exit = DyadCli.Run(args);
            return (exit, output.ToString(), error.ToString());
        }
        finally
        {
            Console.SetOut(previousOut);
            Console.SetError(previousError);
        }
    }
}
