using ApplyTrack.MailSim.Mailboxes;
using static ApplyTrack.MailSim.Demo.JobSearchStory;

namespace ApplyTrack.MailSim.Demo;

/// <summary>
/// The ordinary mail that surrounds a job search: newsletters, receipts and deliveries, bank and bills, social
/// notifications, friends and family, promotions, travel, security notices. Generated from templates with a fixed seed,
/// so every demo mailbox is the same relative to its clock. None of it is job-related.
/// </summary>
public static class EverydayMail
{
    public const string ReceiptsFolder = "Receipts";
    public const string NewslettersFolder = "Newsletters";

    public static IEnumerable<DemoLetter> Letters(Random random)
    {
        double Day(double from, double to) => from + random.NextDouble() * (to - from);
        T Pick<T>(IReadOnlyList<T> items) => items[random.Next(items.Count)];

        // Daily news brief (most weekdays) and two weekly newsletters.
        var headlines = new[]
        {
            "City council approves new harbour bike bridge", "Electricity prices fall for third week", "What the rate decision means for mortgages",
            "Nordic startups raised record funding this quarter", "Weekend weather: sun returns on Saturday", "Museum night draws 40,000 visitors",
            "Rail works will close the coastal line in November", "Five books to read this autumn", "Why oat milk prices are climbing",
            "New metro line opens two months early", "Football: late winner sends FC Harbour top", "Scientists map the seabed of the Øresund",
        };
        for (var day = 44; day >= 0; day--)
        {
            if (day % 7 is 5 or 6) continue;
            var picks = headlines.OrderBy(_ => random.Next()).Take(3).ToList();
            yield return new(day + 0.27 + random.NextDouble() * 0.02, "The Morning Brief <brief@morningbrief.example>", $"Morning Brief: {picks[0]}",
                null, Html($"<h1>Good morning</h1><ol>{string.Concat(picks.Select(h => $"<li>{h}</li>"))}</ol><p>Read more at morningbrief.example · <a href=\"https://morningbrief.example/u\">Unsubscribe</a></p>"))
            { Folder = NewslettersFolder, IsRead = day > 2 && random.NextDouble() < 0.7 };
        }
        for (var week = 0; week < 7; week++)
        {
            yield return new(44 - week * 7 + 0.4, "Product Notes Weekly <hello@productnotes.example>",
                Pick(["Roadmaps that survive contact with reality", "How to run a pre-mortem", "Metrics that matter for marketplaces", "Writing a one-page strategy", "The art of saying no", "Discovery habits for busy teams", "Pricing experiments without tears"]),
                null, Html("<h2>This week in product</h2><p>Three essays, two tools and one question to argue about with your team.</p><p><a href=\"https://productnotes.example\">Read online</a></p>"))
            { Folder = NewslettersFolder, IsRead = week < 6 };
            yield return new(42 - week * 7 + 0.7, "Green Kitchen Club <recipes@greenkitchen.example>",
                Pick(["5 weeknight dinners under 30 minutes", "Autumn soups to batch-cook", "The best sourdough for beginners", "One-pan pasta, three ways", "Meal prep for a busy week", "Pumpkin everything", "Crispy tofu that actually works"]),
                null, Html("<h2>This week's recipes</h2><p>Seasonal, simple and mostly plants.</p><p><a href=\"https://greenkitchen.example/recipes\">Get cooking</a></p>"))
            { IsRead = random.NextDouble() < 0.6 };
        }

        // Shopping: order → shipped → delivered threads.
        var orders = new[]
        {
            ("Nordhaus Online <orders@nordhaus.example>", "Wireless noise-cancelling headphones", 1299m), ("Bookshelf.example <orders@bookshelf.example>", "\"Inspired\" and 2 other books", 389m),
            ("Nordhaus Online <orders@nordhaus.example>", "USB-C dock", 649m), ("Urban Outfit <shop@urbanoutfit.example>", "Merino wool sweater", 799m),
            ("PlantLovers <hello@plantlovers.example>", "Monstera deliciosa (large)", 349m), ("Bookshelf.example <orders@bookshelf.example>", "\"The Mom Test\"", 159m),
            ("RunFast <orders@runfast.example>", "Trail running shoes", 1149m), ("Nordhaus Online <orders@nordhaus.example>", "Espresso grinder", 1899m),
            ("Urban Outfit <shop@urbanoutfit.example>", "Rain jacket", 999m), ("PetPantry <orders@petpantry.example>", "Cat food, 12 kg", 429m),
        };
        foreach (var (shop, item, price) in orders)
        {
            var ordered = Day(3, 44);
            var number = random.Next(100000, 999999);
            var thread = $"order-{number}";
            yield return new(ordered, shop, $"Order confirmation #{number}",
                $"Thank you for your order!\n\nOrder #{number}\n{item} — DKK {price:0.00}\nDelivery: 2–4 business days\n",
                Html($"<h2>Thank you for your order!</h2><p>Order <b>#{number}</b></p><table><tr><td>{item}</td><td>DKK {price:0.00}</td></tr></table><p>We'll let you know when it ships.</p>"))
            { Folder = ReceiptsFolder, Thread = thread, IsRead = true };
            yield return new(ordered - 1.1, shop, $"Your order #{number} has shipped",
                $"Good news — your order #{number} is on its way.\nTrack your parcel: https://track.example/{number}\n") { Thread = thread, IsRead = ordered > 3 };
            if (ordered > 3)
                yield return new(ordered - 2.6, "PostNord Parcels <noreply@parcels.example>", $"Your parcel has been delivered",
                    $"Your parcel {number}DK was delivered to your parcel box at 14:12.\n") { IsRead = true };
        }

        // Money: card statements, bills, a tax notice.
        for (var month = 0; month < 2; month++)
        {
            yield return new(40 - month * 30 + 0.3, "Harbour Bank <no-reply@harbourbank.example>", "Your card statement is ready",
                "Your Visa statement for last month is ready in online banking. Amount due: see statement. Due date: the 25th.\n") { IsRead = true };
            yield return new(35 - month * 30 + 0.5, "CityPower <billing@citypower.example>", "Your electricity bill",
                $"Hi Alex,\n\nYour bill for the period is DKK {random.Next(380, 720)}.00 and will be paid by direct debit on the 1st.\n\nCityPower\n") { Folder = ReceiptsFolder, IsRead = true };
            yield return new(33 - month * 30 + 0.2, "Nordlink Mobile <invoice@nordlink.example>", "Your mobile invoice",
                "Your invoice for 149.00 DKK is now available. Thank you for being a customer.\n") { Folder = ReceiptsFolder, IsRead = true };
        }
        for (var i = 0; i < 12; i++)
            yield return new(Day(0, 44), "Harbour Bank <no-reply@harbourbank.example>", Pick(["Payment received", "A new device signed in to online banking", "Your savings goal is 80% there", "Transfer completed"]),
                "This is an automatic message from Harbour Bank. Log in to online banking for details.\n") { IsRead = random.NextDouble() < 0.8 };
        yield return new(26.4, "Tax Agency <no-reply@tax.example>", "New message in your tax inbox",
            "You have received a new message about your preliminary income assessment. Log in to read it.\n") { IsRead = true };

        // Social and apps.
        var people = new[] { "Sofie Jensen", "Marcus Lind", "Aisha Bello", "Jonas Weber", "Emma Nilsson", "Noah Berg", "Lucía Gómez", "Kenji Sato" };
        for (var i = 0; i < 36; i++)
        {
            var person = Pick(people);
            var (from, subject) = Pick<(string, string)>(
            [
                ("FriendBook <notification@friendbook.example>", $"{person} commented on your photo"),
                ("Snapgram <no-reply@snapgram.example>", $"{person} started following you"),
                ("RunClub <no-reply@runclub.example>", $"{person} gave you kudos"),
                ("Meetups <info@meetups.example>", "New event: Product Coffee Copenhagen"),
                ("Neighbours <no-reply@neighbours.example>", "Lost cat on Vesterbrogade — have you seen her?"),
            ]);
            yield return new(Day(0, 44), from, subject, $"{subject}.\n\nOpen the app to see more.\n") { IsRead = random.NextDouble() < 0.75 };
        }

        // Friends and family threads.
        var conversations = new (string From, string Subject, string[] Lines)[]
        {
            ("Mum <helen.morgan@familymail.example>", "Sunday lunch?", ["Are you coming on Sunday? Dad is making his lamb stew.", "Great! Bring the good bread from the bakery please x"]),
            ("Sofie Jensen <sofie.jensen@mailbox.example>", "Climbing Thursday", ["Still on for climbing at 18:00? I can pick you up.", "Booked the wall for 18:30 — see you there!"]),
            ("Marcus Lind <marcus.lind@mailbox.example>", "Photos from the wedding", ["Finally uploaded the photos — link inside. You look great in the one by the lake!"]),
            ("Aisha Bello <aisha.bello@mailbox.example>", "Book club – next pick", ["Next month we're reading 'Klara and the Sun'. Can you host?", "Perfect, your place on the 14th then."]),
            ("Dad <tom.morgan@familymail.example>", "Car insurance", ["Did you sort out the car insurance renewal? It's due at the end of the month."]),
            ("Jonas Weber <jonas.weber@mailbox.example>", "Cabin trip in spring", ["Thinking of renting the cabin in Skagen again in April. In?", "I've put a deposit down — 4 of us so far."]),
            ("Emma Nilsson <emma.nilsson@mailbox.example>", "Coffee next week?", ["Long time! Coffee next week? I want to hear how everything is going."]),
            ("Grandma Ruth <ruth.morgan@familymail.example>", "Thank you for the flowers", ["The tulips were lovely, thank you dear. Call me soon."]),
            ("Noah Berg <noah.berg@mailbox.example>", "Band rehearsal moved", ["Rehearsal is moved to Wednesday this week, same time.", "Bring the new setlist if you printed it!"]),
        };
        foreach (var (index, (from, subject, lines)) in conversations.Index())
        {
            var start = Day(1, 44);
            var thread = $"personal-{index}";
            for (var i = 0; i < lines.Length; i++)
                yield return new(Math.Max(0.05, start - i * Day(0.2, 1.5)), from, i == 0 ? subject : $"Re: {subject}", $"Hi Alex,\n\n{lines[i]}\n")
                { Thread = thread, IsRead = start > 1.5 };
        }

        // Promotions; a share lands in Junk.
        var promotions = new[]
        {
            ("Nordhaus Online <offers@nordhaus.example>", "Black Week starts now: up to 40% off"), ("Urban Outfit <news@urbanoutfit.example>", "New season, new layers"),
            ("FlyNord <deals@flynord.example>", "Winter sun from DKK 799"), ("RunFast <news@runfast.example>", "Members get double points this weekend"),
            ("StreamBox <hello@streambox.example>", "New this week on StreamBox"), ("PizzaNow <deals@pizzanow.example>", "2 for 1 on Tuesdays"),
            ("Lucky Prize Center <winner@prizes.example>", "Congratulations! You have been selected"), ("CheapMeds <offers@meds.example>", "Limited time offer"),
        };
        for (var i = 0; i < 56; i++)
        {
            var (from, subject) = promotions[random.Next(promotions.Length)];
            var spam = from.Contains("prizes") || from.Contains("meds");
            yield return new(Day(0, 44), from, subject, null,
                Html($"<h1>{subject}</h1><p>Don't miss out — offer ends soon.</p><p><a href=\"https://example.com/offer\">Shop now</a></p><p style=\"font-size:11px\">Unsubscribe any time.</p>"))
            { Folder = spam ? WellKnownFolder.JunkEmail : WellKnownFolder.Inbox, IsRead = random.NextDouble() < 0.5 };
        }

        // Travel, health, home, security.
        yield return new(39.5, "FlyNord <booking@flynord.example>", "Booking confirmation – Copenhagen to Lisbon",
            "Booking reference K7Q2LM\nCopenhagen (CPH) → Lisbon (LIS), Friday 07:05\nLisbon (LIS) → Copenhagen (CPH), Monday 19:40\n",
            Html("<h2>You're going to Lisbon!</h2><p>Booking reference <b>K7Q2LM</b></p>")) { Folder = ReceiptsFolder, Thread = "trip-lisbon", IsRead = true };
        yield return new(32.2, "FlyNord <booking@flynord.example>", "Check-in is open for your flight to Lisbon",
            "Check in now and choose your seat.\n") { Thread = "trip-lisbon", IsRead = true };
        yield return new(31.8, "Casa Azul Guesthouse <reservas@casaazul.example>", "Your stay in Lisbon",
            "Olá Alex! We look forward to welcoming you on Friday. Check-in from 15:00; the code for the door will follow.\n") { IsRead = true };
        yield return new(21.3, "Smile Dental <reminders@smiledental.example>", "Appointment reminder: Tuesday 08:30",
            "This is a reminder of your dental check-up on Tuesday at 08:30. Reply C to cancel.\n") { IsRead = true };
        yield return new(11.7, "FitHub Gym <members@fithub.example>", "Your spin class is booked",
            "You're booked for Spin 45 on Wednesday at 07:00 with Ida. See you there!\n") { IsRead = true };
        yield return new(4.4, "Harbour Housing <admin@harbourhousing.example>", "Water will be shut off on Thursday 9–12",
            "Dear residents,\n\nDue to pipe maintenance, the water supply will be interrupted on Thursday from 09:00 to 12:00.\n\nHarbour Housing\n") { IsRead = false };
        for (var i = 0; i < 4; i++)
            yield return new(Day(0, 44), "Account Security <security@accounts.example>", "New sign-in to your account",
                "We noticed a new sign-in to your account from Chrome on Windows. If this was you, you can ignore this email.\n") { IsRead = true };
        for (var i = 0; i < 5; i++)
            yield return new(Day(0, 44), "StreamBox <billing@streambox.example>", "Your StreamBox receipt",
                "Thanks for your payment of DKK 119.00 for StreamBox Standard.\n") { Folder = ReceiptsFolder, IsRead = true };
        for (var i = 0; i < 12; i++)
            yield return new(Day(0, 44), "Harbour Volunteers <team@harbourvolunteers.example>", Pick(["Beach clean-up this Saturday", "Thank you for helping out!", "Volunteer rota for next month", "Food bank needs drivers"]),
                "Hi Alex,\n\nThanks for being part of Harbour Volunteers. Details are on the volunteer page.\n\nThe team\n") { IsRead = random.NextDouble() < 0.8 };
        for (var i = 0; i < 14; i++)
            yield return new(Day(0, 44), "Lakeshore Logistics IT <it-notices@lakeshore.example>", Pick(["Scheduled maintenance this weekend", "Reminder: update your laptop", "Your password expires in 7 days", "New VPN client available"]),
                "This is an automated message from the IT service desk.\n") { Folder = WellKnownFolder.Archive, IsRead = true };
        for (var i = 0; i < 10; i++)
            yield return new(Day(0, 44), "Cloud Photos <memories@cloudphotos.example>", Pick(["Your memories from this day", "Your storage is 85% full", "New shared album: Lisbon", "A look back at your summer"]),
                null, Html("<h2>Relive the moment</h2><p>We put together some photos for you.</p><p><a href=\"https://cloudphotos.example\">Open Cloud Photos</a></p>"))
            { IsRead = random.NextDouble() < 0.7 };
    }
}
