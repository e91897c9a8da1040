using System.Text.RegularExpressions;
using ApplyTrack.Classification.Reading;

namespace ApplyTrack.Classification.Extraction;

/// <summary>
/// A hotel, care home, clinic, store or depot is where the job is; the group that runs it is the employer the mail
/// speaks for (issue 9, session 15: the blind writers filed "the hotel group, not the individual hotel", "the health
/// system rather than its campus"). The card keeps the site only where nothing in the mail names a group behind it.
/// </summary>
internal static partial class CompanyAndRole
{
    /// <summary>
    /// "the Front Office Supervisor role at The Claddagh Quay Hotel, Galway, part of the Atlantic Way Hotels family",
    /// "your interest in joining Greyfield Care Homes … Senior Care Assistant at Elmhurst House", "Northlake Health's
    /// Elmwood Clinic": the name read is the place of the role, and the organisation that sends the mail (its display
    /// name, or the registered company of its own domain) is written in the mail as the one that employs.
    /// </summary>
    private static string? GroupOfTheSite(string company, MailText text, string closing, IReadOnlyCollection<string> recipientNames)
    {
        var group = SendersOrganisation(text.Sender, closing, recipientNames);
        // "Alicia Chen via Docusign": a person sending through a signing service is no group.
        if (group is null || group.Length < 4 || company == group || ViaSuffix().IsMatch(text.Sender.DisplayName) && PersonName().IsMatch(group))
        {
            return null;
        }

        // "Northlake Health's Elmwood Clinic": the group's own clinic.
        if (company.Length > group.Length + 3 && company.StartsWith(group, StringComparison.Ordinal) && company[group.Length..] is ['\'' or '’', 's', ' ', ..])
        {
            return group;
        }

        var site = Fold(company);
        var own = Fold(group);
        return site.Contains(own, StringComparison.Ordinal) || own.Contains(site, StringComparison.Ordinal) ||
               text.Sender.DisplayName.Contains(company, StringComparison.Ordinal) || !WhereTheRoleIs(company, text.Body) ||
               !Occurrences(group, text.Body).Any(o => LowerCaseWord().IsMatch(text.Body.AsSpan(o.LineStart, o.LineEnd - o.LineStart)) || RegisteredAt(group, text.Body, o.At))
            ? null
            : group;
    }

    /// <summary>
    /// Who sends the mail: an organisation's display name ("Atlantic Way Hotels" via an ATS), or for a person's mail from
    /// the employer's own domain the registered company its closing names and the domain's letters start
    /// ("Northbeck Care Limited" from northbeckcarehomes.co.uk).
    /// </summary>
    private static string? SendersOrganisation(Sender sender, string closing, IReadOnlyCollection<string> recipientNames)
    {
        if (OrganisationDisplay(sender))
        {
            return FromDisplayName(sender, recipientNames);
        }

        if (EmployersOwnLabel(sender) is not { } label)
        {
            return null;
        }

        var slug = Fold(label);
        foreach (Match registered in RegisteredCompany().Matches(closing))
        {
            var name = registered.Groups["c"].Value;
            if (Fold(name) is { Length: >= 6 } folded && slug.StartsWith(folded, StringComparison.Ordinal))
            {
                return name;
            }
        }

        return null;
    }

    /// <summary>The body writes the name as where the job is ("the Sous Chef position at The Harbour Lodge"), never as who hires.</summary>
    private static bool WhereTheRoleIs(string company, string body)
    {
        var at = false;
        foreach (var (index, lineStart, _) in WholeWordOccurrences(company, body))
        {
            var before = body.AsSpan(Math.Max(lineStart, index - 30), index - Math.Max(lineStart, index - 30));
            if (EmployerBefore().IsMatch(before))
            {
                return false;
            }

            at |= before.EndsWith(" at ", StringComparison.Ordinal);
        }

        return at;
    }

    // "joining X", "welcome to X", "applying to X", "the team at X": the name as the one who hires.
    [GeneratedRegex("""\b(?i:join|joining|welcome to|interest in|applying to|applied to|apply to|team at|behalf of|work for|working for)\s$""")]
    private static partial Regex EmployerBefore();

    // "Northbeck Care Limited, Registered in England": a registered company on a line of the closing.
    [GeneratedRegex("""(?:^|\n)[ \t]*(?<c>\p{Lu}[\p{L}'’.-]*(?: (?:\p{Lu}[\p{L}'’.-]*|&|of|and)){0,5}),? (?:Limited|Ltd\.?|LLC|Inc\.?|plc|PLC|LLP)(?=[\s,.]|$)""")]
    private static partial Regex RegisteredCompany();

