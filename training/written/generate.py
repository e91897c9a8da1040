#!/usr/bin/env python3
"""Writes written.jsonl: job-search email WRITTEN FOR TRAINING the ApplyTrack classifier (not real mail).

Templates are hand-written per language and event; slots (company, role, people, dates, ATS sender, HTML or text,
footers, quoted history) vary with a fixed seed so the output is reproducible. See README.md.
"""
import json
import random
from templates_en import TEMPLATES as EN
from templates_intl import TEMPLATES as INTL

SEED = 20250601
PER_TEMPLATE = 8

COMPANIES = {
    "en": [("Northwind Analytics", "northwindanalytics.com"), ("Brightwave", "brightwave.io"), ("Helios Energy", "heliosenergy.com"),
           ("Copperleaf Health", "copperleafhealth.com"), ("Tandem Robotics", "tandemrobotics.ai"), ("Bluefin Payments", "bluefinpay.com"),
           ("Orchard Labs", "orchardlabs.co"), ("Meridian Insurance", "meridianins.com"), ("Quillon", "quillon.com"),
           ("Stratus Cloudworks", "stratuscloudworks.com"), ("Larkspur Media", "larkspurmedia.com"), ("Vantage Freight", "vantagefreight.com"),
           ("Pinecrest Bank", "pinecrestbank.com"), ("Redwood Genomics", "redwoodgenomics.com"), ("Atlas & Finch", "atlasfinch.com"),
           ("Kitewing", "kitewing.app"), ("Summit Retail Group", "summitretail.com"), ("Harbor Logistics", "harborlogistics.com"),
           ("Lumen Learning Co", "lumenlearning.co"), ("Everstone Capital", "everstonecap.com")],
    "de": [("Kranich Logistik", "kranich-logistik.de"), ("Nordlicht Software", "nordlicht-software.de"), ("Bergmann Maschinenbau", "bergmann-mb.de"),
           ("Elbtal Versicherungen", "elbtal-versicherungen.de"), ("Sonnenfeld Energie", "sonnenfeld-energie.de"), ("Isarwerk Digital", "isarwerk.de"),
           ("Falkenstein Pharma", "falkenstein-pharma.de"), ("Rheinblick Consulting", "rheinblick.de")],
    "fr": [("Maison Lumière", "maisonlumiere.fr"), ("Azur Numérique", "azur-numerique.fr"), ("Groupe Vercors", "groupe-vercors.fr"),
           ("Atelier Sirius", "ateliersirius.fr"), ("Banque Garonne", "banque-garonne.fr"), ("Nova Santé", "novasante.fr"),
           ("Opale Conseil", "opale-conseil.fr"), ("Cobalt Data", "cobaltdata.fr")],
    "es": [("Grupo Alhambra", "grupoalhambra.es"), ("Solaria Tecnología", "solariatec.es"), ("Banco Mirador", "bancomirador.es"),
           ("Vía Láctea Logística", "vialactea.es"), ("Cumbre Seguros", "cumbreseguros.es"), ("Datanorte", "datanorte.com"),
           ("Olivo Digital", "olivodigital.es"), ("Marea Consultores", "mareaconsultores.es")],
    "nl": [("Polderwerk", "polderwerk.nl"), ("Tulpstad Software", "tulpstad.nl"), ("Grachtengroep", "grachtengroep.nl"),
           ("Windmolen Energie", "windmolenenergie.nl"), ("Dijkstra Logistiek", "dijkstralogistiek.nl"), ("Kade Finance", "kadefinance.nl"),
           ("Noordzee Data", "noordzeedata.nl"), ("Hofstede Zorg", "hofstedezorg.nl")],
    "pt": [("Grupo Atlântico", "grupoatlantico.pt"), ("Ipê Tecnologia", "ipetecnologia.com.br"), ("Banco Horizonte", "bancohorizonte.com.br"),
           ("Maré Logística", "marelogistica.pt"), ("Sabiá Digital", "sabiadigital.com.br"), ("Cerrado Energia", "cerradoenergia.com.br"),
           ("Tejo Consultoria", "tejoconsultoria.pt"), ("Jabuti Dados", "jabutidados.com.br")],
}

