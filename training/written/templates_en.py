"""English templates, WRITTEN FOR TRAINING (not real mail)."""
ATS_ALL = ["greenhouse", "lever", "workday", "smartrecruiters", "ashby", "teamtailor", "icims", "direct", "direct-noreply"]
PEOPLE_AND_ATS = ["person", "person", "greenhouse", "lever", "ashby", "direct"]


def T(event, label, name, subjects, body, **extra):
    return dict(lang="en", event=event, label=label, name=name, subjects=subjects, body=body, **extra)


TEMPLATES = [
    # ---------- application received ----------
    T("application_received", "applied", "thanks-applying", ["Thank you for applying to {company}", "Thanks for applying to {company}!", "Thank you for your application to {company}"], """
Hi {first},

Thank you for your interest in {company}! We wanted to let you know that we received your application for the {role} position.

Our team is reviewing applications and if your experience matches what we're looking for, we'll reach out to discuss next steps. In the meantime, feel free to learn more about our culture on our careers page.

Best,
The {company} Recruiting Team""", senders=ATS_ALL),
    T("application_received", "applied", "not-selected-conditional", ["Your application to {company}", "Application received - {role}", "We've received your application"], """
Dear {first},

Thank you for applying for the {role} role at {company}. This email confirms that your application has been received.

We carefully review every application. If you are not selected for an interview, we will let you know by email once the position has been filled. Due to the high volume of applications, this may take a few weeks.

Kind regards,
{company} Talent Acquisition""", senders=ATS_ALL),
    T("application_received", "applied", "workday-confirm", ["Application confirmation: {role} ({ref})", "Thank you for applying: {role}"], """
Hello {candidate},

Thank you for submitting your application for {role} (Job Requisition {ref}) at {company}. We have successfully received your application.

You can check the status of your application at any time by signing in to your candidate home account.

If your qualifications match the requirements of the role, a member of our recruiting team will be in touch. Should your application not be successful, you will be notified through the candidate portal.

Sincerely,
{company} Talent Acquisition""", senders=["workday", "icims", "smartrecruiters"]),
    T("application_received", "applied", "short-receipt", ["{company} - We received your application", "Application submitted: {role} at {company}"], """
Hi {first}, your application for {role} at {company} has been submitted successfully. We'll review it and get back to you soon. Good luck!""", senders=["lever", "ashby", "greenhouse", "direct-noreply"]),
    T("application_received", "applied", "linkedin-sent", ["{first}, your application was sent to {company}"], """
Your application was sent to {company}

{role}
{company} · Remote

Applied just now

Now, take these next steps for more success with your job search
Get more views with Premium
See how you compare to other applicants

Never miss an opportunity. Set a job alert for similar jobs.""", sender="LinkedIn <jobs-noreply@linkedin.com>"),
    T("application_received", "applied", "indeed-applied", ["Indeed Application: {role}"], """
Application submitted

{role}
{company} - Austin, TX

The following items were sent to {company}. Good luck!
• Application
• Resume

Next steps
The employer or job advertiser may reach out to you about your application.""", sender="Indeed Apply <indeedapply@indeed.com>"),
    T("application_viewed", "applied", "viewed", ["Your application was viewed by {company}", "{company} viewed your application"], """
Your application was viewed by {company}

{role}
{company}

This doesn't guarantee you'll hear back, but it means the hiring team has looked at your profile. Keep applying to improve your chances.""", sender="LinkedIn <jobs-noreply@linkedin.com>"),

    # ---------- recruiter outreach ----------
    T("recruiter_outreach", "interviewing", "recruiter-call", ["{role} opportunity at {company}", "Quick chat about {company}?"], """
Hi {first},

I'm {person}, a recruiter at {company}. I came across your profile and I think your background would be a great fit for our {role} opening on the platform team.

Would you be open to a 20-minute call this week to talk about the role and what you're looking for next? Let me know a couple of times that work for you, or grab a slot here: {link}

Best,
{person}
Talent Partner, {company}""", senders=["person"]),
    T("recruiter_outreach", "interviewing", "recruiter-after-apply", ["Re: your application for {role}", "Your application to {company} - let's talk"], """
Hi {first},

Thanks for applying to the {role} role. I'm the recruiter supporting this search at {company} and I'd love to set up an introductory call to learn more about your experience and walk you through the team.

Are you available for a 30-minute phone call on {day}? If not, just send me your availability for next week.

Thanks,
{person}""", senders=["person"]),

    # ---------- interview invite ----------
    T("interview_invite", "interviewing", "invite-schedule-link", ["Interview invitation: {role} at {company}", "Invitation to interview - {role}", "{company}: let's schedule your interview"], """
Hi {first},

Thank you for your interest in the {role} position at {company}. We were impressed by your background and would like to invite you to an interview with our hiring team.

Please use the link below to choose a time that works for you:
{link}

The interview will last about 45 minutes and will take place over Zoom. Let me know if you have any questions.

Best regards,
{person}
Recruiting Coordinator, {company}""", senders=PEOPLE_AND_ATS),
    T("interview_invite", "interviewing", "phone-screen", ["Phone screen for the {role} role", "{company} - {role} - Next Steps"], """
Hi {first},

Great news! The hiring team reviewed your application for {role} and would like to move forward with a phone screen.

Could you share your availability for a 30-minute call on {day} or later this week? The call will be with me and will cover your experience, your interest in {company} and logistics.

Looking forward to speaking with you,
{person}""", senders=["person", "person", "ashby", "lever"]),
    T("interview_invite", "interviewing", "video-interview-confirmed", ["Interview confirmed: {role} at {company} on {day}", "Your interview with {company} is confirmed"], """
Hello {candidate},

Your interview for the {role} position is confirmed for {day} at {time}. You will meet with {person} from the {company} team.

Join the video call with this link: https://zoom.us/j/84512093345

If you need to reschedule, please reply to this email at least 24 hours in advance.

We look forward to meeting you!""", senders=["greenhouse", "lever", "ashby", "direct"]),
    T("interview_invite", "interviewing", "casual-chat", ["Coffee chat?", "Chat about the {role} role at {company}"], """
Hey {first},

Thanks so much for applying to {company}! I'm the hiring manager for the {role} role and your portfolio really stood out. I'd love to grab 30 minutes to chat about what you're working on and tell you about the team.

Here's my calendar, pick whatever works: {link}

Cheers,
{person}""", senders=["person"]),
    T("interview_invite", "interviewing", "subject-only-invite", ["Interview request: {role} at {company}", "Invitation: Interview with {company} for {role}"], """
Please find the details in the attached calendar invitation. Reply to confirm.""", senders=["person", "greenhouse", "direct"], subject_only=True),
    T("interview_invite", "interviewing", "reply-thread", ["Re: Application for {role}"], """
Hi {first},

Thanks for getting back to me so quickly. I've put us down for {day} at {time} for the interview with the hiring manager. You'll receive a calendar invitation with the video link shortly.

Speak soon,
{person}

On Mon, Jun 2, 2025 at 9:14 AM {candidate} <candidate@example.com> wrote:
> Hi {person_first}, thanks for reaching out. I'm available most afternoons this week.
> Best, {first}""", senders=["person"]),

    # ---------- next round ----------
    T("next_round", "interviewing", "technical-round", ["Next steps: technical interview for {role}", "{company} - Technical interview", "Moving forward with your application - {role}"], """
Hi {first},

Thank you for taking the time to speak with us last week. The team enjoyed the conversation and we're excited to move you forward to the next round: a 60-minute technical interview with two engineers from the team.

Please share your availability for {day} or later this week, or book directly here: {link}

Best,
{person}
{company} Recruiting""", senders=PEOPLE_AND_ATS),
    T("next_round", "interviewing", "onsite-final", ["Invitation to final round interviews - {company}", "Your onsite interview at {company}"], """
Dear {first},

Congratulations on progressing to the final stage of our process for the {role} position! We'd like to invite you to an onsite interview at our office, consisting of four conversations with the team, including the hiring manager.

The day will run from 9:30 to 14:00 on {day}. We will cover your travel expenses; please reply with your preferred dates.

Kind regards,
{person}, Talent Acquisition, {company}""", senders=PEOPLE_AND_ATS),
    T("next_round", "interviewing", "hiring-manager", ["Next step: meet the hiring manager", "Second interview - {role}"], """
Hi {first},

Good news: after your first interview, the team would like you to meet {person}, the hiring manager for the {role} role, for a second interview. It will be a 45-minute video call focused on how you approach problems and work with stakeholders.

Could you let me know which of these slots work: {day} at {time}, or the following morning?

Thanks!""", senders=["person", "person", "greenhouse"]),
    T("next_round", "interviewing", "panel", ["{company} | {role} | Panel interview"], """
Hello {candidate},

We are pleased to let you know that you have advanced to the panel interview stage for {role}. The panel will include members of the product, engineering and design teams.

A calendar invitation for {day} at {time} will follow. Please prepare a short presentation (10 minutes) on a project you are proud of.

Best regards,
{company} Talent Team""", senders=ATS_ALL),

    # ---------- assessment ----------
    T("assessment", "interviewing", "coding-challenge", ["{company} coding challenge - {role}", "Next step: online assessment for {role}", "Your {platform} assessment from {company}"], """
Hi {first},

Thank you for your interest in the {role} role at {company}. As the next step in our process, we'd like to invite you to complete an online coding assessment on {platform}.

The assessment takes about 90 minutes and must be completed within {days} days of receiving this email. Use the link below to start when you're ready:
https://www.{platform}.com/test/{slug}-{ref}

Good luck!
{company} Recruiting""", senders=ATS_ALL),
    T("assessment", "interviewing", "take-home", ["Take-home assignment - {role}", "{company}: take-home exercise"], """
Hi {first},

Thanks again for chatting with us. The next step is a short take-home assignment. You'll find the brief attached: it should take around three hours and we ask that you send your solution within {days} days.

After we review it, we'll schedule a follow-up conversation to walk through your approach.

Best,
{person}""", senders=["person", "person", "lever", "ashby"]),
    T("assessment", "interviewing", "video-assessment", ["Complete your video interview for {company}", "Action required: {company} assessment"], """
Dear {candidate},

You have been invited to complete a recorded video assessment for the {role} position at {company}. This is a short online assessment where you will answer five questions on camera through HireVue.

Please complete it within {days} days. The link is unique to you and can only be used once.

Regards,
{company} Talent Acquisition""", senders=["workday", "icims", "smartrecruiters", "direct-noreply"]),
    T("assessment", "interviewing", "case-study", ["Case study for the {role} interview", "{company} - case study"], """
Hi {first},

As discussed, the next stage is a case study. Please find the business case attached. You will present your analysis to the team in a 45-minute session; we will send an invitation once you tell us when you are ready.

Best regards,
{person}""", senders=["person"]),

    # ---------- offer ----------
    T("offer", "offer", "offer-letter", ["Offer of employment - {role} at {company}", "Your offer from {company}", "{company} offer letter"], """
Dear {first},

On behalf of everyone at {company}, I am delighted to offer you the position of {role}! We were all impressed during the interviews and are excited about what you will bring to the team.

Attached you will find your offer letter with the details: a base salary of ${salary} per year, eligibility for our annual bonus plan, stock options, and a proposed start date of {start}.

Please review the offer and let us know your decision within {days} business days. I'm happy to answer any questions.

Warm regards,
{person}
Head of Talent, {company}""", senders=PEOPLE_AND_ATS),
    T("offer", "offer", "verbal-followup", ["Great news from {company}!", "Following up on our call - your offer"], """
Hi {first},

It was great speaking with you earlier today! As promised, I'm following up in writing: we'd love for you to join {company} as our next {role}. The formal offer letter is on its way through DocuSign and includes the compensation package we discussed (${salary} base plus equity).

Let me know if anything in the written offer doesn't match what we talked about.

Congratulations!
{person}""", senders=["person"]),
    T("offer", "offer", "html-offer-portal", ["Your offer is ready to review", "Action required: review and sign your offer"], """
Congratulations, {first}!

{company} has extended you an offer for the {role} position.

Review and sign your offer letter in the candidate portal before the expiry date. Your offer includes salary, benefits and your start date of {start}.

Review offer""", senders=["greenhouse", "workday", "smartrecruiters", "ashby"]),
    T("offer", "offer", "contract", ["Employment contract - {role}", "Welcome aboard! Your contract from {company}"], """
Hello {candidate},

We are thrilled that you will be joining {company}! Following your acceptance of our verbal offer, please find your employment contract attached for the {role} role, with an annual salary of ${salary} and a start date of {start}.

Please sign and return it by {day}. Once signed, our onboarding team will be in touch about your first day.

Best wishes,
{person}
People Operations""", senders=["person", "direct"]),

    # ---------- rejection ----------
    T("rejection", "rejected", "warm-then-decline", ["Update on your application", "Your application to {company}", "Thank you for your interest in {company}"], """
Hi {first},

Thank you so much for your interest in {company} and for taking the time to apply for the {role} position. We really appreciate the effort you put into your application, and we enjoyed learning about your background.

We received a large number of applications from many talented candidates, which made this a difficult decision. Our team reviewed every profile carefully against the needs of the role.

After careful consideration, we have decided to move forward with other candidates whose experience more closely matches our current needs. We encourage you to apply for future openings that match your skills.

We wish you the very best in your job search.

Best regards,
The {company} Recruiting Team""", senders=ATS_ALL),
    T("rejection", "rejected", "regret", ["Regarding your application for {role}", "{company} - {role} - application status"], """
Dear {candidate},

Thank you for applying for the {role} role at {company}. We regret to inform you that your application was not selected to move forward in the process.

We will keep your resume on file and may contact you should a suitable position become available.

Sincerely,
{company} Human Resources""", senders=ATS_ALL),
    T("rejection", "rejected", "after-interview", ["Following up on your interviews", "Update on the {role} role at {company}"], """
Hi {first},

Thank you for meeting with the team over the past few weeks. Everyone enjoyed getting to know you and we appreciated your thoughtful answers.

Unfortunately, we have decided not to proceed with your candidacy for the {role} position. This was a close decision, and it doesn't reflect on your skills; another candidate's experience was a closer fit for what the team needs right now.

I'd be glad to keep in touch for future roles.

All the best,
{person}""", senders=["person", "person", "greenhouse", "ashby"]),
    T("rejection", "rejected", "position-filled", ["The {role} position has been filled", "Position update - {company}"], """
Hello {first},

We wanted to let you know that the {role} position you applied for at {company} has now been filled. Thank you for your interest and for the time you invested in your application.

We encourage you to keep an eye on our careers page for future opportunities.

Kind regards,
{company} Talent Acquisition""", senders=ATS_ALL),
    T("rejection", "rejected", "subject-only-decline", ["{company}: we won't be moving forward with your application", "Unfortunately we will not be proceeding - {role}"], """
Hi {first}, thanks again for your time. Best of luck.""", senders=ATS_ALL, subject_only=True),
    T("rejection", "rejected", "not-progressing", ["Your {role} application with {company}", "An update on your application"], """
Hi {first},

Thanks for your patience while we reviewed your application for {role}. We've now completed our review and, unfortunately, we won't be progressing your application at this time.

We know this isn't the news you were hoping for. We're grateful you considered {company} and hope you'll look at our open roles again in the future.

Thanks,
{company} Talent""", senders=ATS_ALL),
    T("rejection", "rejected", "short-no", ["Re: {role} application"], """
Hi {first},

Thanks for your interest in the role. Unfortunately we've decided to go with another candidate. Best of luck with your search!

{person}""", senders=["person"]),
    T("rejection", "rejected", "forwarded-rejection", ["Fwd: Your application to {company}", "FW: Update on your {role} application"], """
fyi :(

---------- Forwarded message ---------
From: {company} Recruiting <no-reply@{domain}>
Date: Tue, Jun 10, 2025 at 4:12 PM
Subject: Your application to {company}
To: {candidate} <candidate@example.com>

Dear {first},

Thank you for your application for the {role} position at {company}. After careful review, we regret to inform you that we will not be moving forward with your application.

We wish you success in your search.

{company} Recruiting""", sender="{candidate} <{slug}.me@gmail.com>"),

    # ---------- job alerts ----------
    T("job_alert", "none", "linkedin-alert", ["{n} new jobs for '{role}'", "{role}: {n} new jobs in Boston, MA", "Jobs you may be interested in"], """
Your job alert for {role} in Boston, MA

{role}
{company} · Boston, MA (Hybrid)
Actively recruiting · Easy Apply

Senior {role}
Orchard Labs · Remote
Be an early applicant

{role} II
Pinecrest Bank · Cambridge, MA
3 connections work here

See all jobs

Manage your job alerts. Unsubscribe from this alert.""", sender="LinkedIn Job Alerts <jobalerts-noreply@linkedin.com>", names_company=False, names_role=False, footer=False),
    T("job_alert", "none", "indeed-digest", ["{role} at {company} and {n} more new jobs", "New jobs matching your search"], """
New jobs for {role} near you

{role}
{company} - Chicago, IL
$70,000 - $95,000 a year
Easily apply

Junior {role}
Harbor Logistics - Chicago, IL
Responsive employer

View all jobs

You received this email because you created a job alert. Unsubscribe""", sender="Indeed <alert@indeed.com>", footer=False),
    T("job_alert", "none", "career-site-alert", ["New opportunities at {company}", "Jobs matching your profile at {company}"], """
Hi {first},

Based on your profile, here are new jobs at {company} you might like:

- {role} (Remote)
- Senior {role} (New York)
- Lead {role} (London)

Apply now before these roles close! Visit our careers site to see all openings.

You are receiving this email because you joined our talent community. Unsubscribe""", senders=["direct", "direct-noreply", "workday"], footer=False),

    # ---------- marketing ----------
    T("marketing", "none", "exclusive-offer", ["Exclusive offer: 40% off Premium ends tonight", "A special offer just for you, {first}", "Your exclusive offer inside"], """
Hi {first},

For 48 hours only, get 40% off your first year of Premium. Unlock unlimited access, priority support and exclusive member deals.

Use promo code SAVE40 at checkout. This limited-time offer expires at midnight.

Shop now

You are receiving this email because you subscribed to our newsletter. Unsubscribe | View in browser""", sender="StreamBox <offers@mail.streambox.com>", footer=False),
    T("marketing", "none", "career-coaching", ["Land your dream job faster", "Resume review: special offer", "Stand out to recruiters with Premium"], """
Hi {first},

Job hunting is hard. Our certified career coaches have helped 50,000 professionals land interviews at top companies. Get a professional resume rewrite and LinkedIn makeover for just $49 (regular price $149).

This special offer ends Sunday. Claim your discount today!

Unsubscribe from marketing emails""", sender="ResumeRocket <hello@resumerocket.io>", footer=False),
    T("marketing", "none", "retail-sale", ["Final hours: up to 60% off everything", "Black Friday deals are here"], """
Don't miss out! Our biggest sale of the year is ending soon. Up to 60% off shoes, jackets and accessories, plus free shipping on orders over $50.

Shop now

View this email in your browser. Unsubscribe.""", sender="Urban Threads <news@urbanthreads.com>", footer=False),
    T("marketing", "none", "card-offer", ["You're pre-approved: special offer inside", "An exclusive credit card offer for you"], """
Dear {candidate},

Congratulations! You have been pre-selected for an exclusive offer: the Platinum Rewards card with 0% intro APR for 15 months and 60,000 bonus points after you spend $4,000 in the first three months.

Respond by {day} to accept this offer. Terms apply.""", sender="Capital Crest Bank <offers@capitalcrestbank.com>"),

    # ---------- not job: hard negatives ----------
    T("not_job", "none", "apartment-receipt", ["We received your rental application", "Application received - 24 Elm Street, Unit 3B", "Your application for Maple Court Apartments"], """
Hi {first},

Thank you for applying to live at Maple Court Apartments! We have received your rental application and application fee for Unit 3B.

Our leasing team will review your application, including the credit and background check, within 2-3 business days. If your application is approved, we will contact you to sign the lease.

Best regards,
Maple Court Leasing Office""", sender="Maple Court Leasing <leasing@maplecourtapts.com>"),
    T("not_job", "none", "credit-card-application", ["We've received your credit card application", "Your application is being reviewed"], """
Dear {candidate},

Thank you for applying for the Everyday Cash Back credit card. We have received your application and it is currently under review.

We usually make a decision within 7-10 business days. If we need more information, we will contact you. You can check your application status online at any time.

Sincerely,
Card Services""", sender="Northbridge Bank <noreply@northbridgebank.com>"),
    T("not_job", "none", "university-admission", ["Your application to the MSc Data Science program", "Application received: Fall 2025 admission"], """
Dear {first},

Thank you for submitting your application for admission to the Master of Science in Data Science at Lakeshore University. Your application is complete and has been forwarded to the admissions committee.

Admission decisions are released in April. You can track the status of your application in the applicant portal.

Office of Graduate Admissions""", sender="Lakeshore University Admissions <admissions@lakeshore.edu>"),
    T("not_job", "none", "visa-application", ["Visa application received - reference {ref}", "Your visa application status"], """
Dear Applicant,

We confirm receipt of your visa application (reference {ref}). Your application and supporting documents will be processed in the order received. Processing currently takes up to 15 working days.

Please do not submit a second application. You will be notified by email when a decision has been made on your visa application.

Visa Application Centre""", sender="Visa Application Centre <noreply@visa-centre.gov.example>"),
    T("not_job", "none", "scholarship-regret", ["Scholarship application decision", "Your application for the Horizon Scholarship"], """
Dear {first},

Thank you for applying for the Horizon Merit Scholarship for the 2025-2026 academic year. We received over 3,000 applications from outstanding students.

We regret to inform you that you have not been selected as a recipient this year. We encourage you to apply again next year and wish you every success in your studies.

Scholarship Committee""", sender="Horizon Foundation <scholarships@horizonfoundation.org>"),
    T("not_job", "none", "loan-declined", ["Update on your loan application"], """
Dear {candidate},

Thank you for your recent personal loan application. Unfortunately, we are unable to approve your application at this time based on the information in your credit report.

You are entitled to a free copy of your credit report. If you have questions, please call us.""", sender="QuickLend <notices@quicklend.com>"),
    T("not_job", "none", "order-shipped", ["Your order has shipped", "Order #{ref} is on its way"], """
Hi {first},

Good news! Your order #{ref} has shipped and is on its way. Estimated delivery: {day}.

Track your package: https://track.shipfast.com/{ref}

Thanks for shopping with us!""", sender="Shopwell <orders@shopwell.com>"),
    T("not_job", "none", "meetup-invite", ["You're invited: Data Science Meetup on {day}", "Reminder: team offsite schedule"], """
Hi all,

Join us for our monthly Data Science meetup on {day} at {time}. This month {person} will give a talk on forecasting with gradient boosting, followed by pizza and networking.

RSVP on the event page. See you there!""", sender="Boston Data Meetup <info@meetup.com>"),
    T("not_job", "none", "account-security", ["Verify your candidate account", "Your password was changed", "Welcome to our Careers portal"], """
Hi {first},

Please verify your email address to activate your candidate account. Click the link below to confirm:
https://careers.{domain}/verify?token=8f3a1c

If you did not create an account, you can ignore this email.""", senders=["workday", "direct-noreply", "icims"], names_company=False, names_role=False),
    T("not_job", "none", "newsletter-hiring", ["This week in tech: layoffs, hiring and AI", "The Weekly Brief"], """
Good morning! Here's what happened this week.

Big tech hiring is slowing down while startups continue to recruit engineers. Several companies announced new offices in Austin. Meanwhile, a new report shows salaries for data scientists rose 4% this year.

Read more on our website.

You're receiving this newsletter because you signed up. Unsubscribe""", sender="The Weekly Brief <newsletter@weeklybrief.com>", footer=False),
    T("not_job", "none", "user-own-followup", ["Following up on my application - {role}", "Re: {role} application - {candidate}"], """
Hi {person_first},

I hope you're doing well. I applied for the {role} position at {company} two weeks ago and wanted to follow up to reiterate my interest in the role. Please let me know if there is any additional information I can provide.

Thank you for your time,
{candidate}""", sender="{candidate} <{slug}.me@gmail.com>"),
]

