using ApplyTrack.Features.Accounts;
using ApplyTrack.Features.Data;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace ApplyTrack.Features.Templates;

public sealed record LibraryTemplateResponse(string Key, string Scenario, string ScenarioName, string Language, string Subject, string Body);

public sealed record TemplateResponse(Guid Id, string Scenario, string Language, string Name, string Subject, string Body, string? BasedOn, DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt);

/// <summary>A new template: a copy of the library's <paramref name="BasedOn"/> (the fields given replace its own), or written from scratch.</summary>
public sealed record TemplateRequest(string? BasedOn, string? Scenario, string? Language, string? Name, string? Subject, string? Body);

public sealed record TemplateVocabulary(IReadOnlyList<TemplateScenario> Scenarios, IReadOnlyDictionary<string, string> Languages, IReadOnlyList<string> Placeholders);

/// <summary>
/// Response templates (Premium) as a JSON API: the library, the person's own copies (copy, edit, delete), and any of them
/// filled for one application with Open-in-Outlook / Gmail / mail-app links. On Free every endpoint answers 403.
/// </summary>
public static class TemplatesApi
{
    public static WebApplication MapTemplates(this WebApplication app)
    {
        var templates = app.MapGroup("/api/templates").WithTags("Templates").RequireAuthorization().AddEndpointFilter(PremiumOnlyAsync);
        templates.MapGet("/vocabulary", () => TypedResults.Ok(new TemplateVocabulary(TemplateLibrary.Scenarios,
                TemplateLibrary.Languages.ToDictionary(l => l.Code, l => l.Name), TemplateLibrary.Placeholders)))
            .WithSummary("The moments, languages and placeholders templates use.");
        templates.MapGet("/library", Library).WithSummary("The built-in templates (optionally of one language), unfilled.");
        templates.MapGet("/", ListAsync).WithSummary("The person's own templates.");
        templates.MapPost("/", CreateAsync).WithSummary("Copy a library template into the person's own (basedOn), or add a new one.");
        templates.MapPut("/{id:guid}", UpdateAsync).WithSummary("Edit one of the person's templates.");
        templates.MapDelete("/{id:guid}", DeleteAsync);
        app.MapGet("/api/applications/{id:guid}/templates", FilledAsync).WithTags("Templates").RequireAuthorization().AddEndpointFilter(PremiumOnlyAsync)
            .WithSummary("Every template of one language filled for this application, with compose links; yourName and interviewDate fill what only you know.");
        return app;
    }

    private static async ValueTask<object?> PremiumOnlyAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        var db = http.RequestServices.GetRequiredService<ApplyTrackDbContext>();
        return Plans.MayUseTemplates(await Plans.OfUserAsync(db, http.User.RequireUserId(), http.RequestAborted))
            ? await next(context)
            : TypedResults.Problem(
                statusCode: StatusCodes.Status403Forbidden,
                title: "Response templates are a Premium feature",
                detail: "Your plan is Free. Premium has a library of response templates in six languages, filled from each application, " +
                        "that you can copy and make your own. Ask your administrator to switch you to Premium.",
                type: "https://applytrack.local/problems/premium-required");
    }

    private static Results<Ok<List<LibraryTemplateResponse>>, ValidationProblem> Library(string? language = null)
    {
        if (language is not null && TemplateLibrary.Language(language) is null)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["language"] = [UnknownLanguage(language)] });
        }
        return TypedResults.Ok(TemplateLibrary.All.Where(t => language is null || t.Language == language)
            .Select(t => new LibraryTemplateResponse(t.Key, t.Scenario, TemplateLibrary.Scenario(t.Scenario)!.Name, t.Language, t.Subject, t.Body)).ToList());
    }

    private static async Task<Ok<List<TemplateResponse>>> ListAsync(HttpContext http, ApplyTrackDbContext db)
    {
        var userId = http.User.RequireUserId();
        var own = await db.Set<ResponseTemplate>().AsNoTracking().Where(t => t.UserId == userId).OrderBy(t => t.Language).ThenBy(t => t.Name).ToListAsync(http.RequestAborted);
        return TypedResults.Ok(own.ConvertAll(ToResponse));
    }

    private static async Task<Results<Created<TemplateResponse>, ValidationProblem>> CreateAsync(TemplateRequest request, HttpContext http, TemplateCommands commands)
    {
        var (template, errors) = await commands.CreateAsync(http.User.RequireUserId(), request, http.RequestAborted);
        return template is null ? TypedResults.ValidationProblem(errors) : TypedResults.Created($"/api/templates/{template.Id}", ToResponse(template));
    }

    private static async Task<Results<Ok<TemplateResponse>, NotFound, ValidationProblem>> UpdateAsync(Guid id, TemplateRequest request, HttpContext http, TemplateCommands commands)
    {
        var (template, errors) = await commands.UpdateAsync(http.User.RequireUserId(), id, request, http.RequestAborted);
        return errors.Count > 0 ? TypedResults.ValidationProblem(errors) : template is null ? TypedResults.NotFound() : TypedResults.Ok(ToResponse(template));
    }

    private static async Task<Results<NoContent, NotFound>> DeleteAsync(Guid id, HttpContext http, TemplateCommands commands) =>
        await commands.DeleteAsync(http.User.RequireUserId(), id, http.RequestAborted) ? TypedResults.NoContent() : TypedResults.NotFound();

    private static async Task<Results<Ok<IReadOnlyList<FilledTemplate>>, NotFound, ValidationProblem>> FilledAsync(
        Guid id, HttpContext http, ApplicationTemplates templates, string? language = null, string? yourName = null, string? interviewDate = null)
    {
        if (TemplateLibrary.Language(language ?? "en") is not { } chosen)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["language"] = [UnknownLanguage(language!)] });
        }
        var userId = http.User.RequireUserId();
        var context = await templates.ContextAsync(userId, id, yourName, interviewDate, http.RequestAborted);
        return context is null ? TypedResults.NotFound() : TypedResults.Ok(await templates.FillAsync(userId, context, chosen, http.RequestAborted));
    }

    public static TemplateResponse ToResponse(ResponseTemplate t) => new(t.Id, t.Scenario, t.Language, t.Name, t.Subject, t.Body, t.BasedOn, t.CreatedAt, t.UpdatedAt);

    internal static string UnknownLanguage(string language) =>
        $"'{language}' is not a template language. Use one of: {string.Join(", ", TemplateLibrary.Languages.Select(l => l.Code))}.";
}

public static class TemplatesExtensions
{
    public static IHostApplicationBuilder AddTemplates(this IHostApplicationBuilder builder)
    {
        builder.Services.AddScoped<ApplicationTemplates>();
        builder.Services.AddScoped<TemplateCommands>();
        return builder;
    }
}
