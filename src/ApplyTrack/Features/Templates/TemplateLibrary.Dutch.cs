namespace ApplyTrack.Features.Templates;

public static partial class TemplateLibrary
{
    private static readonly LibraryTemplate[] Dutch =
    [
        new("confirm-interview", "nl", "Bevestiging sollicitatiegesprek – {role}", """
            Beste {recruiterName},

            Hartelijk dank voor de uitnodiging voor een gesprek over de functie {role} bij {company}. Graag bevestig ik de afspraak op {interviewDate}.

            Mocht ik iets moeten voorbereiden, of wilt u mij laten weten met wie ik spreek, dan hoor ik dat graag. Ik kijk uit naar ons gesprek.

            Met vriendelijke groet,
            {yourName}
            """),
        new("reschedule-interview", "nl", "Verzoek om een nieuwe afspraak – {role}", """
            Beste {recruiterName},

            Nogmaals dank voor de uitnodiging voor een gesprek over de functie {role} bij {company}. Helaas is er iets tussengekomen, waardoor ik op {interviewDate} niet kan. Mijn excuses voor het ongemak.

            Zouden we een ander moment kunnen vinden? De komende dagen ben ik flexibel en ik pas me graag aan de agenda van het team aan.

            Bedankt voor uw begrip.

            Met vriendelijke groet,
            {yourName}
            """),
        new("thank-you", "nl", "Bedankt voor het gesprek – {role}", """
            Beste {recruiterName},

            Hartelijk dank voor het prettige gesprek van {interviewDate} over de functie {role}. Ik vond het erg interessant om meer te horen over het team en het werk, en het gesprek heeft mijn enthousiasme om bij {company} aan de slag te gaan alleen maar groter gemaakt.

            Als u nog iets van mij nodig hebt, hoor ik het graag. Ik zie uw bericht over de volgende stappen met belangstelling tegemoet.

            Met vriendelijke groet,
            {yourName}
            """),
        new("follow-up-application", "nl", "Stand van zaken sollicitatie – {role}", """
            Beste {recruiterName},

            Op {appliedDate} heb ik gesolliciteerd naar de functie {role} bij {company}, en ik ben benieuwd naar de stand van zaken. De functie spreekt me nog steeds erg aan en ik zou graag in een gesprek toelichten wat ik voor uw team kan betekenen.

            Kunt u mij laten weten hoe het proces verder verloopt, of hebt u nog iets van mij nodig?

            Alvast bedankt voor uw tijd.

            Met vriendelijke groet,
            {yourName}
            """),
        new("follow-up-interview", "nl", "Navraag na ons gesprek – {role}", """
            Beste {recruiterName},

            Ik hoop dat alles goed met u gaat. Graag kom ik terug op ons gesprek van {interviewDate} over de functie {role} bij {company}. Ik ben nog altijd erg enthousiast over deze kans en hoor graag of er al meer bekend is over de vervolgstappen of de planning.

            Nogmaals bedankt voor uw tijd.

            Met vriendelijke groet,
            {yourName}
            """),
        new("feedback-request", "nl", "Verzoek om feedback – {role}", """
            Beste {recruiterName},

            Bedankt voor uw bericht over de functie {role}. Hoewel ik het jammer vind, waardeer ik de tijd die u en het team van {company} in mij hebben gestoken.

            Zou u mij kort feedback willen geven op mijn sollicitatie of de gesprekken? Dat zou mij enorm helpen bij mijn verdere zoektocht. En mocht er in de toekomst een passende vacature zijn, dan hoor ik dat graag.

            Met vriendelijke groet,
            {yourName}
            """),
        new("accept-offer", "nl", "Acceptatie aanbod – {role}", """
            Beste {recruiterName},

            Hartelijk dank voor uw aanbod voor de functie {role} bij {company}. Ik neem het graag aan!

            Wilt u mij laten weten wat de volgende stappen zijn en of u vóór mijn startdatum nog documenten of gegevens van mij nodig hebt? Ik kijk ernaar uit om bij het team te beginnen.

            Met vriendelijke groet,
            {yourName}
            """),
        new("negotiate-offer", "nl", "Uw aanbod – {role}", """
            Beste {recruiterName},

            Hartelijk dank voor uw aanbod voor de functie {role}. Ik ben erg enthousiast over de rol en over het team van {company}.

            Voordat ik definitief ja zeg, wil ik graag nog het salaris met u bespreken. Gezien mijn ervaring en de verantwoordelijkheden van de functie had ik een basissalaris van rond de [bedrag] in gedachten. Is daar ruimte voor, of elders in het pakket?

            Ik ben ervan overtuigd dat we samen tot een goede afspraak komen, en ik licht het graag telefonisch toe.

            Met vriendelijke groet,
            {yourName}
            """),
        new("decline-offer", "nl", "Uw aanbod – {role}", """
            Beste {recruiterName},

            Hartelijk dank voor uw aanbod voor de functie {role} bij {company}, en voor de tijd die u en uw collega's tijdens het proces in mij hebben gestoken. Na zorgvuldige overweging heb ik besloten het aanbod niet aan te nemen, omdat ik een andere functie heb aanvaard die op dit moment beter bij mij past.

            Dat was geen gemakkelijke beslissing. Ik heb veel waardering voor uw team en hoop dat onze wegen elkaar nog eens kruisen.

            Met vriendelijke groet,
            {yourName}
            """),
        new("withdraw", "nl", "Intrekken van mijn sollicitatie – {role}", """
            Beste {recruiterName},

            Bedankt dat u mij in overweging hebt genomen voor de functie {role} bij {company}. Omdat mijn situatie is veranderd, wil ik mijn sollicitatie graag intrekken.

            Ik waardeer de tijd die u erin hebt gestoken en hoop dat we in de toekomst nog eens contact hebben.

            Met vriendelijke groet,
            {yourName}
            """),
    ];
}
