using ApplyTrack.Features.Data;
using Microsoft.EntityFrameworkCore;

namespace ApplyTrack.Features.Templates;

/// <summary>A person's own templates: copy from the library, edit, delete. Shared by the JSON API and the templates page.</summary>
public sealed class TemplateCommands(ApplyTrackDbContext db, TimeProvider time)
{
    public async Task<(ResponseTemplate? Template, Dictionary<string, string[]> Errors)> CreateAsync(string userId, TemplateRequest request, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>();
        var source = TemplateLibrary.Find(request.BasedOn);
        if (request.BasedOn is not null && source is null)
        {
            errors["basedOn"] = [$"'{request.BasedOn}' is not a library template (they are named like 'thank-you.de')."];
            return (null, errors);
        }
        var scenario = request.Scenario ?? source?.Scenario;
        var name = request.Name ?? (source is null ? null : $"{TemplateLibrary.Scenario(source.Scenario)!.Name} ({TemplateLibrary.Language(source.Language)!.Name})");
        var template = new ResponseTemplate
        {
            Id = Guid.CreateVersion7(time.GetUtcNow()),
            UserId = userId,
            Scenario = scenario ?? "",
            Language = request.Language ?? source?.Language ?? "",
            Name = name?.Trim() ?? "",
            Subject = request.Subject ?? source?.Subject ?? "",
            Body = (request.Body ?? source?.Body ?? "").ReplaceLineEndings("\n"),
            BasedOn = source?.Key,
            CreatedAt = time.GetUtcNow(),
            UpdatedAt = time.GetUtcNow(),
        };
        Validate(template, errors);
        if (await db.Set<ResponseTemplate>().CountAsync(t => t.UserId == userId, cancellationToken) >= ResponseTemplate.MaxPerUser)
        {
            errors["templates"] = [$"You have {ResponseTemplate.MaxPerUser} templates, the most there can be. Delete one first."];
        }
        if (errors.Count > 0)
        {
            return (null, errors);
        }
        db.Add(template);
        await db.SaveChangesAsync(cancellationToken);
        return (template, errors);
    }

    /// <summary>Changes the fields given; a missing template (or another person's) is not found.</summary>
    public async Task<(ResponseTemplate? Template, Dictionary<string, string[]> Errors)> UpdateAsync(string userId, Guid id, TemplateRequest request, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>();
        var template = await db.Set<ResponseTemplate>().SingleOrDefaultAsync(t => t.Id == id && t.UserId == userId, cancellationToken);
        if (template is null)
        {
            return (null, errors);
        }
        template.Scenario = request.Scenario ?? template.Scenario;
        template.Language = request.Language ?? template.Language;
        template.Name = request.Name?.Trim() ?? template.Name;
        template.Subject = request.Subject ?? template.Subject;
        // A browser's form sends CRLF; templates keep one kind of line break.
        template.Body = request.Body?.ReplaceLineEndings("\n") ?? template.Body;
        template.UpdatedAt = time.GetUtcNow();
        Validate(template, errors);
        if (errors.Count > 0)
        {
            return (null, errors);
        }
        await db.SaveChangesAsync(cancellationToken);
        return (template, errors);
    }

    public async Task<bool> DeleteAsync(string userId, Guid id, CancellationToken cancellationToken) =>
        await db.Set<ResponseTemplate>().Where(t => t.Id == id && t.UserId == userId).ExecuteDeleteAsync(cancellationToken) > 0;

    private static void Validate(ResponseTemplate template, Dictionary<string, string[]> errors)
    {
        if (TemplateLibrary.Scenario(template.Scenario) is null)
        {
            errors["scenario"] = [$"Choose what the template is for: {string.Join(", ", TemplateLibrary.Scenarios.Select(s => s.Key))}."];
        }
        if (TemplateLibrary.Language(template.Language) is null)
        {
            errors["language"] = [TemplatesApi.UnknownLanguage(template.Language)];
        }
        Text(errors, "name", template.Name, ResponseTemplate.NameMaxLength);
        Text(errors, "subject", template.Subject, ResponseTemplate.SubjectMaxLength);
        Text(errors, "body", template.Body, ResponseTemplate.BodyMaxLength);
        var unknown = TemplateFill.Unknown(template.Subject + "\n" + template.Body);
        if (unknown.Count > 0)
        {
            errors["placeholders"] = [$"ApplyTrack cannot fill {string.Join(", ", unknown.Select(u => "{" + u + "}"))}. " +
                                      $"Use {string.Join(", ", TemplateLibrary.Placeholders.Select(p => "{" + p + "}"))}, or write the text in brackets, like [amount]."];
        }
    }

    private static void Text(Dictionary<string, string[]> errors, string field, string value, int max)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            errors[field] = [$"The {field} cannot be empty."];
        }
        else if (value.Length > max)
        {
            errors[field] = [$"The {field} can be at most {max} characters."];
        }
    }
}
