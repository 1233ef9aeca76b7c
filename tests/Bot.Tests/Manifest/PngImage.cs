using System.Buffers.Binary;
using System.IO.Compression;

namespace IronArmy.Bot.Tests.Manifest;

/// <summary>
/// Just enough of a PNG reader to check Teams' icon rules: the IHDR header, and the pixels of
/// 8-bit, non-interlaced truecolour images (what icons.py writes).
/// </summary>
internal sealed class PngImage
{
    public const byte ColourTypeRgb = 2;
    public const byte ColourTypeRgba = 6;

    private static readonly byte[] Signature = [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A];

    private readonly byte[] _pixels;

    private PngImage(int width, int height, byte bitDepth, byte colourType, byte interlace, byte[] pixels)
    {
        Width = width;
        Height = height;
        BitDepth = bitDepth;
        ColourType = colourType;
        Interlace = interlace;
        _pixels = pixels;
    }

    public int Width { get; }
    public int Height { get; }
    public byte BitDepth { get; }
    public byte ColourType { get; }
    public byte Interlace { get; }

    private int Channels => ColourType == ColourTypeRgba ? 4 : 3;

    public (byte R, byte G, byte B, byte A) Pixel(int x, int y)
    {
        var i = (y * Width + x) * Channels;
        return (_pixels[i], _pixels[i + 1], _pixels[i + 2], Channels == 4 ? _pixels[i + 3] : (byte)255);
    }

    public IEnumerable<(int X, int Y, (byte R, byte G, byte B, byte A) Rgba)> Pixels()
    {
        for (var y = 0; y < Height; y++)
            for (var x = 0; x < Width; x++)
                yield return (x, y, Pixel(x, y));
    }

    public static PngImage Read(string path) => Read(File.ReadAllBytes(path));

    public static PngImage Read(byte[] png)
    {
        if (png.Length < 8 || !png.AsSpan(0, 8).SequenceEqual(Signature))
            throw new InvalidDataException("not a PNG file");

        int width = 0, height = 0;
        byte bitDepth = 0, colourType = 0, interlace = 0;
        using var idat = new MemoryStream();
        for (var at = 8; at + 8 <= png.Length;)
        {
            var length = (int)BinaryPrimitives.ReadUInt32BigEndian(png.AsSpan(at));
            var type = System.Text.Encoding.ASCII.GetString(png, at + 4, 4);
            var data = png.AsSpan(at + 8, length);
            if (type == "IHDR")
            {
                width = (int)BinaryPrimitives.ReadUInt32BigEndian(data);
                height = (int)BinaryPrimitives.ReadUInt32BigEndian(data[4..]);
                (bitDepth, colourType, interlace) = (data[8], data[9], data[12]);
            }
            else if (type == "IDAT")
            {
                idat.Write(data);
            }
            else if (type == "IEND")
            {
                break;
            }
            at += 12 + length;
        }

        var supported = bitDepth == 8 && interlace == 0 && colourType is ColourTypeRgb or ColourTypeRgba;
        var pixels = supported ? Unfilter(Inflate(idat.ToArray()), width, height, colourType == ColourTypeRgba ? 4 : 3) : [];
        return new PngImage(width, height, bitDepth, colourType, interlace, pixels);
    }

    private static byte[] Inflate(byte[] zlib)
    {
        using var input = new ZLibStream(new MemoryStream(zlib), CompressionMode.Decompress);
        using var output = new MemoryStream();
        input.CopyTo(output);
        return output.ToArray();
    }

    // PNG filter types 0-4 (spec section 9), applied per scanline with bpp = channels for 8-bit samples.
    private static byte[] Unfilter(byte[] raw, int width, int height, int bpp)
    {
        var stride = width * bpp;
        var result = new byte[stride * height];
        for (var y = 0; y < height; y++)
        {
            var filter = raw[y * (stride + 1)];
            var line = raw.AsSpan(y * (stride + 1) + 1, stride);
            var row = result.AsSpan(y * stride, stride);
            var prior = y > 0 ? result.AsSpan((y - 1) * stride, stride) : new byte[stride];
            for (var i = 0; i < stride; i++)
            {
                int a = i >= bpp ? row[i - bpp] : 0, b = prior[i], c = i >= bpp ? prior[i - bpp] : 0;
                row[i] = (byte)(line[i] + filter switch
                {
                    0 => 0,
                    1 => a,
                    2 => b,
                    3 => (a + b) / 2,
                    4 => Paeth(a, b, c),
                    _ => throw new InvalidDataException($"unknown PNG filter {filter}"),
                });
            }
        }
        return result;
    }

    private static int Paeth(int a, int b, int c)
    {
        int p = a + b - c, pa = Math.Abs(p - a), pb = Math.Abs(p - b), pc = Math.Abs(p - c);
        return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
    }
}
