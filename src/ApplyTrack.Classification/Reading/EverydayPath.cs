using System.Text.RegularExpressions;

namespace ApplyTrack.Classification.Reading;

/// <summary>
/// The cascade's first, cheap decision. Mail that no recruiting system sent, that holds no word of a job at all (no stem
/// of a job, a role, an application, an interview, an offer, a recruiter, a contract or a CV in any of the six languages,
/// in the subject, the newest message or the sender's name and domain), and that the model, read without the phrase
/// cues, calls everyday mail with at least <see cref="SureEverydayMass"/> is everyday mail: the phrase cues, the guards
/// and the extractors are skipped. Most of a real inbox (newsletters, shops, notifications, family) goes this way.
/// People write about jobs in plain words ("can you come by Friday at 3 and see the workshop?"), so the stems alone do
/// not decide: the model, which was taught such mail, must be sure too.
/// </summary>
/// <remarks>
/// The stems are deliberately broad (a word stem, not a phrase): a stem in a shopping email only sends it down the full
/// path, which decides as before. <c>classifier-bench agree</c> lists every email of the corpus the full path calls a job
/// event that this path would take (bench/RESULTS.md).
/// </remarks>
internal static partial class EverydayPath
{
    /// <summary>The first condition: sent by no recruiting system, and no job word anywhere the classifier reads.</summary>
    public static bool HoldsNoJobWord(MailText text, string? atsVendor) =>
        atsVendor is null && !HasJobWord(text.Subject) && !HasJobWord(text.Body) &&
        !HasJobWord(text.Sender.DisplayName) && !HasJobWord(text.Sender.Domain);

    /// <summary>Whether the text holds a stem of a job word in one of the six languages (case and accents folded as written).</summary>
    public static bool HasJobWord(string text) => text.Length > 0 && JobWord().IsMatch(text);

    /// <summary>How sure the first stage (the model without the phrase cues) must be of everyday mail for the cheap path.</summary>
    public const double SureEverydayMass = 0.99;

    /// <summary>Whether the first stage's scores (in <see cref="EmailEvents.All"/> order) give everyday mail at least <see cref="SureEverydayMass"/>.</summary>
    public static bool IsSure(IReadOnlyList<float> scores) => EverydayMass(scores) >= SureEverydayMass;

    /// <summary>The summed probability of the everyday events (job alert, marketing, not a job email).</summary>
    public static double EverydayMass(IReadOnlyList<float> scores)
    {
        var sum = 0.0;
        for (var i = 0; i < scores.Count; i++)
        {
            sum += EmailEvents.LabelOf(EmailEvents.All[i]) == EmailLabels.None ? scores[i] : 0;
        }

        return sum;
    }

    /// <summary>The likeliest everyday event of the first stage's scores, and the everyday mass as the confidence.</summary>
    public static (string Event, double Confidence) EventOf(IReadOnlyList<float> scores)
    {
        // The first of equals, as the full path's MaxBy over the label's events picks it.
        var best = -1;
        for (var i = 0; i < scores.Count; i++)
        {
            if (EmailEvents.LabelOf(EmailEvents.All[i]) == EmailLabels.None && (best < 0 || scores[i] > scores[best]))
            {
                best = i;
            }
        }

        return (EmailEvents.All[best], EverydayMass(scores));
    }

    public const string Reason = "no word of a job, an application, an interview or an offer anywhere: everyday mail";

    // Stems, each opening at a word start (so "role" is not found in "controle"), case folded, in English, German,
    // French, Spanish, Dutch and Portuguese, accented letters as they are written and without their accents.
    [GeneratedRegex("""
        \b(?:
          # English
          jobs?\b|role|position|posting|vacanc|opening|opportunit|career|hiring|hire[ds]?\b|recruit|headhunt|talent|
          appl(?:y|ied|ies|ying|ica)|candida|interview|shortlist|screen|assessment|offer|salar|compensation|employ|
          onboard|contract|r[eé]sum[eé]|cv\b|start\ date|internship|curr[ií]cul|intern\b|hr\b|human\ resources|staffing|
          # German
          stelle|bewerb|vorstellung|karriere|angebot|absage|zusage|einstell|anstell|arbeitsvertrag|arbeitgeber|gehalt|
          lebenslauf|kandidat|praktik|ausbildung|personal(?:abteilung|referent|leitung|wesen|büro|buro|service)|
          # French
          poste|emploi|entretien|recrut|embauch|offre|salaire|rémunération|remuneration|alternance|carrière|carriere|
          postul|contrat|cdi\b|cdd\b|stage\b|stagiaire|
          # Spanish
          puesto|empleo|entrevista|vacante|contrat|selecci[oó]n|oferta|trabajo|sueldo|reclut|prácticas|practicas|
          # Dutch
          sollicit|vacature|functie|baan\b|banen\b|kandida|gesprek|aanbod|werving|salaris|aanstelling|loopbaan|
          # Portuguese
          vaga|cargo|emprego|proposta|salário|currículo|curriculo|seletiv|estágio|estagio|carreira|contrata
        )
        # German compounds put the stem inside a word: "Kommissionsgespräch", "Initiativbewerbung", "Probearbeiten"
        |gespräch|gesprach|bewerbung|stellenangebot|stellenanzeige|stellenausschreibung|kommission|probe(?:arbeit|tag|zeit|vortrag)
        """, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.IgnorePatternWhitespace)]
    private static partial Regex JobWord();
}
