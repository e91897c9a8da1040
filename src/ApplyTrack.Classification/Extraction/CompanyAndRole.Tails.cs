using System.Text.RegularExpressions;
using ApplyTrack.Classification.Reading;

namespace ApplyTrack.Classification.Extraction;

/// <summary>
/// Words after an employer's name that the name does not carry: the country of a subsidiary ("Brightwater Foods UK")
/// and the trade of a firm in its letterhead ("Maguire Doherty Solicitors"). The blind writers dropped both wherever the
/// mail also knew the firm by the shorter name.
/// </summary>
internal static partial class CompanyAndRole
{
    /// <summary>
    /// "Keystone Logistics UK" signing mail that writes "Keystone Logistics" on its own, "Dunmore Hale Chartered
    /// Accountants" from dunmorehale.com: the shorter name is the one the employer goes by. A country or a trade the
    /// domain spells with the name ("Cancer Research UK" at cancerresearchuk.org) or that the mail never leaves off
    /// ("Claremont Solicitors" wherever it is written) stays.
    /// </summary>
    private static string WithoutTail(string company, string context, Sender sender)
    {
        company = KindWordBefore(company, context);
        var label = EmployersOwnLabel(sender) is { } own ? Fold(own) : null;
        if (label is not null && SiteOfTheDomainsName(company, context, label) is { } employer)
        {
            return employer;
        }

        // A trade the mail writes with the name in a sentence ("your application at Saltmarsh & Hale Accountants") is
        // how the firm names itself; a country is not, wherever it is written.
        var country = CountryTail().Match(company);
        var tail = country.Success ? country : TradeTail().Match(company);
        if (!tail.Success || tail.Index < 4 || !country.Success && InASentence(company, context))
        {
            return company;
        }

        var name = company[..tail.Index].TrimEnd(' ', ',', '–', '-', '—', '(');
        if (label is not null && label.Contains(Fold(company), StringComparison.Ordinal))
        {
            return company;
        }

        return label == Fold(name) || WrittenAlone(name, context) ? name : company;
    }

    // The country or region of a subsidiary at the end of a name: "… UK", "… US", "… Ireland", "… EMEA".
    [GeneratedRegex("""\s+(?:UK|U\.K\.|US|U\.S\.|USA|EMEA|APAC|Europe|Ireland|Singapore|India|Australia|Canada|Deutschland|Germany|Österreich|Austria|Schweiz|Suisse|Switzerland|France|España|Spain|Portugal|Brasil|Brazil|Nederland|Netherlands|Belgium|België|Belgique|México|Mexico|Nigeria|Kenya|South Africa|New Zealand|Philippines|Malaysia|Indonesia|Vietnam|Thailand|Japan|China|Hong Kong|Poland|Polska|Italia|Italy|Sweden|Norway|Denmark|Finland|UAE|Egypt|Pakistan|Sri Lanka|Benelux|Nordics|Iberia|LATAM|Asia Pacific)$""")]
    private static partial Regex CountryTail();

    // A firm's trade after its name in a letterhead: "… Solicitors", "… Chartered Accountants", "… (Chartered
    // Accountants)", "… LLP Solicitors", "… Estate Agents", "… Accounting".
    [GeneratedRegex("""\s+\(?(?:LLP\s+)?(?:Solicitors|Chartered Accountants|Chartered Certified Accountants|Accountants|Accounting|Bookkeeping|Estate Agents|Chartered Surveyors|Lawyers|Attorneys at Law|Distillers|Distillery|Brewery|Brewers|Roasters)\)?$""")]
    private static partial Regex TradeTail();

    /// <summary>
    /// "The Calder Museum of Science": the article is the name's own where the mail writes it with a capital inside a
    /// sentence ("Venue: Meeting Room 2, The Calder Museum of Science"), not where it opens a sentence or a signature
    /// line ("The Foxley Trust" under a sign-off: the blind writers split there, two to one against the article).
    /// </summary>
    private static string WithItsArticle(string company, string context)
    {
        // "Cataloguer role at the Lachlan Collection": an article the sentence writes in lower case is the sentence's.
        company = company.StartsWith("the ", StringComparison.Ordinal) && company.Length > 6 && char.IsUpper(company[4]) ? company[4..] : company;
        var named = "The " + company;
        for (var at = context.IndexOf(named, StringComparison.Ordinal); at >= 0; at = context.IndexOf(named, at + 1, StringComparison.Ordinal))
        {
            var end = at + named.Length;
            if ((end == context.Length || !char.IsLetterOrDigit(context[end])) && at >= 2 && context[at - 1] == ' ' && (char.IsLower(context[at - 2]) || context[at - 2] == ','))
            {
                return named;
            }
        }

        return company;
    }

    /// <summary>
    /// "Pennyworth's | Support Centre" from pennyworths.com: a possessive the employer's own domain spells is its name's.
    /// </summary>
    private static string WithItsPossessive(string company, string context, Sender sender)
    {
        if (EmployersOwnLabel(sender) is not { } label || Fold(label) != Fold(company) + "s")
        {
            return company;
        }

        foreach (var named in (ReadOnlySpan<string>)[company + "'s", company + "’s"])
        {
            var at = context.IndexOf(named, StringComparison.Ordinal);
            if (at >= 0 && (at + named.Length == context.Length || !char.IsLetter(context[at + named.Length])))
            {
                return named;
            }
        }

        return company;
    }

