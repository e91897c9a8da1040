using ApplyTrack.Classification.Reading;

namespace ApplyTrack.Classification.Tests;

/// <summary>
/// The phrase families the tuning split's Dutch, French, German, Spanish and Portuguese errors fell into: a small
/// employer's or a public body's offer in plain words, a closed, refilled or failed-exam rejection, an Austrian or
/// Flemish receipt, a receipt that promises an answer "whatever it is", a committee writing to its own candidate (not
/// a panel the reader sits on), and an assignment named in the language of the trade. Examples written for these
/// tests, not drawn from training/ or any data set.
/// </summary>
public sealed class NonEnglishCueFamilyTests
{
    private static bool Has(string text, string signal) => Cues.Matching(text).Any(c => c.Signal == signal);

    [Theory]
    [InlineData("Die Auswahlkommission hat sich für Sie entschieden. Wir bieten Ihnen eine unbefristete Anstellung ab 1. März an.")]
    [InlineData("Du kannst ab dem 1. April bei uns anfangen, Vertrag liegt bereit.")]
    [InlineData("Votre journée d'essai était parfaite : je vous embauche en CDI à partir du 2 mai.")]
    [InlineData("On te propose la saison d'été, logé nourri, dis-nous oui.")]
    [InlineData("Después de la prueba lo tenemos claro: el puesto es tuyo si lo quieres.")]
    [InlineData("Quedas contratada a partir del lunes, media jornada.")]
    [InlineData("Na het gesprek wil ik je graag aanstellen als leerkracht voor het vierde leerjaar.")]
    [InlineData("Wij hebben het genoegen u een aanstelling aan te bieden als beleidsmedewerker.")]
    [InlineData("Gostámos muito do dia de experiência: a vaga é sua, começa segunda.")]
    [InlineData("Parabéns, está contratada! O RH vai enviar o contrato.")]
    [InlineData("Die Schulkommission hat Ihrer Anstellung als Lehrperson ab 1. August zugestimmt.")]
    [InlineData("Die Kommission hat Sie für die Stelle als wissenschaftliche Mitarbeiterin ausgewählt.")]
    public void A_plainly_worded_offer_is_an_offer_phrase(string sentence)
    {
        Assert.True(Has(sentence, Cues.Offer), sentence);
    }

    [Theory]
    [InlineData("Ik vertel je graag meer over het team en de arbeidsvoorwaarden als je tijd hebt voor een belletje.")]
    [InlineData("Wir würden Sie gerne kennenlernen und über die Stelle sprechen.")]
    [InlineData("Merci pour votre candidature, nous revenons vers vous sous quinze jours.")]
    public void Outreach_and_receipts_carry_no_offer_phrase(string sentence)
    {
        Assert.False(Has(sentence, Cues.Offer), sentence);
    }

    [Theory]
    [InlineData("Na een herziening van de begroting hebben we besloten de vacature niet te vervullen.")]
    [InlineData("We hebben de functie intern kunnen invullen.")]
    [InlineData("Uit de resultaten blijkt dat u niet geslaagd bent voor het schriftelijk gedeelte.")]
    [InlineData("Het bureau heeft gekozen voor iemand met meer ervaring in de zorg.")]
    [InlineData("Le client ne donnera pas suite à votre candidature.")]
    [InlineData("Su perfil no fue seleccionado para continuar en el proceso.")]
    [InlineData("A vaga já foi preenchida. Obrigado e boa sorte.")]
    [InlineData("Já escolhemos outra pessoa para a vaga de técnico.")]
    [InlineData("A candidata foi excluída do procedimento por não ter obtido a classificação mínima.")]
    [InlineData("Es tut mir leid, ich kann Ihnen die Stelle nicht mehr geben.")]
    public void A_closed_refilled_or_failed_application_is_a_rejection_phrase(string sentence)
    {
        Assert.True(Has(sentence, Cues.Rejection), sentence);
    }

    [Fact]
    public void A_job_board_rejection_notice_whose_text_was_lost_is_named_by_its_links()
    {
        const string body = "Dernière nouvelle de Exemplia\n\n----\n\nCet e-mail est destiné à Robin Claes\n" +
            "https://www.linkedin.com/help/linkedin/answer/4788?lipi=urn%3Ali%3Apage%3Aemail_email_jobs_application_rejected_01%3B2";

        Assert.True(Has(body, Cues.Rejection));
        Assert.False(Has("https://www.linkedin.com/comm/jobs/view/123?trk=eml-email_job_alert_digest_01", Cues.Rejection));
    }

    [Theory]
    [InlineData("Ihre Bewerbung ist bei uns eingelangt, vielen Dank.")]
    [InlineData("Ihre Unterlagen sind eingelangt. Wir melden uns nach dem 10. Februar.")]
    [InlineData("Nous avons bien reçu ta candidature pour le poste de surveillant.")]
    [InlineData("Bien reçu votre CV, passez me voir lundi.")]
    [InlineData("Je kandidatuur voor verkoopmedewerker is goed aangekomen.")]
    [InlineData("Dank u wel voor uw kandidatuur.")]
    [InlineData("Recebemos o seu currículo e vamos analisá-lo.")]
    public void Austrian_Flemish_and_informal_receipts_are_receipt_phrases(string sentence)
    {
        Assert.True(Has(sentence, Cues.Received), sentence);
    }

