using System.Text.RegularExpressions;

namespace ApplyTrack.Classification.Reading;

/// <summary>
/// Mail about a job in which the reader is not the candidate (issue 9): a colleague asking the reader to interview
/// candidates in their place, sit in on or shadow interviews, or join a panel; an agency or HR sending the reader, as
/// the hiring manager, candidates for "your vacancy"; someone asking the reader for a reference, a recommendation or a
/// referral; a journalist who wants to feature the reader's business, a survey's paid follow-up interview, a friend of
/// a friend asking how the reader got into their work. The model hears "interview", a date and a role and calls them
/// invitations. Like the other precision families they are not features of the model and run only once the
/// model has chosen a job event (<c>EmailClassifier.FollowPrecisionFamilies</c>).
/// </summary>
internal static partial class Cues
{
    /// <summary>
    /// Words a candidate is never sent: the reader interviews, scores, shadows or sits on a panel, receives candidates for
    /// their own vacancy, or is asked for a reference or a referral. "The panel will be…", "please bring two referees" and
    /// "could you do the interview at 3 instead?" are a candidate's and are not among them.
    /// </summary>
    public static bool ReaderIsOnTheHiringSide(string subject, string body) =>
        InSubjectOrBody(HiringSide(), subject, body) || InSubjectOrBody(SomeoneElsesStep(), subject, body);

    /// <summary>
    /// A newspaper, a column or a series that wants to feature the reader's business or story, a survey's follow-up
    /// interview, or someone asking the reader's advice about the reader's own work, and no word only a job carries.
    /// </summary>
    public static bool TalkAboutTheReaderWithoutAJob(string subject, string body) =>
        InSubjectOrBody(TalkAboutTheReader(), subject, body) && !NamesAJob(subject) && !NamesAJob(body);

