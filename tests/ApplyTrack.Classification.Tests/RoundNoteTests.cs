using ApplyTrack.Classification.Extraction;

namespace ApplyTrack.Classification.Tests;

public sealed class RoundNoteTests
{
    [Theory]
    [InlineData("next_round", "Final round", "Please join us onsite for your final interviews.", "Onsite / final round")]
    [InlineData("next_round", "Next steps", "The next round is a technical interview with two engineers.", "Technical interview")]
    [InlineData("next_round", "Zweites Gespräch", "Wir laden Sie zu einem zweiten Gespräch ein.", "Second round")]
    [InlineData("assessment", "Your assessment", "Please complete the Codility test.", "Assessment (Codility)")]
    [InlineData("assessment", "Take-home", "Here is the take-home exercise.", "Take-home assignment")]
    [InlineData("interview_invite", "Interview", "Let's have a phone screen on Monday.", "Phone screen")]
    [InlineData("rejection", "No", "Unfortunately not.", null)]
    public void Note_names_the_round(string @event, string subject, string body, string? expected)
    {
        Assert.Equal(expected, RoundNote.For(@event, subject, body));
    }
}
