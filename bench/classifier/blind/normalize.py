"""Turn the writers' reserved example domains into ordinary ones (the product never sees '.example')."""
import json, re, sys
TLD = {'en': 'com', 'de': 'de', 'fr': 'fr', 'es': 'es', 'nl': 'nl', 'pt': 'pt'}
FREE = {'gmail', 'outlook', 'hotmail', 'yahoo', 'icloud', 'live', 'gmx', 'web', 'orange', 'free', 'proton', 'protonmail', 'aol', 'msn', 't-online', 'bol', 'uol', 'terra', 'telenet', 'ziggo', 'kpnmail', 'sapo', 'wanadoo', 'laposte'}
# A recruiting system sends from its own real domain whatever the writer invented around its name.
VENDORS = [('greenhouse', 'greenhouse-mail.io'), ('myworkday', 'myworkday.com'), ('workday', 'myworkday.com'), ('smartrecruiters', 'smartrecruiters.com'),
           ('lever', 'hire.lever.co'), ('ashby', 'ashbyhq.com'), ('personio', 'personio.de'), ('softgarden', 'softgarden.io'), ('recruitee', 'recruitee.com'),
           ('teamtailor', 'teamtailor-mail.com'), ('gupy', 'gupy.io'), ('workable', 'workablemail.com'), ('codesignal', 'codesignal.com'),
           ('hackerrank', 'hackerrank.com'), ('codility', 'codility.com'), ('testgorilla', 'testgorilla.com'), ('hirevue', 'hirevue.com'),
           ('inhire', 'inhire.com.br'), ('icims', 'icims.com'), ('taleo', 'taleo.net'), ('successfactors', 'successfactors.eu'), ('bamboohr', 'bamboohr.com'),
           ('jobvite', 'jobvite.com'), ('breezy', 'breezy.hr'), ('join-com', 'join.com'), ('welcometothejungle', 'welcometothejungle.com'), ('nhs-notify', 'jobs.nhs.uk'), ('nhsjobs', 'jobs.nhs.uk')]
states_and_codes_that_are_names = {'wa', 'sa', 'nt'}
FREE_SERVICES = {'sapo': 'sapo.pt', 'btinternet': 'btinternet.com', 'gmail': 'gmail.com', 'hotmail': 'hotmail.com', 'outlook': 'outlook.com', 'yahoo': 'yahoo.com'}
HOST = re.compile(r'\b((?:[a-z0-9-]+\.)*?)example((?:\.[a-z]{2,})*)\b', re.I)

def fix(text, lang):
    def one(m):
        before, after = m.group(1), m.group(2)
        if not before:
            return m.group(0)  # example.com itself
        labels = before.rstrip('.').split('.')
        for i, label in enumerate(labels):
            for key, real in VENDORS:
                if key in label.lower():
                    head = labels[:i]
                    if head and real.startswith(head[-1] + '.'):
                        head = head[:-1]
                    return '.'.join(head + [real])
        if after:
            return '.'.join(labels) + after
        last = labels[-1].lower()
        free = next((f for f in FREE_SERVICES if f in last), None)
        if free:
            return '.'.join(labels[:-1] + [FREE_SERVICES[free]])
        if last in ('gov', 'edu', 'org', 'net', 'com') or len(last) == 2 and last not in states_and_codes_that_are_names:
            states = {'nsw', 'vic', 'qld', 'wa', 'sa', 'tas', 'act', 'nt'}
            return '.'.join(labels) + ('.au' if len(labels) > 1 and labels[-2].lower() in states else '')
        if last in FREE:
            return '.'.join(labels) + '.com'
        return '.'.join(labels) + '.' + TLD.get(lang, 'com')
    # 'examplemail.com' is a writer's stand-in for free mail.
    text = re.sub(r'\bmailbox-example\.net\b', 'outlook.com', text)
    return HOST.sub(one, re.sub(r'\bexamplemail\.com\b', 'gmail.com', text))

src, dst = sys.argv[1], sys.argv[2]
with open(dst, 'w', encoding='utf-8') as out:
    for line in open(src, encoding='utf-8'):
        r = json.loads(line)
        for k in ('from', 'to', 'body', 'subject'):
            r[k] = fix(r[k], r.get('lang', 'en'))
        out.write(json.dumps(r, ensure_ascii=False) + '\n')