    // The reader as interviewer: asked to interview, meet or sit in on candidates ("can you interview the two graduate
    // candidates in my place?", "would you sit in on the second interviews"), to shadow, score or join a panel; the
    // hiring manager sent "three CVs for your Shift Supervisor vacancy" and asked "which you'd like to interview"; a
    // referee ("has given your name as her previous line manager", "would you be up for referring me?"). The same in
    // German, French, Spanish, Dutch and Portuguese: "Beisitzer", "als Referenz angeben", "faire passer les entretiens",
    // "à ma place", "¿puedes acompañarme?", "recomendarme", "meekijken bij de gesprekken",
    // "als referentie opgeven", "podes fazer as entrevistas por mim?", "fazer parte do júri", "indicou-a como antiga chefe".
    [GeneratedRegex("""\b(?:(?:can|could|would|will) you (?:please )?(?:(?:interview|meet|see|observe) (?:the|both|all|two|three|four|five|\d+|our|my) (?:[\w-]+ ){0,4}(?:candidates|applicants)|(?:sit in on|cover|take|shadow|observe|run|help (?:me )?(?:with|run)) (?:the|my|our|some|these|those|a few|a couple of) (?:[\w-]+ ){0,2}interviews)|interview(?:s|ing)? (?:[^.?!\n]{0,60} )?(?:in my place|on my behalf|instead of me)|(?:in my place|on my behalf)[^.?!\n]{0,60}\binterview|shadow(?:ing)? (?:a couple of |some |the |a few |two |three )?(?:\w+ )?interviews|sit in on (?:the|my|our|some|a few|their|these|those) (?:\w+ )?interviews|(?:sit|sitting|be|join|chair) on (?:the|our|my|an|a) (?:interview |selection |appointment |appointments )?panel|(?:second|third|another|extra) panel member|(?:thanks|thank you) for agreeing to (?:sit|join|be|chair|help|take part)|(?:interview|scoring|marking) (?:sheets?|grids?|matrix|scorecards?|rota)|(?:submit|complete|leave|drop) your (?:evaluation|scorecard|interview notes)|question (?:bank|sheet)|interviewer (?:training|rota|pack)|volunteers to (?:do|run|conduct) [^.?!\n]{0,40}interviews|for your (?:(?!(?:in|to|our|the|for|with|at|of|on|about|regarding|interest|application|applying)\b)[\w-]+ ){0,4}(?:vacancy|vacancies|opening|requisition)|(?:which|who) (?:of them |ones? )?(?:you'd|you would|you want to|you'd like to) (?:like to )?(?:interview|meet|see)|(?:given|named|listed|put down|nominated) (?:you|your name) as (?:a |an |her |his |their |my )?(?:referee|reference|previous|former|last)|(?:give|gave|use|put) (?:you|your name) (?:down )?as (?:a |my )?(?:referee|reference)|(?:be|act as) my (?:referee|reference)|(?:reference|recommendation)(?: letter)? for me\b|(?:write|give|provide) (?:me|him|her|them) (?:a|an) (?:reference|recommendation)|(?:letter of recommendation|recommendation letter) for me|\b(?:refer|referring) me\b|beisitz\w*|(?:als|zur) referenz (?:angeben|nennen|genannt|angegeben)|(?:sie|dich) als (?:frühere|früheren|ehemalige|ehemaligen) (?:vorgesetzte|vorgesetzten|chef|chefin|teamleiter|teamleiterin|arbeitgeber)\w* (?:genannt|angegeben)|(?:kannst du|könnten sie|können sie|könntest du|würdest du|würden sie)[^.?!\n]{0,50}(?:bei den|an den) (?:vorstellungs|bewerbungs)?gesprächen|(?:peux-tu|pourrais-tu|pouvez-vous|pourriez-vous) (?:faire passer|mener|conduire)[^.?!\n]{0,40}(?:candidat|entretien)|(?:candidat|entretien)\w*[^.?!\n]{0,40}à ma place|à ma place[^.?!\n]{0,40}(?:candidat|entretien)|vous (?:cite|a cité|indique|a indiqué) comme (?:ancien|ancienne|référence)|(?:puedes|podrías|puede|podría) (?:acompañarme|estar conmigo|formar parte del tribunal|participar en el tribunal|entrevistar a (?:los|las) candidat)|recomendarme|me recomendarías|(?:te|le) (?:indicó|ha indicado|cita) como|(?:wil jij|wil je|kun jij|kun je|kunt u|wilt u)[^.?!\n]{0,50}(?:bij de gesprekken|de gesprekken voeren|meekijken)|(?:als referentie|referentie) (?:opgeven|doorgeven|noemen|opgegeven)|mag ik (?:jouw|je|uw) (?:naam|nummer) (?:opgeven|doorgeven)|(?:podes|pode|poderia|poderias|você pode)[^.?!\n]{0,50}(?:comigo nas entrevistas|fazer as entrevistas|parte do júri|parte da banca|entrevistar os candidatos|entrevistar as candidatas)|entrevistas por mim|indicou-(?:a|o) como|me indicar\?)""", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex HiringSide();

    // "I write the Small Business column", "we're running a series on local businesses", "our readers", "we'd send a
    // photographer": the press about the reader's business; "thanks for filling in our survey", "a research interview
    // about how you travel", "a $50 voucher as a thank you": a research panel's paid interview; "could I pick your brain",
    // "how you got into nursing", "hoe het is om daar te werken": someone asking the reader's advice about the reader's
    // own work. A features editor's signature is no such word: it signs receipts for a features writer's job too.
    [GeneratedRegex("""\b(?:i (?:write|edit) (?:the|a) (?:[\w-]+ ){0,3}column|(?:running|doing|writing) a (?:series|feature|piece|story) (?:on|about)|our readers|(?:send|bring) a photographer|(?:feature|profile|write about) (?:your|the) (?:business|shop|bakery|café|cafe|restaurant|salon|farm|studio|story)|small business (?:feature|column|series|spotlight)|(?:thanks|thank you) for (?:filling in|filling out|completing|taking) (?:our|the|this) survey|(?:follow-up|research) interview about|(?:voucher|gift card) as a thank(?:-| )you|as a thank(?:-| )you for your time|pick your brains?|what it's (?:really )?like (?:to work|working) (?:there|at your)|how you (?:got into|moved into|broke into|made the (?:switch|move))|hoe het is om (?:daar|er|bij jullie) [^.?!\n]{0,30}te werken|wie es ist, (?:dort|bei euch|bei ihnen) zu arbeiten|comment ça se passe (?:chez toi|chez vous|dans ta boîte)|cómo es trabajar (?:allí|ahí|en tu empresa)|como é trabalhar (?:aí|lá|na tua empresa|na sua empresa))\b""", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TalkAboutTheReader();

    // The same family in the words the first generated matcher does not hold (it is near the JIT's IL limit): a calendar
    // invitation naming the reader as the interviewer ("Cian Brennan – interviewer (you)", "listed as an interviewer"), a colleague
    // asking the reader to interview two finalists or to be there for the candidates, the scores compared ("she was
    // clearly the strongest"), a friend asking to put the reader down as a referee ("would you be OK if I put you down?",
    // "est-ce que je peux donner ton nom ?", "Sie als Referenzgeber genannt"), and a student asking how the reader started
    // ("I'm in my final year of", "estoy en último curso"). A recruiter never writes these about the reader's own application.
    [GeneratedRegex("""\b(?:interviewer \(you\)|(?:listed|added|invited) as (?:an? |the )?(?:interviewer|panel(?:list| member))|(?:podrías|puedes|podéis|pueden|podrían)(?: tú)? entrevistar\w*|entrevistarl[ao]s(?: tú)?|(?:er )?bij zijn voor de (?:\w+ ){0,2}kandidaten|(?:she|he|they) (?:was|were) (?:clearly |by far |easily )?the (?:strongest|best|stronger)(?: candidate| one| of the)?|my scores are in|(?:would|will) you be (?:ok|okay|happy|alright|all right|willing)(?: with it)? (?:if i (?:put|give|list|used?) (?:you|your name)|being one of them|to be one of them)|(?:if|can|could|may) i (?:put|give|list) (?:you|your name) (?:down )?as (?:a |one of my |my )?(?:referee|reference)|(?:ok|okay|happy|alright) if i put you down|(?:peux|puis)-je (?:donner|mettre|citer) (?:ton|votre) nom|je (?:peux|pourrais) (?:donner|mettre|citer) (?:ton|votre) nom|referenzanfrage|als referenzgeber(?:in)? (?:genannt|angegeben)|(?:i'm|i am) (?:a |an |in my |in the )?(?:final|third|3rd|second|2nd|fourth|4th|last)[- ]year (?:[\w-]+ ){0,3}(?:student|of|at)|(?:i'm|i am) (?:in )?my (?:final|third|3rd|second|fourth|last) year (?:of|at)|(?:question|advice) from a (?:final|third|3rd|second|fourth)[- ]year student|je suis (?:étudiante?|en) (?:en )?(?:dernière|troisième|3e|deuxième) année|estoy (?:en|cursando) (?:el )?(?:último|cuarto|tercer) (?:año|curso)|ich bin (?:im|in meinem) (?:letzten|dritten|vierten|\d+\.) (?:semester|studienjahr)|ik zit in (?:mijn|het) (?:laatste|derde|vierde) (?:studie)?jaar|estou no (?:último|terceiro|quarto) ano)""", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SomeoneElsesStep();
}