    /// <summary>
    /// "Redwood Grocers Stockton DC", "Pennyworth's Support Centre", "Kestrel &amp; Vane Leeds Briggate", "Crunchwell
    /// Fitness Boise": the employer's name, then one of its sites — a depot, a support centre, a store the mail writes
    /// as a store ("store manager at Briggate"), a town the closing writes after the name as a separate part
    /// ("Crunchwell Fitness – Boise Overland") — or a division of it ("Kestrel &amp; Vane Retail" where the registered
    /// company is "Kestrel &amp; Vane Ltd"). The name alone is the one the mail knows the employer by: its own domain
    /// spells it, it is the display name, or the mail writes it on its own.
    /// </summary>
    private static string? SiteAfterTheName(string company, string context, Sender sender, IReadOnlyCollection<string> recipientNames)
    {
        var words = company.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length < 2 || company.Contains('\n', StringComparison.Ordinal))
        {
            return null;
        }

        var label = EmployersOwnLabel(sender) is { } own ? Fold(own) : null;
        // "Rootstock Garden Centre" for rootstockgardencentre: the domain spells the whole name.
        if (label is not null && label.Contains(Fold(company), StringComparison.Ordinal))
        {
            return null;
        }

        var display = OrganisationDisplay(sender) ? FromDisplayName(sender, recipientNames) : null;
        // "Hawthorn Lane Veterinary Centre" as the display name is the whole name, unless the mail writes its last words as
        // a site ("Kestrel &amp; Vane Leeds Briggate" from the store manager "at Briggate").
        var displayed = sender.DisplayName.Contains(company, StringComparison.Ordinal);

        for (var end = words.Length - 1; end >= 1; end--)
        {
            var name = string.Join(' ', words[..end]);
            var tail = string.Join(' ', words[end..]);
            // "Tidewell" of "Tidewell Marine Insurance" from tidewellmarine.com: the domain spells more of the name than that.
            if (name.EndsWith('&') || Fold(name).Length < 4 || label is not null && label.Length > Fold(name).Length && label.StartsWith(Fold(name), StringComparison.Ordinal))
            {
                continue;
            }

            var registered = WholeWordOccurrences(name, context).Any(o => RegisteredAt(name, context, o.At));
            var strong = registered || name == display;
            if (Division().IsMatch(tail) ? strong && !displayed : (strong || Fold(name) == label || WrittenAlone(name, context)) && ASite(name, tail, context, displayed))
            {
                return name;
            }
        }

        return null;
    }

    private static bool ASite(string name, string tail, string context, bool displayed)
    {
        if (SiteUnit().IsMatch(tail) && !displayed)
        {
            return true;
        }

        // A town or a street is a proper name: the mail never writes it in lower case ("Garden Centre" is a garden centre).
        var first = tail.Split(' ')[0];
        var last = tail[(tail.LastIndexOf(' ') + 1)..];
        return first.Length >= 4 && char.IsUpper(first[0]) && !OrganisationWord().IsMatch(tail) && !Facility().IsMatch(last) && !WrittenInLowerCase(first, context) &&
               (WrittenAsASite(first, context) || last.Length >= 4 && !WrittenInLowerCase(last, context) && WrittenAsASite(last, context) ||
                !displayed && SignatureSeparators.Any(s => context.Contains(name + s + first, StringComparison.Ordinal)));
    }

    /// <summary>"Pinecrest Health" for pinecresthealth.org: the employer's own domain is the name's letters, to the last.</summary>
    private static bool SpellsOwnDomain(string company, Sender sender) =>
        EmployersOwnLabel(sender) is { } label && Fold(label) is { Length: >= 6 } slug && Fold(company) is var folded &&
        (slug.StartsWith(folded, StringComparison.Ordinal) || folded.StartsWith(slug, StringComparison.Ordinal));

    private static bool WrittenInLowerCase(string word, string context) =>
        context.Contains(char.ToLowerInvariant(word[0]) + word[1..], StringComparison.Ordinal);

    /// <summary>The name at this place of the text is the registered company's: a legal form follows it ("Kestrel &amp; Vane Ltd, Unit 4").</summary>
    private static bool RegisteredAt(string name, string text, int at) => LegalFormNext().IsMatch(text.AsSpan(at + name.Length));

    [GeneratedRegex("""^,?[ ](?:Limited|Ltd|LLC|Inc|plc|PLC|LLP|GmbH|AG|S\.A\.|SA|B\.V\.|BV|Lda|Pty)(?![\p{L}])""")]
    private static partial Regex LegalFormNext();

    // A site of a business after a place: "Stockton DC", "Support Centre", "Head Office", "Leeds Depot".
    [GeneratedRegex("""^(?:\p{Lu}[\p{L}'’-]+ ){0,2}(?:DC|Distribution Cent(?:re|er)|Fulfil?ment Cent(?:re|er)|Support Cent(?:re|er)|Service Cent(?:re|er)|Head Office|Depot|Warehouse|Store|Branch)$""")]
    private static partial Regex SiteUnit();

    // A word that makes the words before it a place's own name ("Contact Centre", "Heron Lodge"), not a town's.
    [GeneratedRegex("""^(?:Cent(?:re|er)s?|House|Lodge|Park|Hall|Works|Gardens?|Shop|Court|Place)$""")]
    private static partial Regex Facility();

    // A division of the employer that a team signs for: "Retail Recruitment", "Academy".
    [GeneratedRegex("""^(?:Retail|Academy)$""")]
    private static partial Regex Division();
}
