using System.Text.RegularExpressions;

namespace ApplyTrack.Classification.Reading;

/// <summary>
/// Paid work offered to the reader in a small employer's words (issue 9): "on te prend en CDI", "ik wil je graag
/// aannemen", "Base: $205,000 … Start: 1 October", "14 €/h auf Minijob-Basis … den Vertrag", "$21/hr, full time. Can you
/// start the 15th?". Such an offer names no job, role or position, and the guard that sends an offer with no word of a
/// job to marketing read 24 labelled offers as a shop's. A shop, a gym, a phone or an insurance contract, a tutor's or a
/// cleaner's price and a lease say "offer", "contract", "start Monday" and "per hour" too: there the reader pays, so
/// a price quoted leaves only the words of hiring itself. Read by that guard alone, once the model leans to an offer.
/// </summary>
internal static partial class Cues
{
    /// <summary>
    /// Whether the subject or body offers the reader paid work: hiring words ("you're hired", "te contratamos", a CDI,
    /// an Arbeitsvertrag), or, with no price quoted to the reader and no shop's "special offer", two terms of which at
    /// least one only paid work has (pay for the reader's work, working hours, joining as a title, employee benefits, a
    /// new hire's paperwork) and the other any contract may have (the reader's start, a contract to sign, a welcome).
    /// </summary>
    public static bool OffersPaidWork(string subject, string body)
    {
        if (InSubjectOrBody(HiringInSoManyWords(), subject, body))
        {
            return true;
        }

        if (InSubjectOrBody(QuotesAPrice(), subject, body) || InSubjectOrBody(ShopOffer(), subject, body))
        {
            return false;
        }

        var work = WorkTerms.Count(family => InSubjectOrBody(family, subject, body));
        return work >= 2 || work == 1 && AnyContractTerms.Any(family => InSubjectOrBody(family, subject, body));
    }

    // Only paid work has these: a wage, a working week, a title to join as, an employee's benefits, a new hire's forms.
    private static readonly Regex[] WorkTerms = [PayForWork(), WorkingHours(), JoinsAsATitle(), EmployeeBenefits(), NewHirePaperwork()];

    // A gym, a phone plan or a software licence has these too: a start, a contract to sign, a welcome aboard.
    private static readonly Regex[] AnyContractTerms = [ReaderStarts(), ContractToSign(), WelcomesAboard()];

