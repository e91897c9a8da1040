namespace ApplyTrack.Features.Templates;

public static partial class TemplateLibrary
{
    private static readonly LibraryTemplate[] German =
    [
        new("confirm-interview", "de", "Bestätigung unseres Gesprächstermins – {role}", """
            Guten Tag {recruiterName},

            vielen Dank für die Einladung zum Vorstellungsgespräch für die Position {role} bei {company}. Den Termin am {interviewDate} bestätige ich Ihnen gerne.

            Falls ich mich auf etwas Bestimmtes vorbereiten soll oder Sie mir vorab sagen können, mit wem ich sprechen werde, freue ich mich über eine kurze Nachricht. Ich freue mich auf unser Gespräch.

            Mit freundlichen Grüßen
            {yourName}
            """),
        new("reschedule-interview", "de", "Bitte um einen neuen Termin – {role}", """
            Guten Tag {recruiterName},

            vielen Dank noch einmal für die Einladung zum Gespräch für die Position {role} bei {company}. Leider ist mir etwas dazwischengekommen, sodass ich den Termin am {interviewDate} nicht wahrnehmen kann. Das tut mir sehr leid.

            Wäre es möglich, einen anderen Termin zu finden? In den nächsten Tagen bin ich zeitlich flexibel und richte mich gerne nach Ihrem Kalender.

            Vielen Dank für Ihr Verständnis.

            Mit freundlichen Grüßen
            {yourName}
            """),
        new("thank-you", "de", "Vielen Dank für das Gespräch – {role}", """
            Guten Tag {recruiterName},

            herzlichen Dank für das angenehme Gespräch am {interviewDate} über die Position {role}. Ich habe viel über das Team und die anstehenden Aufgaben erfahren, und das Gespräch hat mich darin bestärkt, dass ich sehr gerne bei {company} mitarbeiten möchte.

            Wenn Sie noch Unterlagen oder Informationen von mir benötigen, melden Sie sich gerne. Ich freue mich darauf, von Ihnen zu hören.

            Mit freundlichen Grüßen
            {yourName}
            """),
        new("follow-up-application", "de", "Nachfrage zu meiner Bewerbung – {role}", """
            Guten Tag {recruiterName},

            am {appliedDate} habe ich mich auf die Position {role} bei {company} beworben und möchte mich nach dem Stand meiner Bewerbung erkundigen. Die Stelle interessiert mich nach wie vor sehr, und ich würde Ihnen gerne in einem Gespräch zeigen, was ich für Ihr Team mitbringe.

            Können Sie mir sagen, wie es weitergeht, oder benötigen Sie noch etwas von mir?

            Vielen Dank für Ihre Zeit.

            Mit freundlichen Grüßen
            {yourName}
            """),
        new("follow-up-interview", "de", "Nachfrage nach unserem Gespräch – {role}", """
            Guten Tag {recruiterName},

            ich hoffe, es geht Ihnen gut. Ich wollte mich kurz nach unserem Gespräch am {interviewDate} zur Position {role} bei {company} melden. Die Stelle reizt mich weiterhin sehr, und ich würde mich über eine kurze Rückmeldung zum weiteren Vorgehen und zum Zeitplan freuen.

            Nochmals vielen Dank für Ihre Zeit.

            Mit freundlichen Grüßen
            {yourName}
            """),
        new("feedback-request", "de", "Bitte um Feedback – {role}", """
            Guten Tag {recruiterName},

            vielen Dank für Ihre Nachricht zu Ihrer Entscheidung über die Position {role}. Auch wenn ich etwas enttäuscht bin, danke ich Ihnen und dem Team von {company} für die Zeit, die Sie sich für mich genommen haben.

            Wenn es Ihnen möglich ist, wäre ich für ein kurzes Feedback zu meiner Bewerbung oder zu den Gesprächen sehr dankbar – das würde mir bei meiner weiteren Suche sehr helfen. Bei zukünftigen passenden Stellen würde ich mich freuen, wenn Sie an mich denken.

            Viele Grüße
            {yourName}
            """),
        new("accept-offer", "de", "Zusage – {role}", """
            Guten Tag {recruiterName},

            vielen Dank für Ihr Angebot für die Position {role} bei {company}. Ich nehme es sehr gerne an.

            Bitte lassen Sie mich wissen, wie die nächsten Schritte aussehen und ob Sie vor meinem Start noch Unterlagen oder Angaben von mir benötigen. Ich freue mich sehr auf die Zusammenarbeit mit dem Team.

            Mit freundlichen Grüßen
            {yourName}
            """),
        new("negotiate-offer", "de", "Ihr Angebot – {role}", """
            Guten Tag {recruiterName},

            herzlichen Dank für Ihr Angebot für die Position {role}. Die Aufgabe und das Team bei {company} begeistern mich sehr.

            Bevor ich Ihnen endgültig zusage, würde ich gerne noch über das Gehalt sprechen. Mit Blick auf meine Erfahrung und die Verantwortung der Rolle hatte ich mir ein Grundgehalt von etwa [Betrag] vorgestellt. Gibt es hier – oder an anderer Stelle im Paket – Spielraum?

            Ich bin sicher, dass wir eine Lösung finden, die für beide Seiten passt, und bespreche das gerne auch telefonisch.

            Mit freundlichen Grüßen
            {yourName}
            """),
        new("decline-offer", "de", "Ihr Angebot – {role}", """
            Guten Tag {recruiterName},

            vielen Dank für Ihr Angebot für die Position {role} bei {company} und für die Zeit, die Sie und Ihre Kolleginnen und Kollegen in den Auswahlprozess investiert haben. Nach reiflicher Überlegung habe ich mich entschieden, das Angebot nicht anzunehmen, da ich eine andere Stelle angenommen habe, die derzeit besser zu mir passt.

            Die Entscheidung ist mir nicht leichtgefallen. Ich schätze Ihr Team sehr und hoffe, dass sich unsere Wege wieder kreuzen.

            Mit freundlichen Grüßen
            {yourName}
            """),
        new("withdraw", "de", "Rücknahme meiner Bewerbung – {role}", """
            Guten Tag {recruiterName},

            vielen Dank, dass Sie mich für die Position {role} bei {company} in Betracht gezogen haben. Da sich meine Situation geändert hat, möchte ich meine Bewerbung hiermit zurückziehen.

            Ich danke Ihnen für Ihre Zeit und Mühe und würde mich freuen, wenn wir in Zukunft wieder in Kontakt kommen.

            Mit freundlichen Grüßen
            {yourName}
            """),
    ];
}