    /// <summary>
    /// "Laboratorios Farmalia" where the display name and the domain say "Farmalia", "Installatiebedrijf Van Dijk B.V."
    /// in the letterhead of vandijk-installatie.nl: the word of the firm's kind that leads its name in the romance
    /// languages and in Dutch and German compounds is part of the name wherever the mail writes the name whole — in a
    /// sentence after "de", "da", "bei" …, or as the registered company with its legal form.
    /// </summary>
    private static string KindWordBefore(string company, string context)
    {
        foreach (var (at, lineStart, lineEnd) in WholeWordOccurrences(company, context))
        {
            var word = WordBefore().Match(context, lineStart, at - lineStart);
            if (!word.Success || NotAKindWord().IsMatch(word.Groups[1].Value) || TeamSuffix().IsMatch(word.Groups[1].Value))
            {
                continue;
            }

            var longer = word.Groups[1].Value + " " + company;
            if (LegalFormAfter(longer, context[(at + company.Length)..Math.Max(lineEnd, at + company.Length)]) || PrepositionBefore().IsMatch(context.AsSpan(lineStart, word.Index - lineStart + 1)))
            {
                return longer;
            }
        }

        return company;
    }

    // One capitalised word right before the name, at the end of what precedes it on the line.
    [GeneratedRegex("""(?:^|[\s(])(\p{Lu}\p{Ll}{3,})\s$""")]
    private static partial Regex WordBefore();

    [GeneratedRegex("""(?:^|\s)(?i:de|da|do|del|das|dos|em|na|no|bei|der|van|bij|chez|à|la|el|of|at)\s?$""")]
    private static partial Regex PrepositionBefore();

    // Greetings, team words and the generic "die Firma Strobl Bau" before a name: no kind of firm.
    [GeneratedRegex("""^(?:Hola|Olá|Hallo|Bonjour|Dear|Equipo|Equipa|Team|Selección|Seleção|Recursos|Humanos|Personal|Your|Our|Nuestro|Nuestra|Nosso|Nossa|Ihr|Ihre|Unser|Unsere|Votre|Notre|Bienvenido|Bienvenida|Welkom|Willkommen|Bienvenue|Obrigado|Gracias|Merci|Danke|Bedankt|Thanks|Grupo|Time|Equipe|Talento|Empleo|Emprego|Produção|Producción|Coöperatieve|Firma|Unternehmen)$""")]
    private static partial Regex NotAKindWord();

    /// <summary>
    /// "Nordkauf Lüneburg" from nordkauf.de where the mail writes "unseren Markt in Lüneburg", "Coastline Cafés Brighton
    /// Marina" where it writes "our Brighton Marina café": the name the employer's own domain spells, then the place of
    /// one of its sites, which the mail writes elsewhere as a site.
    /// </summary>
    /// <param name="label">The employer's own domain label, folded.</param>
    private static string? SiteOfTheDomainsName(string company, string context, string label)
    {
        var words = company.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        for (var end = words.Length - 1; end >= 1; end--)
        {
            var name = string.Join(' ', words[..end]);
            var place = string.Join(' ', words[end..]);
            if (Fold(name) == label && !label.Contains(Fold(place), StringComparison.Ordinal) && !OrganisationWord().IsMatch(place) && WrittenAsASite(place, context))
            {
                return name;
            }
        }

        return null;
    }

    private static bool WrittenAsASite(string place, string context)
    {
        foreach (var (at, lineStart, lineEnd) in WholeWordOccurrences(place, context))
        {
            var from = Math.Max(lineStart, at - 40);
            if (SiteBefore().IsMatch(context.AsSpan(from, at - from)) ||
                SiteAfter().IsMatch(context.AsSpan(at + place.Length, Math.Max(lineEnd - at - place.Length, 0))))
            {
                return true;
            }
        }

        return false;
    }

    // "our Brighton Marina café", "unseren Markt in Lüneburg", "notre site de Lille-Lesquin", "la tienda de Gijón".
    [GeneratedRegex("""(?i:\b(?:our|unseren?|unser|unserer|notre|nos|nuestr[oa]s?|onze|nossa|nosso)\b(?:\s[\p{L}-]+){0,2}\s(?:(?:in|de|em|en|at|à|im|in der|van)\s)?$|\b(?:site|agence|store|branch|markt|filiale|vestiging|sucursal|loja|tienda|magasin|location|hotel|restaurant|café|cafe|centre|center)(?:\s(?:manager|team))?\s(?:de|in|at|em|en|du|d'|im|van|of)\s?$)""")]
    private static partial Regex SiteBefore();

    [GeneratedRegex("""^\s(?i:café|cafe|store|branch|site|location|restaurant|hotel|filiale|markt|vestiging|shop|centre|center|office)\b""")]
    private static partial Regex SiteAfter();
}
