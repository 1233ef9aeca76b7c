using System.Text.Json.Nodes;
using NJsonSchema;
using NJsonSchema.Validation;

namespace IronArmy.Bot.Tests.Manifest;

/// <summary>The Teams manifest 1.29 schema as NJsonSchema can enforce it, with readable failures.</summary>
internal sealed class TeamsManifestSchema
{
    private readonly JsonSchema _schema;

    private TeamsManifestSchema(JsonSchema schema) => _schema = schema;

    public static async Task<TeamsManifestSchema> LoadAsync()
    {
        var node = JsonNode.Parse(await File.ReadAllTextAsync(AppPackageSource.Schema("teams-manifest-1.29.json")))!;
        // NJsonSchema ignores draft-06 "const", which would leave manifestVersion unchecked.
        RewriteConstAsEnum(node, parentKey: null);
        return new TeamsManifestSchema(await JsonSchema.FromJsonAsync(node.ToJsonString()));
    }

    /// <summary>Every leaf error as "path: kind", with nested child-schema errors flattened.</summary>
    public IReadOnlyList<string> Validate(string manifestJson) =>
        Flatten(_schema.Validate(manifestJson)).Select(e => $"{e.Path?.TrimStart('#', '/')}: {e.Kind}").ToList();

    private static IEnumerable<ValidationError> Flatten(IEnumerable<ValidationError> errors)
    {
        foreach (var error in errors)
        {
            if (error is ChildSchemaValidationError child)
            {
                foreach (var inner in Flatten(child.Errors.SelectMany(e => e.Value)))
                    yield return inner;
            }
            else
            {
                yield return error;
            }
        }
    }

    private static void RewriteConstAsEnum(JsonNode? node, string? parentKey)
    {
        switch (node)
        {
            case JsonObject obj:
                // Under "properties"/"definitions" keys are names, not keywords.
                var isSchemaObject = parentKey is not ("properties" or "definitions" or "patternProperties");
                if (isSchemaObject && obj["const"] is { } value)
                {
                    obj.Remove("const");
                    obj["enum"] = new JsonArray(value.DeepClone());
                }
                foreach (var (key, child) in obj.ToList())
                    RewriteConstAsEnum(child, key);
                break;
            case JsonArray array:
                foreach (var item in array)
                    RewriteConstAsEnum(item, parentKey: null);
                break;
        }
    }
}
