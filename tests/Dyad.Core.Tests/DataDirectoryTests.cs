using Dyad.Core.Data;
using Dyad.Testing;

namespace Dyad.Core.Tests;

public class DataDirectoryTests
{
    [Fact]
    public void An_explicit_folder_is_used_when_it_holds_the_tables()
    {
        Assert.Equal(RepoPaths.Data, DataDirectory.Resolve(RepoPaths.Data));
    }

    [Fact]
    public void A_wrong_explicit_folder_is_a_clear_error()
    {
        using var dir = new TempDirectory();
        var error = Assert.Throws<DirectoryNotFoundException>(() => DataDirectory.Resolve(dir.Path));
        Assert.Contains("cameo/codes.tsv", error.Message, StringComparison.Ordinal);
    }
}
