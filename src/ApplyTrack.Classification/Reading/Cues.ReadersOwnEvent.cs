using System.Text.RegularExpressions;

namespace ApplyTrack.Classification.Reading;

/// <summary>
/// Words that make a job mail the reader's own where an everyday-mail guard was about to take it (issue 9, blind-written
/// mail): the reader selected for their own interview, whose panel the mail names ("the interview panel will include
/// the principal"); asked back for a second conversation before a decision; a hire taken back by the employer who made
/// it ("não te posso contratar agora"); a forward the reader kept for themselves ("saving for my records"). Read only
/// where a guard is about to fire, as its counter-evidence, so they are no features of the model.
/// </summary>
internal static partial class Cues
{
    /// <summary>Whether the subject or body tells the reader they are to be interviewed (not to interview others).</summary>
    public static bool SelectsTheReaderForInterview(string subject, string body) => InSubjectOrBody(SelectedForInterview(), subject, body);

    /// <summary>Whether the subject or body asks the reader back for another conversation, or speaks of a decision still to make.</summary>
    public static bool AsksTheReaderBack(string subject, string body) => InSubjectOrBody(AskedBack(), subject, body);

    /// <summary>Whether the subject or body takes back a hire the writer had agreed with the reader.</summary>
    public static bool TakesBackAHire(string subject, string body) => InSubjectOrBody(HireTakenBack(), subject, body);

    /// <summary>A forward's note that keeps the mail for the forwarder's own records: the reader's mail, sent to themselves.</summary>
    public static bool NoteKeptForYourself(string note) => KeptForYourself().IsMatch(note);

    // "Selected to interview for", never "selected to interview candidates" or "selected for the interview panel".
    [GeneratedRegex("""
        \b(?:
        you(?:'ve|\ have)\ been\ (?:selected|shortlisted|chosen|invited)\ (?:to\ interview\ for|for\ (?:an?\ |your\ )?interview\b(?!\ panel))
        |(?:sie\ wurden|sie\ sind|du\ wurdest|du\ bist)\ (?:für|zu)\ (?:ein(?:em)?|das)\ (?:vorstellungs|auswahl|bewerbungs)gespräch\ (?:ausgewählt|eingeladen)
        |vous\ (?:avez\ été|êtes)\ (?:retenue?|sélectionnée?|convoquée?)\ pour\ (?:un|l')\ ?entretien
        |(?:ha|has)\ sido\ (?:seleccionad[oa]|convocad[oa])\ (?:\(a\)\ )?para\ (?:una|la)\ entrevista
        |(?:u|je)\ (?:bent|wordt)\ (?:geselecteerd|uitgenodigd)\ voor\ (?:een|het)\ (?:sollicitatie)?gesprek
        |(?:foi|foste)\ (?:selecionad[oa]|convocad[oa])(?:\(a\))?\ para\ (?:a|uma)\ entrevista
        )
        """, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.IgnorePatternWhitespace)]
    private static partial Regex SelectedForInterview();

    // Back for another conversation after meeting ("invite you back for a second, shorter conversation"), or a hiring
    // decision still to make after it; a friend's second coffee names neither.
    [GeneratedRegex("""
        \b(?:
        (?:invite|ask|have|bring)\ you\ back\ (?:in\ )?(?:for|to)\ (?:a|an|another)\ (?:[\w-]+,?\ ){0,2}(?:conversation|chat|meeting|interview|call|discussion)
        |before\ (?:we|the\ panel|the\ committee)\ (?:make|reach|take)\ (?:a|our|the)\ (?:final\ )?(?:hiring\ )?decision
        |(?:noch\ einmal|erneut)\ zu\ (?:einem|einem\ zweiten)\ (?:gespräch|kennenlernen)|bevor\ wir\ uns\ (?:endgültig\ )?entscheiden
        |vous\ (?:revoir|réinviter)\ pour\ (?:un|une)|avant\ de\ prendre\ (?:notre|une|la)\ décision\ (?:finale|définitive)
        |volver\ a\ (?:vernos|verte|verle|reunirnos)\ para|antes\ de\ tomar\ (?:una|la)\ decisión\ (?:final|definitiva)
        |(?:nog\ een\ keer|nogmaals|opnieuw)\ (?:uitnodigen|langskomen)\ voor|voordat\ (?:we|wij)\ (?:een\ )?(?:definitieve\ )?(?:beslissing|keuze)\ (?:nemen|maken)
        |voltar\ a\ (?:conversar|falar|encontrar)\ (?:com\ )?(?:você|contigo|consigo)|antes\ de\ tomar(?:mos)?\ (?:uma|a)\ decisão\ (?:final|definitiva)
        )
        """, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.IgnorePatternWhitespace)]
    private static partial Regex AskedBack();

    // The employer who hired the reader saying it cannot after all: "I can't hire you now", "we have to go back on what we
    // agreed", "ya no puedo contratarte", "wir können dich leider doch nicht einstellen", "je ne peux plus t'embaucher",
    // "we kunnen je toch niet aannemen", "não te posso contratar".
    [GeneratedRegex("""
        \b(?:
        (?:can't|cannot|can\ no\ longer|won't\ be\ able\ to|am\ not\ able\ to|are\ not\ able\ to|no\ longer\ able\ to)\ (?:hire|take\ on|employ|bring\ on)\ you\b
        |go\ back\ on\ (?:what\ we\ agreed|our\ agreement)
        |(?:kann|können)\ (?:dich|sie)\ (?:leider\ )?(?:doch\ )?nicht(?:\ mehr)?\ (?:einstellen|anstellen|übernehmen)
        |(?:je\ ne\ (?:peux|pourrai)|nous\ ne\ (?:pouvons|pourrons)|on\ ne\ (?:peut|pourra))\ (?:plus|pas)\ (?:t'|vous\ )(?:embaucher|engager|recruter)
        |no\ (?:te|le)\ (?:puedo|podemos|voy\ a\ poder|vamos\ a\ poder)\ contratar|ya\ no\ (?:puedo|podemos)\ contratar(?:te|le)
        |(?:kan|kunnen)\ (?:je|u|jou)\ (?:toch\ )?(?:niet|niet\ meer)\ (?:aannemen|in\ dienst\ nemen)
        |não\ (?:te|o|a|lhe)\ (?:posso|podemos|vou\ poder|vamos\ poder)\ contratar|voltar\ atrás\ no\ que\ (?:combinámos|combinamos|acordámos|acordamos)
        )
        """, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.IgnorePatternWhitespace)]
    private static partial Regex HireTakenBack();

    [GeneratedRegex("""\b(?:for\ my\ (?:own\ )?(?:records|files)|note\ to\ self|für\ meine\ unterlagen|zur\ ablage|pour\ mes\ (?:archives|dossiers)|para\ mis\ (?:archivos|registros)|voor\ mijn\ (?:administratie|archief)|para\ (?:o\ meu\ arquivo|os\ meus\ registos|meus\ registros))""",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.IgnorePatternWhitespace)]
    private static partial Regex KeptForYourself();
}