    // Words only an employer hiring this reader writes: "you're hired", "take you on", "je te prends comme second", "on
    // vous embauche", a CDI, "te contratamos", "contrato indefinido", "wil je graag aannemen", "arbeidsovereenkomst",
    // "contrato de trabalho", a CLT salary, a Minijob, a probation period.
    [GeneratedRegex("""\b(?:you(?:'re| are) hired|(?:hire|take) you on|(?:like|love|want|going|decided) to hire you|employment contract|contract of employment|probation(?:ary)? period|(?:sie|dich) (?:(?:gerne?|fest) ){0,2}(?:einstellen|anstellen)|(?:arbeits|lehr|ausbildungs)vertrag|minijob|probezeit|festanstellung|(?:teil|voll)zeitanstellung|in der lehre|(?:je|on|nous) (?:te|vous) (?:prends|prend|prenons|embauche|embauchons|engage|engageons|garde|gardons) (?:comme|en (?:cdi|cdd|extra|alternance|apprentissage)|pour la saison)|on (?:te|vous) embauche|cd[id]|contrat (?:saisonnier|de travail|d'apprentissage|à durée)|période d'essai|te (?:contratamos|cogemos)|(?:vamos a|queremos) contratarte|contrato (?:indefinido|temporal|fijo|de trabajo|laboral|de media jornada|a jornada)|alta en la seguridad social|periodo de prueba|(?:je|u) (?:graag )?(?:aannemen|aan te nemen)|in dienst (?:nemen|treden)|arbeids(?:overeenkomst|contract)|proeftijd|(?:vamos|queremos|gostaríamos de) (?:te |lhe )?contratar|contrato (?:de trabalho|sem termo|a termo|de experiência)|clt|carteira (?:de trabalho|assinada)|período experimental)\b""", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex HiringInSoManyWords();

    // The reader pays: a membership, a subscription, a per-seat licence, a tutor's or a cleaner's rate, a quote or an
    // estimate, an insurance of the reader's own (not "health insurance" among an employee's benefits), a lease or a rent.
    [GeneratedRegex("""\b(?:(?:i|we) charge|my (?:hourly |daily )?(?:rate|fee|price)s?|our (?:hourly )?(?:rates|fees|prices)|per (?:seat|user|licen[cs]e)|membership|as a member|become a member|subscription|premium|(?:car|home|contents|travel|life|pet) insurance|hausrat\w*|haftpflicht\w*|kfz-versicherung|versicherungsbeginn|assurance (?:auto|habitation|vie)|seguro (?:de hogar|de coche|de vida|automóvel|auto|de casa|do carro|de vida)|(?:inboedel|auto|reis|opstal)verzekering|premie|(?:your|my|our) (?:quote|quotation|estimate)|price (?:per|for (?:you|your))|(?:the|a|your) lease|lease agreement|tenancy|landlord|rent (?:is|of)|stundensatz|mitgliedschaft|mitglied|beitrag|kostet|kostenvoranschlag|mietvertrag|miete|je facture|mes tarifs|nos tarifs|mon forfait|devis|cotisation|adhérent|loyer|bail|cuestan?|mi tarifa|presupuesto|cotización|cuota|hazte socio|alquiler|inquilino|(?:mijn |ons )?(?:uur)?tarief|offerte|lidmaatschap|word lid|huurcontract|huurprijs|de huur|o meu preço|orçamento|mensalidade|sóci[oa]|licenças|por usuário|aluguel|locação|arrendamento)\b""", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex QuotesAPrice();

    // A shop's offer, which no employer hiring the reader writes ("50 % off vet care" and a staff discount they do).
    [GeneratedRegex("""\b(?:(?:special|exclusive) offer|offre (?:spéciale|exclusive)|oferta (?:especial|exclusiva|imperdível)|sonderangebot|speciale? (?:aanbieding|aanbod)|promoção)\b""", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ShopOffer();

    // Pay for the reader's work: a salary word beside a figure ("Base: £118k", "2400 net", "3.400 € brutto", "R$ 16.000"),
    // an hourly wage ("$21/hr", "14 €/h", "9 € la hora", "€ 11,80 per uur"), the minimum wage or a collective agreement.
    [GeneratedRegex("""(?:\b(?:base(?: salary| pay)?|salary|salaire|gehalt|lohn|sueldo|salario|salário|salaris|loon|vergütung|remuneración|remuneração|rémunération)\b[^\n\d]{0,25}\d|\d[\d.,]*\s?(?:k|k€|€|£|\$|eur|euros?|reais)?\s?(?:brut|brutto|bruto|brutos|brutas|net|netto|neto|netos|nets|base|clt)\b|[$€£]\s?\d{2,3}k\b|[$€£]\s?\d+(?:[.,]\d\d)?\s?(?:/ ?(?:hr|hour|h)\b|an hour|per hour|an hr)|\d+(?:[.,]\d\d)?\s?(?:€|eur|euros?|£|\$)\s?(?:/ ?h\b|/ ?std|die stunde|pro stunde|la hora|por hora|à l'heure|de l'heure|l'heure|per uur|à hora|por hora)|[$€£]\s?\d+(?:[.,]\d\d)? (?:per uur|die stunde|pro stunde)|\b(?:smic|mindestlohn|minimum wage|salario mínimo|salário mínimo|minimumloon|según convenio|nach tarif|volgens cao)\b)""", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PayForWork();

    // A start of the reader's ("can you start Monday?", "Start: 1 October", "kannst du ab Juni bei uns arbeiten", "tu
    // commences le 2", "empiezas el 1", "je mag beginnen", "início: 12 de janeiro"); a provider's "I can start" is not one.
    [GeneratedRegex("""\b(?:(?:can|could|would) you start|you(?:'d| would|'ll| will| can| could)? start (?:on |in |from )?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|next|the \d|\d|tomorrow|whenever|january|february|march|april|may|june|july|august|september|october|november|december)|start whenever|when you could start|your first (?:day|shift|week)|first day (?:is|will be|would be)|start(?:ing)?(?: date)?:\s*\S|start date|start (?:on )?\d{1,2}(?:st|nd|rd|th)? [a-z]+|(?:kannst|können) (?:du|sie) [^.!?\n]{0,40}(?:anfangen|beginnen|starten|arbeiten)|(?:beginn|eintritt)(?: wäre| ist)?(?: am| zum)? \d|(?:ihr|dein) erster (?:arbeits)?tag|bei uns (?:anfangen|arbeiten|einsteigen)|tu commences|vous commencez|on commence le|tu démarres|vous démarrez|(?:pouvez|peux)-(?:vous|tu) commencer|démarrage le|arrivée le|prise de poste|empiezas|empezarías|empezaría|puedes empezar|podrías empezar|te incorporas|incorporación (?:el|a partir|prevista)|(?:kun|kan|kunt) (?:je|u) [^.!?\n]{0,30}(?:beginnen|starten)|je (?:mag )?(?:beginnen|begint)|u begint|startdatum|eerste werkdag|(?:pode|podes|poderia) começar|começas|começa (?:a|no|na|em|dia) \d|início(?: previsto)?:?\s*(?:\d|em|a|no|dia|previsto)|data de (?:início|admissão))""", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ReaderStarts();

    // A working week: "20 hours a week", "38 uur", "25 horas semanales", "35h", full or part time.
    [GeneratedRegex("""\b(?:\d{2}\s?(?:hours?|hrs?|h|uur|stunden|std|horas|heures)\.?(?: (?:per|a|par|pro|por|each|every|à la|la|in der))? ?(?:week|semaine|woche|semana|weekly)|(?:3[5-9]|40)\s?(?:h|uur|stunden|horas|heures|hours)|full[- ]time|part[- ]time|temps (?:plein|partiel)|vollzeit|teilzeit|wochenstunden|jornada completa|media jornada|horas semanales|heures par semaine|uur per week|voltijd|deeltijd|tempo integral|meio período|meio expediente)\b""", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex WorkingHours();

    // A contract to sign or on its way: "sign the contract", "contract ready", "den Vertrag fertig", "passe signer le
    // contrat", "hacemos el contrato", "contract ligt klaar, kom even tekenen", "venha assinar".
    [GeneratedRegex("""\b(?:sign (?:the|your|this) (?:contract|paperwork)|(?:your |the )?contract (?:is |will be )?(?:ready|attached|follows?|will follow|coming|for)|(?:den |deinen |ihren )?vertrag (?:fertig|zum unterschreiben|unterschreiben)|machen wir den vertrag|(?:unterschreiben|unterzeichnen) wir|signer (?:le|ton|votre) contrat|le contrat (?:est prêt|part|suit)|(?:prépare|lance) le contrat|pour signer|firmar el contrato|hacemos el contrato|te (?:preparo|mando|envío) el contrato|lo firmamos|contract (?:ligt|komt) [^.!?\n]{0,20}klaar|contract (?:tekenen|in orde)|(?:maken|regelen) we het contract|kom (?:even |je )?tekenen|(?:venha |vem )?assinar|assinarmos o contrato|minuta do contrato)\b""", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ContractToSign();

    // Joining as a title, not as a member, a volunteer or a speaker: "join Loomkit as our first Staff Engineer", "we want
    // you as our new store lead", "dich als Senior Engineer sehen", "t'accueillir à l'agence", "te queremos este verano",
    // "je graag erbij als", "queremos você no time", "your contract for Support Specialist".
    [GeneratedRegex("""\b(?:join (?:us|[\w&.'-]+(?: [\w&.'-]+){0,2}) as (?:our |a |an |the |my )?(?:first |new |next )?(?!(?:member|subscriber|customer|client|guest|patient|sponsor|volunteer|speaker|panell?ist|mentor|judge|ambassador|affiliate|reseller|vip)\b)[\w-]+|(?:want|like|love) (?:for )?you (?:to be |as )(?:our|my) |(?:have|want) you (?:join|on (?:the|our) team|on board|running)|(?:dich|sie) (?:sehr )?(?:gerne? )?als [^.!?\n]{1,40} (?:sehen|haben|begrüßen)|(?:t'|vous )accueillir (?:à|dans|au sein)|(?:rejoindre|rejoins|rejoignez) [^.!?\n]{0,30}(?:en tant que|comme)|(?:te queremos|queremos que te (?:unas|quedes))|(?:unas|unieras|incorpores|sumes) (?:a|al) [^.!?\n]{1,30} como|(?:je|u) graag (?:erbij|in ons team|aan boord)|bij ons (?:komen )?werken|(?:queremos|gostaríamos|gostávamos) (?:muito )?(?:de )?(?:te |você |lhe |a |o )?(?:ter )?(?:no time|connosco|conosco|na equipa|na equipe)|(?:fica|ficas|trabalhas) connosco|(?-i:contract for (?:the )?[A-Z][\w-]+(?: [A-Z][\w-]+){0,3}))""", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex JoinsAsATitle();

    [GeneratedRegex("""\b(?:welcome (?:aboard|to the team)|willkommen (?:an bord|im team)|bienvenue (?:à bord|dans l'équipe)|bienvenid[oa] (?:a bordo|al equipo)|welkom (?:aan boord|in het team)|bem-vind[oa] (?:a bordo|à equipa|à equipe))\b""", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex WelcomesAboard();

    // What an employee gets: paid holiday, equity, a sign-on bonus, a commission, a staff discount, meal vouchers.
    [GeneratedRegex("""\b(?:(?:\d+|two|three|four|five|six) (?:days|weeks)(?:'|’)?(?: of)? (?:paid )?(?:holiday|vacation|pto|annual leave)|\d+ (?:urlaubstage|tage urlaub)|\d+ vakantiedagen|congés payés|tickets? resto|401k|pension contributions|equity|share options|stock options|bspce|virtuelle anteile|sign-on bonus|signing bonus|bonus target|commission on|staff discount|mitarbeiterrabatt|personeelskorting|subsídio (?:de (?:alimentação|férias|natal|refeição|turno)|noturno)|vale-(?:refeição|transporte)|plr|prestaciones de ley)\b""", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex EmployeeBenefits();

    // A new hire's paperwork: tax forms, a tax or social-security number, a health-insurance card, a bank form for pay.
    [GeneratedRegex("""\b(?:tax forms?|w-?4|i-9|p45|tax file number|national insurance number|direct deposit|steuer-?id|steuernummer|sozialversicherungsnummer|krankenkasse|carte vitale|dni|seguridad social|nif|cartão de cidadão|bsn|loonheffing)\b""", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NewHirePaperwork();
}
