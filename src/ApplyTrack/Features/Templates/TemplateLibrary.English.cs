namespace ApplyTrack.Features.Templates;

public static partial class TemplateLibrary
{
    private static readonly LibraryTemplate[] English =
    [
        new("confirm-interview", "en", "Interview confirmation – {role}", """
            Dear {recruiterName},

            Thank you for the invitation to interview for the {role} position at {company}. I'm happy to confirm {interviewDate}.

            Please let me know if there is anything I should prepare beforehand, or who I will be speaking with. I'm looking forward to our conversation.

            Best regards,
            {yourName}
            """),
        new("reschedule-interview", "en", "Rescheduling our interview – {role}", """
            Dear {recruiterName},

            Thank you again for inviting me to interview for the {role} position at {company}. Unfortunately, something has come up and I can no longer make {interviewDate}. I'm sorry for the inconvenience.

            Would it be possible to find another time? I'm flexible over the next few days and happy to fit around the team's calendar.

            Thank you for your understanding.

            Best regards,
            {yourName}
            """),
        new("thank-you", "en", "Thank you – {role} interview", """
            Dear {recruiterName},

            Thank you for taking the time to speak with me on {interviewDate} about the {role} position. I enjoyed learning more about the team and the work ahead, and our conversation confirmed how much I would like to contribute to {company}.

            If there is anything else you need from me, please don't hesitate to ask. I look forward to hearing about the next steps.

            Kind regards,
            {yourName}
            """),
        new("follow-up-application", "en", "Following up on my application – {role}", """
            Dear {recruiterName},

            I applied for the {role} position at {company} on {appliedDate} and wanted to follow up on my application. I remain very interested in the role and would welcome the chance to discuss how my experience could help the team.

            Could you let me know where things stand, or whether you need anything further from me?

            Thank you for your time.

            Best regards,
            {yourName}
            """),
        new("follow-up-interview", "en", "Following up – {role} interview", """
            Dear {recruiterName},

            I hope you are well. I wanted to follow up on my interview on {interviewDate} for the {role} position at {company}. I'm still very enthusiastic about the opportunity and would be glad to hear whether there is any news on the next steps or the timeline.

            Thank you again for your time and consideration.

            Best regards,
            {yourName}
            """),
        new("feedback-request", "en", "Request for feedback – {role}", """
            Dear {recruiterName},

            Thank you for letting me know your decision about the {role} position. Although I'm disappointed, I appreciate the time you and the team at {company} spent with me.

            If you are able to share any feedback on my application or interviews, I would be very grateful; it would help me a great deal in my search. I would also be glad to be considered for future openings.

            Best wishes,
            {yourName}
            """),
        new("accept-offer", "en", "Accepting your offer – {role}", """
            Dear {recruiterName},

            Thank you very much for the offer for the {role} position at {company}. I'm delighted to accept it.

            Please let me know what the next steps are and whether you need any documents or information from me before my start date. I'm looking forward to joining the team.

            With best regards,
            {yourName}
            """),
        new("negotiate-offer", "en", "Your offer – {role}", """
            Dear {recruiterName},

            Thank you for the offer for the {role} position. I'm excited about the role and about joining {company}.

            Before I give you my final answer, I'd like to discuss the compensation. Given my experience and the responsibilities of the role, I was hoping for a base salary closer to [amount]. Is there any flexibility there, or elsewhere in the package?

            I'm confident we can find something that works for both sides, and I'd be happy to talk it through by phone.

            Best regards,
            {yourName}
            """),
        new("decline-offer", "en", "Your offer – {role}", """
            Dear {recruiterName},

            Thank you very much for offering me the {role} position at {company}, and for the time everyone spent with me during the process. After careful consideration, I have decided to decline the offer, as I have accepted a role that is a better fit for me at this point.

            This was not an easy decision. I have great respect for the team and hope our paths cross again.

            Kind regards,
            {yourName}
            """),
        new("withdraw", "en", "Withdrawing my application – {role}", """
            Dear {recruiterName},

            Thank you for considering me for the {role} position at {company}. I'm writing to let you know that I would like to withdraw my application, as my circumstances have changed.

            I appreciate the time you have invested, and I hope we have the chance to be in touch again in the future.

            Best regards,
            {yourName}
            """),
    ];
}
