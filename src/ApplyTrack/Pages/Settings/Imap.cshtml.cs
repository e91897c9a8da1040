using ApplyTrack.Features.Accounts;
using ApplyTrack.Features.Mail.Imap;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace ApplyTrack.Pages.Settings;

/// <summary>A well-known provider's IMAP settings and what its users must do first.</summary>
public sealed record ImapPreset(string Key, string Name, string Host, string Guidance);

/// <summary>Connect IMAP: host, port, security, login and an app password; reconnect pre-fills everything but the secret.</summary>
public sealed class ImapModel(ImapConnector connector) : PageModel
{
    public static readonly IReadOnlyList<ImapPreset> Presets =
    [
        new("fastmail", "Fastmail", "imap.fastmail.com",
            "Create an app password under Settings → Privacy & Security → Connected apps & API tokens (access: IMAP), and log in with your full address."),
        new("yahoo", "Yahoo Mail", "imap.mail.yahoo.com",
            "Generate an app password under Account Info → Account security → Generate app password; your normal password is refused."),
        new("icloud", "iCloud Mail", "imap.mail.me.com",
            "Two-factor authentication must be on. Create an app-specific password at account.apple.com → Sign-In and Security → App-Specific Passwords; log in with your iCloud address."),
        new("gmail", "Gmail", "imap.gmail.com",
            "Turn on 2-Step Verification, then create an app password at myaccount.google.com/apppasswords. (Connect Gmail on the Integrations page avoids passwords altogether.)"),
        new("outlook", "Outlook.com", "outlook.office365.com",
            "Microsoft no longer accepts passwords over IMAP for Outlook.com; the server only accepts an OAuth 2.0 token. Prefer Connect Outlook on the Integrations page."),
    ];

    [BindProperty] public string? Host { get; set; }
    [BindProperty] public int? Port { get; set; } = 993;
    [BindProperty] public string Security { get; set; } = ImapAccount.Ssl;
    [BindProperty] public string? Username { get; set; }
    [BindProperty] public string? Password { get; set; }

    public ImapPreset? Preset { get; private set; }
    public bool IsReconnect { get; private set; }
    public string? ProblemTitle { get; private set; }
    public string? ProblemDetail { get; private set; }

    public async Task<IActionResult> OnGetAsync(string? preset, Guid? reconnect)
    {
        if (reconnect is { } id)
        {
            if (await connector.SettingsAsync(User.RequireUserId(), id, HttpContext.RequestAborted) is not { } settings)
            {
                return NotFound();
            }
            (Host, Port, Security, Username, IsReconnect) = (settings.Host, settings.Port, settings.Security ?? ImapAccount.Ssl, settings.Username, true);
            return Page();
        }

        Preset = Presets.FirstOrDefault(p => p.Key == preset);
        Host = Preset?.Host;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var request = new ImapConnectRequest(Host, Port, Security, Username, Password);
        switch (await connector.ConnectAsync(User.RequireUserId(), request, HttpContext.RequestAborted))
        {
            case ImapConnectOutcome.Connected connected:
                return Redirect($"/settings/integrations?connected={connected.Connection.Id}");
            case ImapConnectOutcome.Invalid invalid:
                foreach (var (field, messages) in invalid.Errors)
                {
                    foreach (var message in messages)
                    {
                        ModelState.AddModelError(field, message);
                    }
                }
                break;
            case ImapConnectOutcome.Refused refused:
                (ProblemTitle, ProblemDetail) = (refused.Title, refused.Detail);
                break;
        }
        Preset = Presets.FirstOrDefault(p => string.Equals(p.Host, Host?.Trim(), StringComparison.OrdinalIgnoreCase));
        return Page();
    }
}