    [Theory]
    [InlineData("Nous reviendrons vers vous d'ici la fin du mois, quelle que soit la suite donnée.")]
    [InlineData("Nous revenons vers chaque candidat sous 15 jours, que la réponse soit positive ou non.")]
    [InlineData("Falls wir keine passende Stelle für dich haben, bekommst du eine kurze Info.")]
    [InlineData("Je hoort binnen twee weken van ons, ongeacht de uitkomst.")]
    public void A_promise_to_answer_either_way_is_a_condition_not_a_rejection(string sentence)
    {
        var masked = Cues.MaskConditionals("Merci, wir haben es erhalten. " + sentence, out var wasMasked);

        Assert.True(wasMasked, sentence);
        Assert.False(Has(masked, Cues.Rejection), masked);
    }

    [Theory]
    [InlineData("Die Auswahlkommission lädt Sie zu einem Vorstellungsgespräch am 4. Mai ein.")]
    [InlineData("De sollicitatiecommissie nodigt u uit voor een tweede gesprek.")]
    [InlineData("Twee vrijwilligers van het steunpunt maken deel uit van de commissie.")]
    public void A_committee_writing_to_its_candidate_is_not_someone_elses_job(string sentence)
    {
        Assert.False(Has(sentence, Cues.OtherRole), sentence);
        Assert.False(Has(sentence, Cues.OtherApplication), sentence);
    }

    [Theory]
    [InlineData("Hätten Sie Lust, in der Auswahlkommission für die neue Stelle mitzuwirken?")]
    [InlineData("Wil je volgende week in de sollicitatiecommissie zitten voor de nieuwe collega?")]
    [InlineData("Bedankt voor je aanmelding als vrijwilliger bij de voedselbank.")]
    public void Sitting_on_a_panel_or_volunteering_stays_a_look_alike(string sentence)
    {
        Assert.True(Has(sentence, Cues.OtherRole) || Has(sentence, Cues.OtherApplication), sentence);
    }

    [Theory]
    [InlineData("In de bijlage een kleine rekenopdracht; stuur het vóór vrijdag terug.")]
    [InlineData("Anbei eine kleine Übersetzungsaufgabe, bitte bis Montag zurück.")]
    [InlineData("Voici un cas pratique à nous renvoyer d'ici jeudi.")]
    [InlineData("Te mandamos una prueba de traducción de dos páginas.")]
    [InlineData("Segue um caso prático para entregar até sexta.")]
    public void An_assignment_named_in_the_trade_s_words_is_an_assessment_phrase(string sentence)
    {
        Assert.True(Has(sentence, Cues.Assessment), sentence);
    }

    [Theory]
    [InlineData("Merci d'avoir postulé chez nous.")]
    [InlineData("Gracias por postularte a la vacante.")]
    [InlineData("Bedankt voor je kandidatuur.")]
    [InlineData("We zoeken versterking voor ons team in Utrecht.")]
    public void Applying_and_hiring_words_give_job_context(string sentence)
    {
        Assert.True(Has(sentence, Cues.JobContext), sentence);
    }

    [Theory]
    [InlineData("Ich möchte Sie gerne zu einem Gespräch in unsere Praxis einladen.")]
    [InlineData("Wij willen u graag uitnodigen voor een gesprek op dinsdag.")]
    [InlineData("Nous souhaitons vous recevoir en entretien lundi.")]
    [InlineData("Queremos invitarle a una entrevista el jueves.")]
    [InlineData("Gostaríamos de convidá-la para uma entrevista na sexta.")]
    public void An_invitation_split_around_its_verb_is_an_interview_phrase(string sentence)
    {
        Assert.True(Has(sentence, Cues.Interview), sentence);
    }

    [Theory]
    [InlineData("Ik had gehoopt je beter nieuws te kunnen brengen: de klant koos voor een andere kandidaat.")]
    [InlineData("Het bureau heeft gekozen voor een uitvoerder die ook kan calculeren.")]
    [InlineData("Ich habe leider keine guten Nachrichten für Sie.")]
    [InlineData("Je n'ai pas de bonnes nouvelles, le client a choisi quelqu'un d'autre.")]
    [InlineData("Siento no traerte mejores noticias.")]
    [InlineData("Não trago boas notícias, a empresa escolheu outra pessoa.")]
    public void A_warm_no_that_says_it_brings_bad_news_is_a_rejection_phrase(string sentence)
    {
        Assert.True(Has(sentence, Cues.Rejection), sentence);
    }

    [Fact]
    public void An_admissions_office_and_a_course_registration_are_not_job_applications()
    {
        Assert.True(Has("Bureau Toelatingen: we hebben je aanmelding voor de master ontvangen.", Cues.OtherApplication));
        Assert.True(Has("Hoi, hierbij de opdracht voor vrijdag.", Cues.Assessment));
        Assert.True(Has("Estou recrutando uma analista para uma rede de farmácias.", Cues.JobContext));
    }
}
