using System.Text.Json.Nodes;

namespace IronArmy.Bot.Tests.Manifest;

public sealed class ManifestIconTests
{
    private static string IconPath(string kind) =>
        AppPackageSource.File((string)JsonNode.Parse(File.ReadAllText(AppPackageSource.File("manifest.json")))!["icons"]![kind]!);

    [Fact]
    public void Colour_icon_is_a_192_by_192_PNG()
    {
        var png = PngImage.Read(IconPath("color"));

        Assert.Equal((192, 192), (png.Width, png.Height));
    }

    [Fact]
    public void Colour_icon_is_full_colour_and_opaque()
    {
        var png = PngImage.Read(IconPath("color"));

        Assert.All(png.Pixels(), p => Assert.Equal(255, p.Rgba.A));
        Assert.True(png.Pixels().Select(p => p.Rgba).Distinct().Count() >= 3, "expected a coloured design, not a flat square");
    }

    [Fact]
    public void Outline_icon_is_a_32_by_32_PNG_with_an_alpha_channel()
    {
        var png = PngImage.Read(IconPath("outline"));

        Assert.Equal((32, 32), (png.Width, png.Height));
        Assert.Equal(PngImage.ColourTypeRgba, png.ColourType);
    }

    [Fact]
    public void Outline_icon_is_white_on_transparent()
    {
        var png = PngImage.Read(IconPath("outline"));

        var pixels = png.Pixels().ToList();
        Assert.All(pixels, p => Assert.True(
            p.Rgba.A == 0 || p.Rgba is { R: 255, G: 255, B: 255 },
            $"pixel ({p.X},{p.Y}) is {p.Rgba}: only white or fully transparent pixels are allowed"));
        Assert.Contains(pixels, p => p.Rgba.A == 0);
        Assert.Contains(pixels, p => p.Rgba.A == 255);
    }
}
