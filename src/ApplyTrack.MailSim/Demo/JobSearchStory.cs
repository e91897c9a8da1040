namespace ApplyTrack.MailSim.Demo;

/// <summary>
/// Alex Morgan's job search over six weeks, written for the ApplyTrack demo: applications through Greenhouse, Lever,
/// Workday and Ashby, recruiter outreach, interview rounds, an assessment, one offer, rejections (one forwarded),
/// and the job-alert digests that arrive alongside. Every company and person is fictional.
/// </summary>
public static class JobSearchStory
{
    private const string Me = "Alex";

    public static IEnumerable<DemoLetter> Letters()
    {
        // Northwind Traders — Senior Product Manager, Greenhouse: receipt → screen → product case → final → offer.
        yield return new(42.3, "Northwind Traders <no-reply@us.greenhouse-mail.io>", "Thank you for applying to Northwind Traders",
            Text($"""
            Hi {Me},

            Thank you for your interest in Northwind Traders! We have received your application for the Senior Product Manager, Supply Chain Platform role.

            Our team is reviewing applications and will reach out if your background is a match. In the meantime, you can learn more about life at Northwind on our careers page.

            Best,
            Northwind Traders Talent Team
            """)) { Thread = "northwind-spm", IsRead = true };
        yield return new(36.6, "Priya Raman <priya.raman@northwindtraders.com>", "Northwind Traders – Senior PM: let's schedule a call",
            Text($"""
            Hi {Me},

            I'm a recruiter on the product team at Northwind Traders. Thanks for applying for the Senior Product Manager role — your experience running the fulfilment roadmap at Lakeshore really stood out.

            Would you have 30 minutes this week for an introductory call? I have Wednesday 10:00–12:00 or Thursday after 14:00 (CET) open. Just reply with what works and I'll send an invite.

            Looking forward to speaking,
            Priya Raman
            Senior Technical Recruiter, Northwind Traders
            """)) { Thread = "northwind-spm", IsRead = true };
        yield return new(35.9, "Priya Raman <priya.raman@northwindtraders.com>", "Invitation: Alex Morgan <> Priya Raman (Northwind) - Thu 14:30",
            Text("""
            You have been invited to the following event.

            Intro call: Senior Product Manager
            When: Thursday 14:30 – 15:00 (CET)
            Joining info: Microsoft Teams meeting (link in calendar invite)

            Organizer: Priya Raman
            """)) { Thread = "northwind-spm", IsRead = true };
        yield return new(28.4, "Northwind Traders <no-reply@us.greenhouse-mail.io>", "Next steps – Product case interview with Northwind Traders",
            null, Html($"""
            <p>Hi {Me},</p>
            <p>Great news — the hiring team would like to move you forward to the next stage for <strong>Senior Product Manager, Supply Chain Platform</strong>.</p>
            <p>The next step is a <strong>60-minute product case interview</strong> with Daniel Okoye (Group PM) and Hannah Lee (Engineering Manager). You will walk us through how you would prioritise a warehouse-visibility feature set.</p>
            <p>Please use the link below to choose a time that suits you:</p>
            <p><a href="https://app.greenhouse.io/scheduling/example">Select interview times</a></p>
            <p>Best regards,<br>Northwind Traders Recruiting</p>
            """)) { Thread = "northwind-spm", IsRead = true };
        yield return new(20.5, "Priya Raman <priya.raman@northwindtraders.com>", "Final round at Northwind – agenda for Tuesday",
            Text($"""
            Hi {Me},

            Congratulations on getting through the case interview — the panel was impressed. For the final round next Tuesday you'll meet:

            10:00 Daniel Okoye – Product sense
            11:00 Maria Santos – Cross-functional leadership
            12:00 Lunch with the team
            13:30 Tomás Varga, VP Product – Values and vision

            The office is at Havnegade 12, 3rd floor. Let me know if you need anything at all.

            Priya
            """)) { Thread = "northwind-spm", IsRead = true };
        yield return new(9.2, "Priya Raman <priya.raman@northwindtraders.com>", "Your offer from Northwind Traders",
            null, Html($"""
            <p>Dear {Me},</p>
            <p>On behalf of everyone at Northwind Traders, I am delighted to offer you the position of <strong>Senior Product Manager, Supply Chain Platform</strong>.</p>
            <p>Your offer letter is attached, including a base salary of €98,000, a 10% annual bonus target and 1,200 stock options vesting over four years. We would love for you to start on the first Monday of next quarter.</p>
            <p>Please review the offer and let me know by Friday the 19th if you have any questions. Daniel and I are happy to jump on a call.</p>
            <p>Warm regards,<br>Priya Raman<br>Senior Technical Recruiter</p>
            """)) { Thread = "northwind-spm", IsRead = true };
        yield return new(7.1, "Priya Raman <priya.raman@northwindtraders.com>", "RE: Your offer from Northwind Traders",
            Text($"""
            Hi {Me},

            Thanks for the thoughtful questions. I checked with the compensation team: we can move the base to €103,000 and add a one-time €5,000 signing bonus. Everything else stays as in the letter.

            Happy to talk through it tomorrow at 11 if useful.

            Priya
            """)) { Thread = "northwind-spm", IsRead = false };

        // Fabrikam — Product Manager, Payments, Lever: receipt → rejection.
        yield return new(40.2, "Fabrikam <no-reply@hire.lever.co>", "Your application to Fabrikam",
            Text($"""
            Hi {Me},

            Thanks for applying to the Product Manager, Payments position at Fabrikam. We're excited that you're interested in joining us.

            We'll review your application and get back to you soon.

            — The Fabrikam Recruiting Team
            """)) { Thread = "fabrikam-pm", IsRead = true };
        yield return new(33.4, "Fabrikam <no-reply@hire.lever.co>", "Update on your Fabrikam application",
            Text($"""
            Hi {Me},

            Thank you for taking the time to apply for the Product Manager, Payments role. After careful consideration, we have decided to move forward with other candidates whose experience more closely matches our current needs.

            We appreciate your interest in Fabrikam and encourage you to apply for future openings.

            Best wishes,
            Fabrikam Recruiting
            """)) { Thread = "fabrikam-pm", IsRead = true };

        // Contoso Health — Product Lead, Workday: receipt → assessment → interview → rejection.
        yield return new(38.7, "Contoso Health Careers <contosohealth@myworkday.com>", "Thank you for applying – Product Lead, Patient Experience",
            null, Html($"""
            <p>Dear {Me} Morgan,</p>
            <p>Thank you for applying for <b>Product Lead, Patient Experience (R-10482)</b> at Contoso Health. Your application has been submitted successfully.</p>
            <p>You can track the status of your application at any time in our candidate home.</p>
            <p>Kind regards,<br>Contoso Health Talent Acquisition</p>
            """)) { Thread = "contoso-health-lead", IsRead = true };
        yield return new(31.5, "Contoso Health Careers <contosohealth@myworkday.com>", "Action required: complete your online assessment",
            null, Html($"""
            <p>Dear {Me},</p>
            <p>As the next step for <b>Product Lead, Patient Experience</b>, we invite you to complete a short online assessment. It takes about 45 minutes and covers product judgement and data interpretation.</p>
            <p>Please complete it within <b>5 days</b> using the link below.</p>
            <p><a href="https://assessments.example/contoso-health/start">Start assessment</a></p>
            <p>Good luck!<br>Contoso Health Talent Acquisition</p>
            """)) { Thread = "contoso-health-lead", IsRead = true };
        yield return new(29.4, "Contoso Health Careers <contosohealth@myworkday.com>", "Reminder: your assessment expires in 2 days",
            Text($"""
            Dear {Me},

            This is a friendly reminder that your online assessment for Product Lead, Patient Experience will expire in 2 days.

            Contoso Health Talent Acquisition
            """)) { Thread = "contoso-health-lead", IsRead = true };
        yield return new(24.3, "Grace Whitfield <grace.whitfield@contosohealth.com>", "Interview invitation – Product Lead, Patient Experience",
            Text($"""
            Hello {Me},

            Thank you for completing the assessment — you scored well, and we'd like to invite you to a video interview with our Director of Product, Samuel Adeyemi.

            Could you do Monday at 09:30 or Tuesday at 16:00? The interview will last 45 minutes.

            Kind regards,
            Grace Whitfield
            Talent Partner, Contoso Health
            """)) { Thread = "contoso-health-lead", IsRead = true };
        yield return new(15.6, "Grace Whitfield <grace.whitfield@contosohealth.com>", "Your application for Product Lead at Contoso Health",
            Text($"""
            Hello {Me},

            Thank you for the time you spent with Samuel last week. It was a difficult decision, but we have decided not to proceed with your application for this position. The team felt that another candidate's clinical-systems background was a closer fit for this role.

            We were impressed by your assessment and would be glad to stay in touch about future roles.

            With best wishes,
            Grace Whitfield
            """)) { Thread = "contoso-health-lead", IsRead = true };

        // Tailspin Toys — recruiter outreach → call → position filled.
        yield return new(30.8, "Leo Brandt <leo@talentbridge-partners.com>", "Product role at Tailspin Toys – interested?",
            Text($"""
            Hi {Me},

            I came across your profile and think you could be a great fit for a Senior Product Manager opening at Tailspin Toys, a fast-growing maker of connected toys. They are building out their companion-app platform and need someone with marketplace experience.

            Salary range is €90–105k plus equity, hybrid in Copenhagen. Would you be open to a quick chat this week?

            Best,
            Leo Brandt
            TalentBridge Partners
            """)) { Thread = "tailspin-spm", IsRead = true };
        yield return new(27.2, "Leo Brandt <leo@talentbridge-partners.com>", "RE: Product role at Tailspin Toys – interested?",
            Text($"""
            Great to hear, {Me}! I've booked us for Friday at 11:00 — calendar invite to follow. I'll walk you through the team and the interview process at Tailspin.

            Leo
            """)) { Thread = "tailspin-spm", IsRead = true };
        yield return new(12.4, "Leo Brandt <leo@talentbridge-partners.com>", "Tailspin Toys update",
            Text($"""
            Hi {Me},

            Unfortunately I've just heard from Tailspin that the position has been filled internally, so they have closed the search. I'm sorry — I know you were keen on this one.

            I'll keep you in mind for similar roles and be in touch.

            Leo
            """)) { Thread = "tailspin-spm", IsRead = true };

        // Adatum — Greenhouse: receipt, then a rejection Alex forwarded from an old address.
        yield return new(22.1, "Adatum Corporation <no-reply@us.greenhouse-mail.io>", "Application received: Product Manager, Identity",
            Text($"""
            Hi {Me},

            Thanks for applying to Adatum Corporation! Your application for Product Manager, Identity has been received and our team will review it shortly.

            Adatum Recruiting
            """)) { Thread = "adatum-pm", IsRead = true };
        yield return new(17.8, "Alex Morgan <alex.morgan.1990@fastmail.example>", "Fwd: Your application to Adatum Corporation",
            Text($"""
            Forwarding this here so all the job stuff is in one place.

            ---------- Forwarded message ---------
            From: Adatum Corporation <no-reply@us.greenhouse-mail.io>
            Subject: Your application to Adatum Corporation

            Hi {Me},

            Thank you for your interest in the Product Manager, Identity role. We have carefully reviewed your application and unfortunately we will not be moving forward at this time.

            We wish you the best in your search.
            Adatum Recruiting
            """)) { Thread = "adatum-pm", IsRead = true };

        // Woodgrove Bank — Workday: receipt → interview → technical round.
        yield return new(14.2, "Woodgrove Bank <woodgrove@myworkday.com>", "We've received your application – Senior Product Manager, Digital Banking",
            null, Html($"""
            <p>Dear {Me},</p>
            <p>Thank you for applying for the role of <b>Senior Product Manager, Digital Banking (JR-2291)</b> at Woodgrove Bank. We have received your application and will be in touch regarding next steps.</p>
            <p>Woodgrove Bank Recruitment</p>
            """)) { Thread = "woodgrove-spm", IsRead = true };
        yield return new(6.3, "Oliver Haas <oliver.haas@woodgrovebank.com>", "Interview scheduling – Woodgrove Bank",
            Text($"""
            Dear {Me},

            I'm pleased to let you know the hiring manager would like to interview you for the Senior Product Manager, Digital Banking role. The first interview is a 45-minute conversation with Nadia Petrov, Head of Digital Channels.

            Please let me know your availability for next week.

            Best regards,
            Oliver Haas
            Talent Acquisition, Woodgrove Bank
            """)) { Thread = "woodgrove-spm", IsRead = true };
        yield return new(1.9, "Oliver Haas <oliver.haas@woodgrovebank.com>", "Next steps – Technical interview (Woodgrove Bank)",
            Text($"""
            Dear {Me},

            Thank you for speaking with Nadia on Monday — she enjoyed the conversation. We'd like to invite you to the next round: a technical interview with two of our platform engineers, focused on API design and how you work with engineering on trade-offs.

            The session lasts 60 minutes. Could you share a few slots for Thursday or Friday?

            Kind regards,
            Oliver Haas
            """)) { Thread = "woodgrove-spm", IsRead = false };

        // Litware — Lever: receipt only, still waiting.
        yield return new(10.4, "Litware <no-reply@hire.lever.co>", "Thanks for applying to Litware",
            Text($"""
            Hi {Me},

            Thanks for applying for Group Product Manager at Litware. Our hiring team will review your application and reach out if there's a fit.

            The Litware Team
            """)) { Thread = "litware-gpm", IsRead = true };

        // Proseware — Ashby: receipt → position filled.
        yield return new(5.2, "Proseware <no-reply@ashbyhq.com>", "Proseware – application confirmation",
            Text($"""
            Hi {Me},

            We've received your application for Product Manager, Growth at Proseware. We review every application carefully and will get back to you within two weeks.

            Proseware Talent
            """)) { Thread = "proseware-pm", IsRead = true };
        yield return new(0.8, "Proseware <no-reply@ashbyhq.com>", "Update regarding Product Manager, Growth",
            Text($"""
            Hi {Me},

            Thank you for your interest in Proseware. We wanted to let you know that the Product Manager, Growth position has now been filled, so we are closing all remaining applications.

            We appreciate the time you took to apply and hope you'll consider Proseware again in the future.

            Proseware Talent
            """)) { Thread = "proseware-pm", IsRead = false };

        // Alex's own replies (Sent Items) and a thank-you note.
        yield return new(36.4, "Alex Morgan <alex.morgan@sandbox.applytrack.local>", "RE: Northwind Traders – Senior PM: let's schedule a call",
            Text("Hi Priya,\n\nThursday after 14:00 works well — 14:30 would be perfect.\n\nBest,\nAlex\n"))
        { Folder = Mailboxes.WellKnownFolder.SentItems, Thread = "northwind-spm", IsRead = true };
        yield return new(19.9, "Alex Morgan <alex.morgan@sandbox.applytrack.local>", "Thank you – final round",
            Text("Hi Priya,\n\nThank you for organising yesterday — I really enjoyed meeting the team, and Tomás's view on the platform strategy was inspiring.\n\nBest,\nAlex\n"))
        { Folder = Mailboxes.WellKnownFolder.SentItems, Thread = "northwind-spm", IsRead = true };

        // Job alerts: weekly digests and a frequent alert service (one landed in Junk).
        var roles = new[]
        {
            ("Senior Product Manager", "Trey Research", "Copenhagen"), ("Product Manager, Platform", "Blue Yonder Airlines", "Remote (EU)"),
            ("Lead Product Manager", "Coho Winery", "Aarhus"), ("Product Owner, Payments", "Margie's Travel", "Stockholm"),
            ("Principal PM, Data", "Wide World Importers", "Berlin"), ("Product Manager, Mobile", "Alpine Ski House", "Hybrid – Malmö"),
            ("Group Product Manager", "Humongous Insurance", "Copenhagen"), ("Senior PM, Marketplace", "First Up Consultants", "Remote"),
        };
        for (var week = 0; week < 6; week++)
        {
            var picks = Enumerable.Range(0, 3).Select(i => roles[(week * 3 + i) % roles.Length]).ToList();
            yield return new(43 - week * 7 + 0.35, "JobRadar <alerts@jobradar.example>", $"{picks.Count + week % 3 + 2} new jobs for \"product manager\" in Copenhagen",
                null, Html($"""
                <h2 style="font-family:sans-serif">Your weekly job alert</h2>
                <ul>{string.Concat(picks.Select(p => $"<li><b>{p.Item1}</b> — {p.Item2} · {p.Item3}</li>"))}</ul>
                <p><a href="https://jobradar.example/alerts">See all matching jobs</a> · <a href="https://jobradar.example/unsubscribe">Unsubscribe</a></p>
                """)) { Folder = week == 4 ? Mailboxes.WellKnownFolder.JunkEmail : Mailboxes.WellKnownFolder.Inbox, IsRead = week < 5 };
        }
        for (var i = 0; i < 8; i++)
        {
            var role = roles[(i * 5 + 1) % roles.Length];
            yield return new(44 - i * 5.5 + 0.6, "Hireline <jobs@hireline.example>", $"{role.Item1} at {role.Item2} and 9 more jobs for you",
                null, Html($"""
                <p>Hi {Me}, based on your profile we found new openings:</p>
                <p><b>{role.Item1}</b><br>{role.Item2} — {role.Item3}<br><a href="https://hireline.example/job/{i + 1000}">View job</a></p>
                <p style="color:#666;font-size:12px">You receive this email because you turned on job alerts. <a href="https://hireline.example/settings">Manage alerts</a></p>
                """)) { IsRead = i < 7 };
        }
    }

    internal static string Text(string value) => value.Replace("\r\n", "\n").Trim() + "\n";

    internal static string Html(string body) =>
        $"<html><head><meta charset=\"utf-8\"></head><body style=\"font-family:Segoe UI,Arial,sans-serif;font-size:14px\">{body.Trim()}</body></html>";
}