ROLES = {
    "en": ["Data Analyst", "Senior Software Engineer", "Product Manager", "Marketing Coordinator", "Machine Learning Engineer",
           "Financial Analyst", "UX Designer", "Customer Success Manager", "Backend Engineer", "Business Intelligence Analyst",
           "Operations Associate", "Data Scientist", "Frontend Developer", "Account Executive", "Supply Chain Analyst"],
    "de": ["Data Analyst", "Softwareentwickler", "Projektmanagerin", "Vertriebsmitarbeiter", "Werkstudent Marketing",
           "Backend-Entwickler", "Controller", "Produktmanager", "IT-Systemadministrator", "Personalreferentin"],
    "fr": ["Data Analyst", "Chef de projet digital", "Développeur Full Stack", "Chargée de recrutement", "Ingénieur Data",
           "Responsable marketing", "Contrôleur de gestion", "Product Owner", "Consultant SAP", "Business Developer"],
    "es": ["Analista de Datos", "Desarrollador Backend", "Jefe de Proyecto", "Técnico de Marketing", "Ingeniera de Software",
           "Analista Financiero", "Diseñador UX", "Responsable de Operaciones", "Científico de Datos", "Ejecutivo de Cuentas"],
    "nl": ["Data Analist", "Software Developer", "Projectmanager", "Marketingmedewerker", "Business Controller",
           "Product Owner", "Backend Developer", "Accountmanager", "Data Engineer", "HR Adviseur"],
    "pt": ["Analista de Dados", "Desenvolvedor Backend", "Gerente de Projetos", "Analista de Marketing", "Engenheira de Software",
           "Analista Financeiro", "Designer UX", "Cientista de Dados", "Executivo de Contas", "Analista de Suprimentos"],
}

PEOPLE = {
    "en": ["Megan Ortiz", "Daniel Brooks", "Priya Raman", "Chris Novak", "Alicia Chen", "Tom Whitaker", "Rachel Kim", "Marcus Bell"],
    "de": ["Anna Schmidt", "Jonas Becker", "Katrin Vogel", "Lukas Hoffmann", "Miriam Krause", "Felix Wagner"],
    "fr": ["Camille Martin", "Julien Moreau", "Sophie Laurent", "Thomas Girard", "Claire Dubois", "Antoine Roux"],
    "es": ["Lucía García", "Javier Romero", "Marta Navarro", "Pablo Ortega", "Elena Castillo", "Diego Ruiz"],
    "nl": ["Sanne de Vries", "Daan Jansen", "Fleur Bakker", "Ruben Visser", "Lotte Smit", "Bram de Boer"],
    "pt": ["Ana Souza", "Pedro Almeida", "Mariana Costa", "Rafael Lima", "Beatriz Ferreira", "João Carvalho"],
}

CANDIDATES = {
    "en": ["Jordan Lee", "Sam Carter", "Taylor Morgan", "Alex Rivera"], "de": ["Lena Wagner", "Tim Fischer", "Sarah Keller"],
    "fr": ["Julie Bernard", "Nicolas Petit", "Léa Fontaine"], "es": ["Carmen López", "Andrés Molina", "Sofía Herrera"],
    "nl": ["Eva Mulder", "Thijs Vermeulen", "Noor Hendriks"], "pt": ["Camila Rocha", "Lucas Barbosa", "Inês Martins"],
}

ATS = [
    ("greenhouse", "{company} <no-reply@us.greenhouse-mail.io>"),
    ("lever", "{company} <no-reply@hire.lever.co>"),
    ("workday", "{company} Talent Acquisition <{slug}@myworkday.com>"),
    ("smartrecruiters", "{company} Hiring Team <notifications@smartrecruiters.com>"),
    ("ashby", "{company} Recruiting <no-reply@ashbyhq.com>"),
    ("teamtailor", "{company} <noreply@teamtailor-mail.com>"),
    ("icims", "{company} Careers <careers-{slug}@icims.com>"),
    ("personio", "{company} <jobs@personio.de>"),
    ("direct", "{company} Careers <careers@{domain}>"),
    ("direct-noreply", "{company} <no-reply@{domain}>"),
]

WEEKDAYS = {"en": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"], "de": ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag"],
            "fr": ["lundi", "mardi", "mercredi", "jeudi", "vendredi"], "es": ["lunes", "martes", "miércoles", "jueves", "viernes"],
            "nl": ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag"], "pt": ["segunda-feira", "terça-feira", "quarta-feira", "quinta-feira", "sexta-feira"]}

FOOTERS = {
    "en": ["You are receiving this email because you applied for a position with {company}. Privacy Policy",
           "© 2025 {company}. All rights reserved.", "Please do not reply to this automated message."],
    "de": ["Diese E-Mail wurde automatisch erstellt, bitte antworten Sie nicht darauf. Datenschutzerklärung", "© 2025 {company}. Alle Rechte vorbehalten."],
    "fr": ["Ceci est un message automatique, merci de ne pas y répondre. Politique de confidentialité", "© 2025 {company}. Tous droits réservés."],
    "es": ["Este es un mensaje automático, por favor no respondas. Política de privacidad", "© 2025 {company}. Todos los derechos reservados."],
    "nl": ["Dit is een automatisch bericht, je kunt hier niet op antwoorden. Privacybeleid", "© 2025 {company}. Alle rechten voorbehouden."],
    "pt": ["Esta é uma mensagem automática, por favor não responda. Política de privacidade", "© 2025 {company}. Todos os direitos reservados."],
}