TEMPLATES += [
    T("interview_invite", "interviewing", "availability-request", ["Availability for an interview - {role}", "{company} interview availability"], """
Hello {first},

I hope this message finds you well. I'm reaching out on behalf of the hiring team at {company} regarding your application for the {role} position. They would like to schedule a first-round interview with you.

Could you please send me three or four time slots over the next week when you would be available for a 45-minute video interview? All times are Eastern.

Thank you, and I look forward to hearing from you.

{person}
Recruiting Coordinator""", senders=["person", "person", "direct"]),
    T("interview_invite", "interviewing", "gh-scheduling", ["Please select a time for your interview with {company}", "Schedule your interview with {company}"], """
Hi {first},

{company} would like to schedule an interview with you for the {role} role. Please click the link below to let us know when you're available:

{link}

Interviewers: {person}
Duration: 30 minutes
Location: Google Meet (link will be included in your calendar invitation)

Thanks!""", senders=["greenhouse", "ashby", "lever"]),
    T("interview_invite", "interviewing", "in-person", ["In-person interview at our office", "Interview at {company} - {day}"], """
Dear {candidate},

Thank you for your application. We would be pleased to welcome you for an interview at our office on {day} at {time}. Please ask for {person} at the reception desk and bring a photo ID.

The interview will last around one hour and will include a conversation with the team lead.

Kindly confirm your attendance by replying to this email.

Best regards,
{person}
HR Department, {company}""", senders=["person", "direct"]),
    T("interview_invite", "interviewing", "moved-forward-short", ["Next steps with {company}", "We'd like to talk!"], """
Hi {first} - thanks for applying for {role}. We'd like to move forward and set up a 30 minute intro call with our hiring manager. Grab any open time on this calendar: {link}

Talk soon!
{person}""", senders=["person", "ashby", "lever"]),
    T("next_round", "interviewing", "final-round-virtual", ["Final interview - {role}", "{company}: final round scheduling"], """
Hi {first},

Thank you for your time so far. The team would like to invite you to the final round of interviews for the {role} position: three back-to-back video interviews covering system design, collaboration and a conversation with our VP.

Please reply with your availability for {day} or early next week and I'll coordinate the schedule.

Best,
{person}""", senders=["person", "person", "greenhouse"]),
    T("assessment", "interviewing", "skills-test", ["Skills test invitation - {role}", "Please complete your assessment"], """
Hello {first},

Thank you for applying to {company}. Before we schedule interviews, we ask all candidates for the {role} position to complete a short skills assessment. It takes about 30 minutes and can be completed at any time within the next {days} days.

Start your assessment: https://app.testgorilla.com/s/{slug}

Good luck!""", senders=["workday", "smartrecruiters", "direct-noreply", "teamtailor"]),
    T("rejection", "rejected", "after-assessment", ["Your assessment results - {company}", "Update following your assessment"], """
Hi {first},

Thank you for completing the assessment for the {role} role. We appreciate the time and effort you invested.

After reviewing the results, we have decided not to move forward with your application at this stage. We encourage you to apply for other roles at {company} that match your experience.

Kind regards,
{company} Recruiting""", senders=ATS_ALL),
    T("offer", "offer", "conditional-offer", ["Conditional offer of employment", "Offer: {role}"], """
Dear {candidate},

I am pleased to confirm our offer of employment for the position of {role} with {company}. This offer is conditional on satisfactory references and a background check.

Your starting salary will be ${salary} per annum, with 25 days of paid vacation. Your proposed start date is {start}.

To accept, please sign the attached offer letter and return it to me. We look forward to welcoming you!

Yours sincerely,
{person}
Human Resources Manager""", senders=["person", "direct", "workday"]),
    T("not_job", "none", "interview-podcast", ["New episode: an interview with a startup founder", "This week's interview: scaling a data team"], """
Hi {first},

In this week's episode, we interview the founder of a fast-growing startup about hiring their first engineers, building culture and what they look for in candidates.

Listen now on your favourite podcast app.

Thanks for subscribing! Unsubscribe""", sender="The Builders Podcast <hello@builderspod.fm>", footer=False),
    T("not_job", "none", "webinar", ["Webinar invitation: Ace your next interview", "Join our live session on {day}"], """
Hi {first},

Join our free live webinar on {day} at {time}: "How to ace your next job interview". Our career experts will share tips on answering behavioural questions and negotiating your salary.

Register now - seats are limited!

Unsubscribe""", sender="CareerBoost Academy <events@careerboost.com>", footer=False),
]

