using System.Text.RegularExpressions;

namespace ApplyTrack.Classification.Reading;

/// <summary>
/// Mail from the reader's current employer, manager, HR, payroll, union or rota tool about the job they already have
/// (issue 9): an exit, stay or return-to-work interview, a disciplinary, grievance or investigation meeting, a probation
/// or performance review; extra shifts, a contract extended or not renewed, a secondment, redundancy; a leave, flexible
/// working, training or shift-swap request turned down. It says "interview", "offer", "unfortunately" and "contract" as
/// an employer does to a candidate; nobody is applying. Not <see cref="CurrentJob"/> (a model feature, pay and reviews
/// from the reader's own organisation): this family decides however sure the model is, and only where nothing names a
/// recruitment, since an internal vacancy is applied for like any other.
/// </summary>
internal static partial class Cues
{
    /// <summary>
    /// Whether the subject or body names a meeting, an offer or a refusal about the job the reader has, and neither names
    /// a recruitment (an internal vacancy, a shortlist, "thank you for applying for the … post").
    /// </summary>
    public static bool AboutTheJobTheReaderHas(string subject, string body) =>
        (InSubjectOrBody(TheJobTheReaderHas(), subject, body) || InSubjectOrBody(NextYearsContract(), subject, body)) &&
        !InSubjectOrBody(Recruitment(), subject, body) &&
        !InSubjectOrBody(AppliedForAPost(), subject, body);

