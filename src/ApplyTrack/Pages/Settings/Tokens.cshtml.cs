using ApplyTrack.Features.Accounts;
using ApplyTrack.Features.Tokens;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace ApplyTrack.Pages.Settings;

public sealed class TokensModel(PersonalAccessTokens tokens) : PageModel
{
    public IReadOnlyList<TokenResponse> Tokens { get; private set; } = [];

    /// <summary>Set only in the response to the create form: the secret is rendered this once and never stored.</summary>
    public CreatedTokenResponse? Created { get; private set; }

    public string? Error { get; private set; }

    public async Task OnGetAsync() => Tokens = await tokens.ListAsync(User.RequireUserId(), HttpContext.RequestAborted);

    public async Task<IActionResult> OnPostCreateAsync(string? name, string[]? scopes)
    {
        var errors = PersonalAccessTokens.Validate(name, scopes);
        if (errors.Count == 0)
        {
            Created = await tokens.CreateAsync(User.RequireUserId(), name!, scopes!, HttpContext, HttpContext.RequestAborted);
            if (Created is null) Error = $"You have {PersonalAccessTokens.ActiveLimit} active tokens. Revoke one first.";
        }
        else
        {
            Error = string.Join(" ", errors.SelectMany(e => e.Value));
        }
        Response.Headers.CacheControl = "no-store";
        await OnGetAsync();
        return Page();
    }

    public async Task<IActionResult> OnPostRevokeAsync(Guid id) =>
        await tokens.RevokeAsync(User.RequireUserId(), id, HttpContext, HttpContext.RequestAborted) ? RedirectToPage() : NotFound();
}
