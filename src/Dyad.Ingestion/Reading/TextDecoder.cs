using System.Text;

namespace Dyad.Ingestion.Reading;

/// <summary>
/// Turns a file's bytes into text: UTF-8 (with or without a byte-order mark) and UTF-16/UTF-32 with a mark are
/// read as such; bytes that are not valid UTF-8 fall back to Windows-1252 with a warning; files that look like
/// binary data (NUL bytes, many control characters) are refused.
/// </summary>
public static class TextDecoder
{
    private const int SniffLength = 8192;
    private static readonly Encoding StrictUtf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
    private static readonly Encoding Fallback = LoadFallback();

    /// <summary>Decoded text, or null with <paramref name="problem"/> set; <paramref name="warning"/> when a fallback was used.</summary>
    public static string? Decode(ReadOnlySpan<byte> bytes, out string? problem, out string? warning)
    {
        problem = null;
        warning = null;
        if (bytes.StartsWith(new byte[] { 0xFF, 0xFE, 0x00, 0x00 }))
        {
            return new UTF32Encoding(bigEndian: false, byteOrderMark: true).GetString(bytes[4..]);
        }

        if (bytes.StartsWith(new byte[] { 0x00, 0x00, 0xFE, 0xFF }))
        {
            return new UTF32Encoding(bigEndian: true, byteOrderMark: true).GetString(bytes[4..]);
        }

        if (bytes.StartsWith(new byte[] { 0xFF, 0xFE }))
        {
            return Encoding.Unicode.GetString(bytes[2..]);
        }

        if (bytes.StartsWith(new byte[] { 0xFE, 0xFF }))
        {
            return Encoding.BigEndianUnicode.GetString(bytes[2..]);
        }

        if (bytes.StartsWith(new byte[] { 0xEF, 0xBB, 0xBF }))
        {
            bytes = bytes[3..];
        }

        if (LooksBinary(bytes))
        {
            problem = "binary data, not text";
            return null;
        }

        try
        {
            return StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            warning = "not valid UTF-8; read as Windows-1252";
            return Fallback.GetString(bytes);
        }
    }

    /// <summary>NUL bytes, or more than one control character in ten, in the first 8 KB.</summary>
    internal static bool LooksBinary(ReadOnlySpan<byte> bytes)
    {
        var sample = bytes[..Math.Min(bytes.Length, SniffLength)];
        if (sample.IsEmpty)
        {
            return false;
        }

        var control = 0;
        foreach (var b in sample)
        {
            if (b == 0)
            {
                return true;
            }

            if (b < 32 && b is not ((byte)'\n' or (byte)'\r' or (byte)'\t' or 12))
            {
                control++;
            }
        }

        return control * 10 > sample.Length;
    }

    private static Encoding LoadFallback()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(1252);
    }
}