    // Each alternative names the workplace thing, never the bare word: "exit interview", "return to work meeting",
    // "disciplinary hearing", "accompanied by a trade union representative", "probation review", "our 1:1", "extra
    // shifts", "at risk of redundancy", "extension of your fixed-term contract", "your annual leave request",
    // "Mitarbeitergespräch", "Urlaubsantrag", "entretien préalable", "demande de congés", "evaluación del desempeño",
    // "solicitud de vacaciones", "functioneringsgesprek", "verlofaanvraag", "avaliação de desempenho", "pedido de férias".
    // Left out because offers and invitations say them about the job on offer (the corpus's job rows): a probation
    // period, overtime, part-time or home working (Probezeit, Überstunden, Teilzeit, Homeoffice, télétravail, periodo de
    // prueba, teletrabajo, proeftijd, período experimental), "entretien individuel", "licenciement", "one-to-ones with
    // the team", "niet verlengd" alone.
    [GeneratedRegex("""\b(?:exit interviews?|stay interviews?|(?:return|back)[- ]to[- ]work (?:interview|meeting|form|discussion|conversation)|fit note|(?:occupational health referral|referral to occupational health)|disciplinary (?:hearing|meeting|action|outcome|procedure|investigation|policy)|grievance (?:hearing|meeting|outcome|appeal)|(?:uphold|upheld) your grievance|your (?:written )?grievance|(?:investigation|investigatory|fact-finding|capability|absence review|attendance review|sickness review|welfare) (?:meeting|hearing|interview)|(?:final |first )?written warning|right to be accompanied|accompanied by (?:a |your )?(?:trade union|union|work colleague)|(?:bring|with) (?:a colleague or (?:a |your )?(?:trade )?union rep\w*|(?:a |your )?(?:trade )?union rep\w* or (?:a )?colleague)|probation(?:ary)? (?:period )?(?:review|meeting)|(?:completed|passed|extend|extended|extending) your probation|probation(?:ary period)? (?:has been |will be |is )?extended|(?:performance|development|appraisal) review (?:meeting|cycle|form|conversation|is|will)|personal development review|(?:our|your|weekly|monthly) (?:1:1|1-1)s?|(?:extra|additional|bank|relief) shifts?|(?:offer|offered) (?:you )?(?:some )?overtime|overtime (?:this|next) (?:weekend|week|month)|at risk of redundancy|(?:be|been|being) made redundant|(?:redundancy|voluntary redundancy) (?:consultation|payment|package|pay|scheme|selection|quotation)|voluntary redundancy|individual consultation meeting|consultation period|(?:extension|renewal) of your (?:fixed-term |temporary |casual |zero[- ]hours? )?contract|(?:not|won't|will not) be (?:renewing|extending) your (?:fixed-term |temporary |casual )?contract|your (?:fixed-term |temporary |casual )?contract (?:will not|won't|is not going to) be (?:renewed|extended)|(?:end of|ending|expiry of) your (?:fixed-term |temporary |maternity cover )?contract|(?:your|the) secondment (?:to|has|will|is)|(?:annual leave|leave|holiday|time off|absence|study leave|flexible working|training|expenses?|shift swap|swap|overtime|additional hours) requests?|(?:request|requests) (?:for|to take) (?:annual leave|leave|holiday|time off|study leave|a leave of absence|leave of absence|flexible working)|your request (?:to (?:increase|reduce) your (?:contracted )?hours|to work (?:from home|remotely|compressed hours|part-time))|expense report (?:returned|rejected|declined)|(?:your|the) shift swap|your (?:last|final) working day|mitarbeitergespräch\w*|personalgespräch\w*|jahresgespräch\w*|rückkehrgespräch\w*|krankenrückkehrgespräch\w*|fehlzeitengespräch\w*|austrittsgespräch\w*|bem-gespräch\w*|abmahnung|urlaubsantrag|urlaubsanträge|ihren antrag auf (?:reduzierung|teilzeit|sonderurlaub|bildungsurlaub|homeoffice)|zusatzdienst\w*|zusatzschicht\w*|zusätzliche (?:dienste|schichten)|schichttausch\w*|betriebsbedingte kündigung|aufhebungsvertrag|(?:ihren|deinen) befristeten arbeitsvertrag|entretien (?:annuel|professionnel|d'évaluation|préalable|de recadrage|de sortie)|visite de reprise|demande de congés?|congés? (?:refusée?s?|accordée?s?)|(?:ta|votre) demande de télétravail|heures supplémentaires (?:le|les|ce|cette)|entretien préalable (?:à|au) (?:un )?licenciement|procédure de licenciement|rupture conventionnelle|(?:renouvellement|fin) de (?:votre|ton|ta) (?:cdd|contrat|période d'essai)|evaluación (?:anual )?del? desempeño|(?:reunión|entrevista) de (?:seguimiento|evaluación) del? desempeño|entrevista de salida|solicitud de (?:vacaciones|teletrabajo|permiso|excedencia|reducción de jornada|días libres)|expediente disciplinario|amonestación|(?:no (?:se )?(?:renovará|renovaremos|prorrogará)|renovación de|prórroga de) (?:tu|su) contrato|functioneringsgesprek\w*|beoordelingsgesprek\w*|jaargesprek\w*|ontwikkelgesprek\w*|exitgesprek\w*|verzuimgesprek\w*|re-integratiegesprek\w*|verlofaanvra\w*|vakantieaanvra\w*|(?:verlof|vakantie) (?:is )?(?:afgewezen|goedgekeurd)|extra diensten|ruilverzoek\w*|(?:je|uw) (?:tijdelijke )?contract [^.?!\n]{0,40}niet (?:meer )?(?:wordt )?verlengd|contract wordt niet verlengd|boventallig\w*|avaliação (?:anual )?de desempenho|entrevista de saída|(?:pedido|marcação) de férias|(?:teu|seu) pedido de (?:férias|teletrabalho)|(?:oferecer-te|oferecer-lhe|propor-te) (?:horas extra|trabalho suplementar)|horas extra no|processo disciplinar|troca de turno|(?:o teu|o seu) contrato (?:não )?(?:será|vai ser) renovado)""", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TheJobTheReaderHas();

    // A recruitment, internal or not: a vacancy, an interview for a post ("interview for the HR Advisor role", whose work
    // may be grievance hearings), a shortlist, an expression of interest, a selection process, and in the
    // other languages the application's own noun (Bewerbung, candidature, candidatura, sollicitatie), which a leave or a
    // flexible-working request never takes (Antrag, demande, solicitud, aanvraag, pedido).
    [GeneratedRegex("""\b(?:vacanc(?:y|ies)|(?:interview(?:s|ed)?(?: you)?|shortlisted|considered) for (?:the|this|our|a|an) (?:[\w-]+ ){0,5}(?:post|role|position|job|secondment|placement)\b|internal (?:candidates?|applicants?|applications?|posting|advert|recruitment|appointment)|shortlist\w*|expression of interest|selection (?:process|panel|day)|recruitment (?:team|process|campaign|panel)|bewerbung\w*|stellenausschreibung\w*|candidature\w*|mobilité interne|recrutement|candidatura\w*|proceso de selección|promoción interna|vacante\w*|sollicit\w*|vacature\w*|vagas?|processo de (?:recrutamento|seleção))\b""", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Recruitment();

    // A school's or a university's yearly contract for staff it already has: "your individual employment contract for the
    // 2026-27 school year", "if you intend to resign or retire at the end of this year, tell HR instead of signing". A new
    // hire's contract names no year to come back for and asks nobody to retire.
    [GeneratedRegex("""\b(?:(?:employment |individual |teaching )?contract for the \d{4}[-–/]\d{2,4} (?:school |academic )?year|intend to (?:resign or retire|retire or resign|retire)|(?:resign|retire) at the end of (?:this|the) (?:school |academic )?year)\b""", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NextYearsContract();
}
