namespace IronArmy.EndToEnd.Tests;

/// <summary>
/// The reply matching the end-to-end test relies on, checked against a recording the real
/// Playground 0.2.28 wrote (a stand-in bot answering "help"), and edited copies of it.
/// </summary>
public sealed class PlaygroundRecordingTests : IDisposable
{
    private const string Conversation = "e2e-conv";
    private const string HelpActivityId = "ad5f8eb8-059c-47a9-84d9-5302233121af";
    private const string ReplyUrl = $"/_connector/v3/conversations/{Conversation}/activities/{HelpActivityId}";

    private static readonly string Captured =
        File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Recordings", "help-reply.log"));

    private readonly string _file = Path.GetTempFileName();

    public void Dispose() => File.Delete(_file);

    private PlaygroundRecording Recording(string text)
    {
        File.WriteAllText(_file, text);
        return new PlaygroundRecording(_file);
    }

    [Fact]
    public void Reads_every_exchange_with_its_direction()
    {
        var exchanges = Recording(Captured).Read();

        Assert.Equal(
            ["installationUpdate", "conversationUpdate", "message", "message"],
            exchanges.Select(e => e.ActivityName));
        Assert.Equal([false, false, true, false], exchanges.Select(e => e.IsFromBot));
    }

    [Fact]
    public void Finds_the_bots_reply_to_the_help_message()
    {
        var replies = Recording(Captured).BotRepliesTo(Conversation, HelpActivityId);

        var reply = Assert.Single(replies);
        Assert.Equal("reply to help", reply.GetProperty("text").GetString());
    }

    [Fact]
    public void A_reply_posted_to_the_activity_url_counts_without_replyToId()
    {
        var text = Captured.Replace($"\"replyToId\": \"{HelpActivityId}\"", "\"replyToId\": null");

        Assert.Single(Recording(text).BotRepliesTo(Conversation, HelpActivityId));
    }

    [Fact]
    public void A_send_with_replyToId_counts_as_a_reply()
    {
        var text = Captured.Replace(ReplyUrl, $"/_connector/v3/conversations/{Conversation}/activities");

        Assert.Single(Recording(text).BotRepliesTo(Conversation, HelpActivityId));
    }

    [Fact]
    public void A_proactive_message_is_not_a_reply()
    {
        var text = Captured
            .Replace(ReplyUrl, $"/_connector/v3/conversations/{Conversation}/activities")
            .Replace($"\"replyToId\": \"{HelpActivityId}\"", "\"replyToId\": null");
        var recording = Recording(text);

        Assert.Empty(recording.BotRepliesTo(Conversation, HelpActivityId));
        Assert.Single(recording.BotActivities(Conversation));
    }

    [Fact]
    public void A_reply_the_Playground_refused_does_not_count()
    {
        var text = Captured.Replace("\"statusCode\": 201", "\"statusCode\": 404");

        Assert.Empty(Recording(text).BotRepliesTo(Conversation, HelpActivityId));
    }

    [Fact]
    public void A_reply_in_another_conversation_does_not_count()
    {
        Assert.Empty(Recording(Captured).BotRepliesTo("another-conversation", HelpActivityId));
    }

    [Fact]
    public void A_half_written_last_exchange_is_ignored()
    {
        var text = Captured + "{\n  \"logId\": \"partial\",\n  \"direction\": \"User Appl";

        Assert.Equal(4, Recording(text).Read().Count);
    }
}
