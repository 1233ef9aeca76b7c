using System.Security.Cryptography;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace IronArmy.Bot.Tests.Protocol;

/// <summary>An RSA key as the Bot Framework publishes it (JWK with endorsements), able to sign Connector-style tokens.</summary>
public sealed class TestSigningKey(string kid, params string[] endorsements)
{
    private readonly RSA _rsa = RSA.Create(2048);

    public string Kid { get; } = kid;

    public object ToJwk()
    {
        var p = _rsa.ExportParameters(false);
        return new
        {
            kty = "RSA",
            use = "sig",
            kid = Kid,
            n = Base64UrlEncoder.Encode(p.Modulus),
            e = Base64UrlEncoder.Encode(p.Exponent),
            endorsements,
        };
    }

    public string CreateToken(
        string? audience = BotFrameworkMetadataServer.AppId,
        string issuer = "https://api.botframework.com",
        string? serviceUrl = BotFrameworkMetadataServer.ServiceUrl,
        DateTime? expires = null,
        string algorithm = SecurityAlgorithms.RsaSha256)
    {
        var exp = expires ?? DateTime.UtcNow.AddMinutes(30);
        var claims = new Dictionary<string, object>();
        if (serviceUrl is not null)
            claims["serviceurl"] = serviceUrl;
        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = issuer,
            Audience = audience,
            IssuedAt = exp.AddMinutes(-60),
            NotBefore = exp.AddMinutes(-60),
            Expires = exp,
            Claims = claims,
            SigningCredentials = new SigningCredentials(new RsaSecurityKey(_rsa) { KeyId = Kid }, algorithm),
        });
    }
}
