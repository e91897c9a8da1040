namespace ApplyTrack.Features.Templates;

// Brazilian Portuguese. "na {company}": Brazilian usage treats a company as feminine (a empresa).
public static partial class TemplateLibrary
{
    private static readonly LibraryTemplate[] Portuguese =
    [
        new("confirm-interview", "pt", "Confirmação da entrevista – {role}", """
            Olá, {recruiterName},

            Agradeço o convite para a entrevista para a vaga de {role} na {company}. Confirmo com prazer a entrevista marcada para {interviewDate}.

            Se houver algo que eu deva preparar com antecedência, ou se puder me dizer com quem vou conversar, agradeço. Até breve!

            Atenciosamente,
            {yourName}
            """),
        new("reschedule-interview", "pt", "Pedido de remarcação da entrevista – {role}", """
            Olá, {recruiterName},

            Agradeço novamente o convite para a entrevista para a vaga de {role} na {company}. Infelizmente, tive um imprevisto e não poderei comparecer na data marcada ({interviewDate}). Peço desculpas pelo transtorno.

            Seria possível encontrarmos outro horário? Tenho bastante flexibilidade nos próximos dias e posso me adaptar à agenda da equipe.

            Agradeço a compreensão.

            Atenciosamente,
            {yourName}
            """),
        new("thank-you", "pt", "Agradecimento pela entrevista – {role}", """
            Olá, {recruiterName},

            Agradeço muito pela conversa de {interviewDate} sobre a vaga de {role}. Gostei muito de conhecer melhor a equipe e os projetos, e a conversa só aumentou minha vontade de fazer parte da {company}.

            Se precisar de qualquer outra informação, fico à disposição. Aguardo com interesse os próximos passos.

            Atenciosamente,
            {yourName}
            """),
        new("follow-up-application", "pt", "Acompanhamento da minha candidatura – {role}", """
            Olá, {recruiterName},

            Em {appliedDate}, me candidatei à vaga de {role} na {company} e gostaria de saber como está o processo. A vaga continua me interessando muito, e eu adoraria ter a oportunidade de conversar sobre como posso contribuir com a equipe.

            Poderia me informar em que etapa está o processo ou se precisa de mais alguma informação da minha parte?

            Agradeço a atenção.

            Atenciosamente,
            {yourName}
            """),
        new("follow-up-interview", "pt", "Retorno sobre a entrevista – {role}", """
            Olá, {recruiterName},

            Espero que esteja tudo bem. Escrevo para dar seguimento à nossa entrevista de {interviewDate} para a vaga de {role} na {company}. A oportunidade continua me entusiasmando muito, e gostaria de saber se há novidades sobre os próximos passos ou o cronograma.

            Agradeço mais uma vez pelo seu tempo.

            Atenciosamente,
            {yourName}
            """),
        new("feedback-request", "pt", "Pedido de feedback – {role}", """
            Olá, {recruiterName},

            Agradeço por me comunicar a decisão sobre a vaga de {role}. Embora eu lamente o resultado, agradeço sinceramente o tempo que você e a equipe da {company} dedicaram a mim.

            Se for possível, um breve feedback sobre minha candidatura ou sobre as entrevistas me ajudaria muito a seguir com a minha busca. E, caso surja no futuro uma vaga adequada ao meu perfil, terei prazer em participar.

            Atenciosamente,
            {yourName}
            """),
        new("accept-offer", "pt", "Aceite da proposta – {role}", """
            Olá, {recruiterName},

            Agradeço muito pela proposta para a vaga de {role} na {company}. É com grande satisfação que a aceito.

            Poderia me informar os próximos passos e se precisa de algum documento ou informação antes do meu início? Mal posso esperar para começar a trabalhar com a equipe.

            Atenciosamente,
            {yourName}
            """),
        new("negotiate-offer", "pt", "Sua proposta – {role}", """
            Olá, {recruiterName},

            Agradeço muito pela proposta para a vaga de {role}. A função e a equipe da {company} me entusiasmam bastante.

            Antes de dar uma resposta definitiva, gostaria de conversar sobre a remuneração. Considerando minha experiência e as responsabilidades da função, eu esperava um salário-base mais próximo de [valor]. Há flexibilidade nesse ponto ou em outros itens do pacote?

            Tenho certeza de que podemos chegar a um acordo bom para ambos os lados, e fico à disposição para conversar por telefone.

            Atenciosamente,
            {yourName}
            """),
        new("decline-offer", "pt", "Sua proposta – {role}", """
            Olá, {recruiterName},

            Agradeço sinceramente pela proposta para a vaga de {role} na {company} e pelo tempo que você e seus colegas dedicaram a mim durante o processo. Depois de refletir com cuidado, decidi não aceitar a proposta, pois aceitei outra oportunidade que, neste momento, se encaixa melhor no que procuro.

            Não foi uma decisão fácil. Tenho grande admiração pela equipe e espero que nossos caminhos se cruzem novamente.

            Atenciosamente,
            {yourName}
            """),
        new("withdraw", "pt", "Desistência da candidatura – {role}", """
            Olá, {recruiterName},

            Agradeço por considerar minha candidatura para a vaga de {role} na {company}. Escrevo para informar que gostaria de retirá-la, pois minha situação mudou.

            Agradeço pelo tempo dedicado e espero que possamos manter contato no futuro.

            Atenciosamente,
            {yourName}
            """),
    ];
}
