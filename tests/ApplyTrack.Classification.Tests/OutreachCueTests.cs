using ApplyTrack.Classification.Model;
using ApplyTrack.Classification.Reading;

namespace ApplyTrack.Classification.Tests;

/// <summary>The signals that tell a person writing about one role from mail sent to many, and the receipt masking.</summary>
public sealed class OutreachCueTests
{
    private static EmailFeatures Read(string from, string subject, string body) =>
        EmailFeatures.Of(new EmailInput(from, "Sam Rivera <sam.rivera@example.com>", subject, body, null));

    [Fact]
    public void Agency_blast_with_an_unnamed_client_and_a_pay_rate_is_mail_to_many()
    {
        var features = Read("Rahul Verma <rahul.v@apexstaffing.com>", "Java Developer - Remote",
            "Hi Sam,\nI found your resume on one of the job boards. We have a requirement with one of our top clients.\nPay rate: $55/hr\nIf this is not for you, please refer someone.");

        Assert.True(features.IsBlast);
        Assert.Contains("xxblast", features.ToModelInput().Signals);
    }

    [Fact]
    public void Recruiter_writing_about_one_role_for_a_client_is_not_mail_to_many()
    {
        var features = Read("Ritu Shah <ritu.shah@quantstaff.in>", "Data Engineer role",
            "Dear Sam,\nI came across your work on the streaming migration. We are hiring a Data Engineer for one of our clients and your experience fits well. Could we speak tomorrow?\nRitu");

        Assert.False(features.IsBlast);
        Assert.True(features.IsPersonSender);
        Assert.Contains("xxgreetname", features.ToModelInput().Signals);
    }

    [Fact]
    public void List_of_openings_without_a_greeting_is_mail_to_many()
    {
        var features = Read("Jobs <jobs@brightpath.co.uk>", "Hot jobs",
            "We're recruiting for:\n- Warehouse Operative, Leeds, £12.40/hr\n- Forklift Driver, Wakefield, £14/hr\n- Team Leader, Bradford, £28k");

        Assert.Equal(3, features.ListedRoles);
        Assert.True(features.IsBlast);
    }

    [Theory]
    [InlineData("Arjun just messaged you")]
    [InlineData("You have a new message!")]
    [InlineData("Neue Nachricht von Lisa Berg")]
    public void Platform_message_notice_is_mail_to_many(string subject)
    {
        Assert.True(Read("Platform <messages-noreply@platform.example>", subject, "View message").IsBlast);
    }

    [Theory]
    [InlineData("Dear candidate,\nThank you.", false)]
    [InlineData("Hi there,\nThank you.", false)]
    [InlineData("Hi Ama,\nThank you.", true)]
    [InlineData("Sehr geehrte Frau Weber,\nvielen Dank.", true)]
    [InlineData("Bonjour Julien,\nmerci.", true)]
    public void Personal_greeting_names_the_reader(string body, bool personal)
    {
        Assert.Equal(personal, Read("A B <a@b.example>", "s", body).ToModelInput().Signals.Contains("xxgreetname"));
    }

    [Theory]
    [InlineData("If we decide not to proceed with your application, we will let you know.")]
    [InlineData("If you have not heard from us within three weeks, please assume you have not been successful.")]
    [InlineData("Sollten wir uns gegen Ihre Bewerbung entscheiden, erhalten Sie eine Nachricht.")]
    [InlineData("Si nous ne donnons pas suite à votre candidature, nous vous en informerons.")]
    [InlineData("Si finalmente decidimos no continuar con tu proceso, te lo comunicaremos.")]
    [InlineData("Als we besluiten om niet verder te gaan, laten we je dat weten.")]
    [InlineData("Caso não seja selecionado para a próxima etapa, você receberá um e-mail.")]
    public void Conditional_no_in_a_receipt_is_masked_before_the_rejection_cues_read_it(string sentence)
    {
        var masked = Cues.MaskConditionals("We have received your application. " + sentence, out var wasMasked);

        Assert.True(wasMasked);
        Assert.DoesNotContain(Cues.Matching(masked), c => c.Signal == Cues.Rejection);
    }
}
