namespace ApplyTrack.Features.Templates;

public static partial class TemplateLibrary
{
    private static readonly LibraryTemplate[] Spanish =
    [
        new("confirm-interview", "es", "Confirmación de la entrevista – {role}", """
            Buenos días, {recruiterName}:

            Muchas gracias por invitarme a una entrevista para el puesto de {role} en {company}. Le confirmo con gusto mi asistencia el {interviewDate}.

            Si hay algo que deba preparar de antemano, o si puede indicarme con quién hablaré, se lo agradecería. Quedo a la espera de nuestra conversación.

            Un cordial saludo,
            {yourName}
            """),
        new("reschedule-interview", "es", "Solicitud de cambio de fecha – {role}", """
            Buenos días, {recruiterName}:

            Gracias de nuevo por invitarme a la entrevista para el puesto de {role} en {company}. Lamentablemente me ha surgido un imprevisto y no podré asistir el {interviewDate}. Disculpe las molestias.

            ¿Sería posible fijar otro momento? Tengo bastante flexibilidad en los próximos días y me adapto con gusto a la agenda del equipo.

            Gracias por su comprensión.

            Un cordial saludo,
            {yourName}
            """),
        new("thank-you", "es", "Gracias por la entrevista – {role}", """
            Buenos días, {recruiterName}:

            Muchas gracias por dedicarme su tiempo el {interviewDate} para hablar del puesto de {role}. Me gustó mucho conocer mejor al equipo y sus proyectos, y la conversación reforzó mis ganas de incorporarme a {company}.

            Si necesita cualquier información adicional, no dude en pedírmela. Espero con interés noticias sobre los próximos pasos.

            Un cordial saludo,
            {yourName}
            """),
        new("follow-up-application", "es", "Seguimiento de mi candidatura – {role}", """
            Buenos días, {recruiterName}:

            El {appliedDate} envié mi candidatura para el puesto de {role} en {company} y quería interesarme por su estado. El puesto me sigue pareciendo muy atractivo y me encantaría tener la oportunidad de explicarle en una entrevista lo que puedo aportar al equipo.

            ¿Podría indicarme en qué punto se encuentra el proceso o si necesita algo más por mi parte?

            Gracias por su tiempo.

            Un cordial saludo,
            {yourName}
            """),
        new("follow-up-interview", "es", "Seguimiento tras la entrevista – {role}", """
            Buenos días, {recruiterName}:

            Espero que se encuentre bien. Le escribo en relación con la entrevista del {interviewDate} para el puesto de {role} en {company}. El puesto me sigue ilusionando mucho y me gustaría saber si hay novedades sobre los próximos pasos o los plazos.

            Gracias de nuevo por su tiempo y consideración.

            Un cordial saludo,
            {yourName}
            """),
        new("feedback-request", "es", "Solicitud de comentarios – {role}", """
            Buenos días, {recruiterName}:

            Gracias por comunicarme su decisión sobre el puesto de {role}. Aunque lo lamento, agradezco sinceramente el tiempo que usted y el equipo de {company} me han dedicado.

            Si le es posible, le agradecería mucho que me hiciera llegar algún comentario sobre mi candidatura o las entrevistas; me sería de gran ayuda en mi búsqueda. Y si en el futuro surge una vacante que encaje con mi perfil, me encantaría que contaran conmigo.

            Un cordial saludo,
            {yourName}
            """),
        new("accept-offer", "es", "Aceptación de la oferta – {role}", """
            Buenos días, {recruiterName}:

            Muchas gracias por la oferta para el puesto de {role} en {company}. Me alegra mucho aceptarla.

            ¿Podría indicarme cuáles son los próximos pasos y si necesita algún documento o dato por mi parte antes de mi incorporación? Tengo muchas ganas de unirme al equipo.

            Un cordial saludo,
            {yourName}
            """),
        new("negotiate-offer", "es", "Su oferta – {role}", """
            Buenos días, {recruiterName}:

            Muchas gracias por la oferta para el puesto de {role}. El puesto y el equipo de {company} me entusiasman.

            Antes de darle una respuesta definitiva, me gustaría hablar de la retribución. Teniendo en cuenta mi experiencia y las responsabilidades del puesto, esperaba un salario fijo más cercano a [importe]. ¿Habría margen en este punto o en otros elementos del paquete?

            Confío en que podamos llegar a un acuerdo que funcione para ambas partes, y con gusto lo comentamos por teléfono.

            Un cordial saludo,
            {yourName}
            """),
        new("decline-offer", "es", "Su oferta – {role}", """
            Buenos días, {recruiterName}:

            Muchas gracias por ofrecerme el puesto de {role} en {company} y por el tiempo que usted y sus compañeros me han dedicado durante el proceso. Tras pensarlo detenidamente, he decidido no aceptar la oferta, ya que he aceptado otro puesto que ahora mismo se ajusta mejor a lo que busco.

            No ha sido una decisión fácil. Tengo un gran aprecio por su equipo y espero que nuestros caminos vuelvan a cruzarse.

            Un cordial saludo,
            {yourName}
            """),
        new("withdraw", "es", "Retirada de mi candidatura – {role}", """
            Buenos días, {recruiterName}:

            Gracias por tener en cuenta mi candidatura para el puesto de {role} en {company}. Le escribo para comunicarle que deseo retirarla, ya que mi situación ha cambiado.

            Le agradezco el tiempo dedicado y espero que tengamos ocasión de volver a estar en contacto en el futuro.

            Un cordial saludo,
            {yourName}
            """),
    ];
}