PLATFORMS = ["HackerRank", "Codility", "CodeSignal", "TestGorilla", "HireVue"]
SCHEDULERS = ["https://calendly.com/{slug}-recruiting/30min", "https://app.goodtime.io/schedule/{slug}/x7Kq2",
              "https://cal.com/{slug}/interview", "https://outlook.office365.com/owa/calendar/{slug}@{domain}/bookings/"]


def slug(company):
    return "".join(ch for ch in company.lower() if ch.isalnum())


def sender_for(style, company, domain, person):
    if style == "person":
        first, last = person.lower().split(" ", 1)
        ascii_first = first.translate(str.maketrans("áéíóúãçêôüöäëïèàâî", "aeiouaceouoaeieaai"))
        ascii_last = last.replace(" ", "").translate(str.maketrans("áéíóúãçêôüöäëïèàâî", "aeiouaceouoaeieaai"))
        return f"{person} <{ascii_first}.{ascii_last}@{domain}>"
    if style == "none":
        return ""
    pattern = dict(ATS)[style]
    return pattern.format(company=company, slug=slug(company), domain=domain)


def to_html(text, company):
    paragraphs = [p for p in text.split("\n\n") if p.strip()]
    inner = "".join(f"<p>{p.replace(chr(10), '<br>')}</p>" for p in paragraphs)
    return (f"<html><head><style>p{{font-family:Arial}}</style></head><body><table width=\"600\"><tr><td>"
            f"<img src=\"https://cdn.{slug(company)}.com/logo.png\" alt=\"{company}\">{inner}</td></tr></table></body></html>")


def main():
    rng = random.Random(SEED)
    rows = []
    for index, t in enumerate(EN + INTL):
        lang = t["lang"]
        key = f"{lang}-{t['event']}-{t['name']}"
        for n in range(PER_TEMPLATE):
            company, domain = rng.choice(COMPANIES[lang])
            role = rng.choice(ROLES[lang])
            person = rng.choice(PEOPLE[lang])
            candidate = rng.choice(CANDIDATES[lang])
            first = candidate.split(" ")[0]
            slots = {
                "company": company, "role": role, "person": person, "person_first": person.split(" ")[0],
                "first": first, "candidate": candidate, "domain": domain, "slug": slug(company),
                "day": rng.choice(WEEKDAYS[lang]), "time": rng.choice(["9:30", "10:00", "11:00", "14:00", "15:30", "16:00"]),
                "days": rng.choice([3, 5, 7, 10]), "platform": rng.choice(PLATFORMS),
                "salary": rng.choice(["72,000", "85,000", "94,500", "110,000", "128,000"]),
                "salary_eu": rng.choice(["48.000", "55.000", "62.500", "71.000"]),
                "start": rng.choice(["March 3", "April 14", "May 5", "June 2", "September 1"]),
                "start_eu": rng.choice(["01.03.", "15.04.", "02.06.", "01.09."]),
                "ref": f"R{rng.randint(10000, 99999)}", "n": rng.randint(3, 25),
            }
            slots["link"] = rng.choice(SCHEDULERS).format(**slots)
            subject = rng.choice(t["subjects"]).format(**slots)
            body = t["body"].format(**slots).strip()
            style = rng.choice(t.get("senders", [s for s, _ in ATS]))
            sender = sender_for(style, company, domain, person) if "sender" not in t else t["sender"].format(**slots)
            if t.get("footer", True) and rng.random() < 0.6:
                body += "\n\n" + rng.choice(FOOTERS[lang]).format(**slots)
            if rng.random() < 0.25:
                body = to_html(body, company)
            if t.get("subject_only") and rng.random() < 0.5:
                body = ""
            label = t["label"]
            rows.append({
                "id": f"w-{key}-{n}", "from": sender, "to": f"{candidate} <{slug(candidate)}@example.com>",
                "subject": subject, "body": body, "date": f"2025-0{rng.randint(3, 9)}-{rng.randint(10, 28)}T{rng.randint(8, 18)}:{rng.randint(10, 59)}:00Z",
                "label": label, "event": t["event"], "lang": lang, "source": "written-for-training", "template": key,
                # The expected extraction is only what a reader could find in this email.
                "company": (company if label != "none" and t.get("names_company", True) and company in sender + subject + body else None),
                "role": (role if label != "none" and t.get("names_role", True) and role in subject + body else None),
            })
    with open("written.jsonl", "w", encoding="utf-8") as out:
        for row in rows:
            out.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"wrote {len(rows)} rows from {len(EN) + len(INTL)} templates")


if __name__ == "__main__":
    main()