# Calendar, e-signature and scheduling-tool mail, and their non-job look-alikes.
TEMPLATES += [
    T("interview_invite", "interviewing", "calendar-invite", ["Invitation: {candidate} <> {company} | Interview @ {day} {time} - 45 min", "Updated invitation: {role} interview with {company} @ {day} {time}"], """
{company} has invited you to the following event.

{role} interview - {candidate}
When: {day} {time} - 45 minutes
Joining info: Join with Google Meet meet.google.com/xkq-rmtz-pdw
Organizer: {person}

Going? Yes - Maybe - No
Invitation from Google Calendar""", senders=["person", "direct"], footer=False),
    T("interview_invite", "interviewing", "scheduled-confirmation", ["Confirmed: your interview with {company}", "Your interview has been scheduled"], """
Hi {first},

Your interview for {role} at {company} has been scheduled.

Date: {day}
Time: {time}
Interviewers: {person}
Location: Zoom (link in the calendar invite)

Need to reschedule? Use the link in your confirmation email or reply to this message.""", senders=["greenhouse", "ashby", "lever", "direct-noreply"]),
    T("interview_invite", "interviewing", "rescheduled", ["Rescheduled: interview with {company}", "Change of time for your {role} interview"], """
Hi {first},

Apologies for the change: {person} had a conflict, so we've moved your interview for the {role} position to {day} at {time}. The video link stays the same.

Let me know if the new time doesn't work and we'll find another slot.

Thanks for your flexibility,
{company} Recruiting""", senders=["person", "greenhouse", "ashby"]),
    T("assessment", "interviewing", "hirevue-invite", ["{company} has invited you to a HireVue interview", "Next step: digital interview for {role}"], """
Hello {first},

Thank you for your interest in {company}. We would like to invite you to complete a digital interview for the {role} position. You will record answers to a few questions at a time that suits you, within the next {days} days.

Start your HireVue interview: https://app.hirevue.com/interviews/{slug}

Good luck!""", senders=["workday", "icims", "direct-noreply", "smartrecruiters"]),
    T("offer", "offer", "docusign-offer", ["Please DocuSign: Offer Letter - {candidate}", "Complete with DocuSign: {company} Offer Letter"], """
{person} sent you a document to review and sign.

REVIEW DOCUMENT

{person}
{company}

Hi {first}, please review and sign your offer letter for the {role} position at {company}. Congratulations and welcome to the team!

Do Not Share This Email. This email contains a secure link to DocuSign.""", sender="{person} via Docusign <dse@docusign.net>", footer=False),
    T("rejection", "rejected", "final-round-no", ["Your candidacy for {role}", "Final decision - {role} at {company}"], """
Hi {first},

Thank you for spending so much time with us over the last few weeks and for your thoughtful final-round presentation. The panel was genuinely impressed.

This was one of our toughest decisions, but we've decided to extend an offer to another candidate whose experience maps more directly to the team's immediate priorities.

I'd love to stay in touch, and I hope our paths cross again.

Warmly,
{person}""", senders=["person", "person", "greenhouse"]),
    T("rejection", "rejected", "ats-short", ["Regarding your application to {company}", "{company} | Application update"], """
Dear {first},

Thank you for your interest in the {role} role. After reviewing your background, we have decided to move forward with other candidates at this time.

We appreciate the time you took to apply.

{company}""", senders=ATS_ALL),
    T("not_job", "none", "docusign-lease", ["Please DocuSign: Lease Agreement - Unit 5A", "Complete with DocuSign: Renewal Offer"], """
Riverside Property Management sent you a document to review and sign.

REVIEW DOCUMENT

Hi {first}, please review and sign your lease renewal for Unit 5A. Your renewal offer includes a 12-month term starting {start}.

Do Not Share This Email. This email contains a secure link to DocuSign.""", sender="Riverside Property Management via Docusign <dse@docusign.net>"),
    T("not_job", "none", "dentist-calendar", ["Invitation: Dental cleaning @ {day} {time}", "Appointment reminder: {day} at {time}"], """
This is a reminder of your appointment with Dr. {person} on {day} at {time}.

Please arrive 10 minutes early and bring your insurance card. To reschedule, call our office or use the link below.

Invitation from Google Calendar""", sender="Bright Smile Dental <appointments@brightsmile.example>"),
    T("not_job", "none", "team-meeting", ["Invitation: Weekly sync @ {day} {time}", "Updated invitation: Q3 planning @ {day}"], """
{person} has invited you to the following event.

Weekly sync
When: {day} {time} - 30 minutes
Joining info: Join Zoom Meeting https://zoom.us/j/93817265011

Agenda: project updates, blockers, next sprint.

Going? Yes - Maybe - No""", sender="{person} <calendar-notification@google.com>"),
    T("not_job", "none", "profile-views", ["{n} people viewed your profile", "You appeared in {n} searches this week"], """
Hi {first},

Your profile is getting noticed! {n} people viewed your profile this week, including a recruiter at a company in your network.

See who viewed your profile with Premium. Try it free for one month.

Unsubscribe""", sender="LinkedIn <notifications-noreply@linkedin.com>", footer=False),
]
