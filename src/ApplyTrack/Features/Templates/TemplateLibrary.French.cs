namespace ApplyTrack.Features.Templates;

public static partial class TemplateLibrary
{
    private static readonly LibraryTemplate[] French =
    [
        new("confirm-interview", "fr", "Confirmation de l'entretien – {role}", """
            Bonjour {recruiterName},

            Je vous remercie pour votre invitation à un entretien pour le poste de {role} chez {company}. Je vous confirme avec plaisir ma disponibilité le {interviewDate}.

            N'hésitez pas à me dire s'il y a quelque chose à préparer en amont, ou avec qui je m'entretiendrai. Je me réjouis de cet échange.

            Bien cordialement,
            {yourName}
            """),
        new("reschedule-interview", "fr", "Demande de report de l'entretien – {role}", """
            Bonjour {recruiterName},

            Merci encore pour votre invitation à un entretien pour le poste de {role} chez {company}. Malheureusement, un imprévu m'empêche d'être disponible le {interviewDate} ; je vous prie de m'en excuser.

            Serait-il possible de convenir d'un autre créneau ? Je suis flexible dans les jours à venir et m'adapterai volontiers à l'agenda de l'équipe.

            Je vous remercie de votre compréhension.

            Bien cordialement,
            {yourName}
            """),
        new("thank-you", "fr", "Merci pour notre entretien – {role}", """
            Bonjour {recruiterName},

            Je vous remercie d'avoir pris le temps d'échanger avec moi le {interviewDate} au sujet du poste de {role}. J'ai beaucoup apprécié d'en apprendre davantage sur l'équipe et ses projets, et notre conversation a renforcé mon envie de rejoindre {company}.

            Je reste à votre disposition pour toute information complémentaire et me réjouis de connaître la suite du processus.

            Bien cordialement,
            {yourName}
            """),
        new("follow-up-application", "fr", "Suivi de ma candidature – {role}", """
            Bonjour {recruiterName},

            J'ai postulé le {appliedDate} au poste de {role} chez {company} et je me permets de revenir vers vous au sujet de ma candidature. Ce poste m'intéresse toujours vivement, et j'aimerais beaucoup pouvoir vous présenter de vive voix ce que je peux apporter à l'équipe.

            Pourriez-vous m'indiquer où en est le processus, ou si vous avez besoin d'éléments supplémentaires de ma part ?

            Je vous remercie pour votre temps.

            Bien cordialement,
            {yourName}
            """),
        new("follow-up-interview", "fr", "Suite à notre entretien – {role}", """
            Bonjour {recruiterName},

            J'espère que vous allez bien. Je me permets de revenir vers vous à la suite de notre entretien du {interviewDate} pour le poste de {role} chez {company}. Ce poste me motive toujours autant, et je me demandais si vous aviez des nouvelles concernant les prochaines étapes ou le calendrier.

            Merci encore pour votre temps et votre considération.

            Bien cordialement,
            {yourName}
            """),
        new("feedback-request", "fr", "Demande de retour – {role}", """
            Bonjour {recruiterName},

            Merci pour votre message concernant le poste de {role}. Même si votre réponse me déçoit, je vous remercie, ainsi que l'équipe de {company}, pour le temps que vous m'avez consacré.

            Si cela vous est possible, un bref retour sur ma candidature ou sur mes entretiens me serait très précieux pour la suite de mes recherches. N'hésitez pas non plus à penser à moi pour de futures opportunités.

            Bien cordialement,
            {yourName}
            """),
        new("accept-offer", "fr", "Acceptation de votre offre – {role}", """
            Bonjour {recruiterName},

            Je vous remercie vivement pour votre offre pour le poste de {role} chez {company}. C'est avec grand plaisir que je l'accepte.

            Pourriez-vous m'indiquer les prochaines étapes, ainsi que les documents ou informations dont vous auriez besoin avant ma prise de poste ? Je me réjouis de rejoindre l'équipe.

            Bien cordialement,
            {yourName}
            """),
        new("negotiate-offer", "fr", "Votre offre – {role}", """
            Bonjour {recruiterName},

            Merci beaucoup pour votre offre pour le poste de {role}. Le poste et l'équipe de {company} me motivent énormément.

            Avant de vous donner ma réponse définitive, j'aimerais aborder la question de la rémunération. Au regard de mon expérience et des responsabilités du poste, j'envisageais plutôt un salaire fixe d'environ [montant]. Existe-t-il une marge de manœuvre sur ce point, ou sur d'autres éléments du package ?

            Je ne doute pas que nous trouverons un accord qui convienne aux deux parties, et je suis disponible pour en parler par téléphone.

            Bien cordialement,
            {yourName}
            """),
        new("decline-offer", "fr", "Votre offre – {role}", """
            Bonjour {recruiterName},

            Je vous remercie sincèrement pour votre offre pour le poste de {role} chez {company}, ainsi que pour le temps que vous et vos collègues m'avez consacré tout au long du processus. Après mûre réflexion, j'ai décidé de ne pas y donner suite, car j'ai accepté un autre poste qui correspond mieux à mes attentes actuelles.

            Cette décision n'a pas été facile à prendre. J'ai beaucoup d'estime pour votre équipe et j'espère que nos chemins se recroiseront.

            Bien cordialement,
            {yourName}
            """),
        new("withdraw", "fr", "Retrait de ma candidature – {role}", """
            Bonjour {recruiterName},

            Je vous remercie de l'intérêt que vous avez porté à ma candidature pour le poste de {role} chez {company}. Ma situation ayant évolué, je souhaite retirer ma candidature.

            Merci pour le temps que vous m'avez accordé ; j'espère que nous aurons l'occasion d'échanger à nouveau à l'avenir.

            Bien cordialement,
            {yourName}
            """),
    ];
}
