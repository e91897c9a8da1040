using ApplyTrack.Features.Accounts;
using ApplyTrack.Features.Data;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using AccountPlan = ApplyTrack.Features.Accounts.Plan;

namespace ApplyTrack.Pages;

/// <summary>Free and Premium side by side, with this server's real numbers, and which one the reader has.</summary>
[AllowAnonymous]
public sealed class PlansModel(ApplyTrackDbContext db, Plans plans) : PageModel
{
    public AccountPlan? Current { get; private set; }
    public AccountPlan NewUserPlan => plans.NewUserPlan;
    public int FreeDays => plans.HistoryDays(AccountPlan.Free);
    public int PremiumDays => plans.HistoryDays(AccountPlan.Premium);
    public string FreePolling => Minutes(plans.PollingInterval(AccountPlan.Free));
    public string PremiumPolling => Minutes(plans.PollingInterval(AccountPlan.Premium));

    public async Task OnGetAsync()
    {
        if (User.Identity?.IsAuthenticated == true)
        {
            var userId = User.RequireUserId();
            Current = await db.Users.AsNoTracking().Where(u => u.Id == userId).Select(u => (AccountPlan?)u.Plan).SingleOrDefaultAsync();
        }
    }

    private static string Minutes(TimeSpan interval) =>
        interval.TotalMinutes >= 1 ? $"every {interval.TotalMinutes:0} minute{(interval.TotalMinutes >= 2 ? "s" : "")}" : $"every {interval.TotalSeconds:0} seconds";
}
