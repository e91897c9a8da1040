using System.Text.RegularExpressions;
using ApplyTrack.Tests.Infrastructure;
using Microsoft.Playwright;

namespace ApplyTrack.Tests.Browser;

public sealed class InsightsBrowserTests(KestrelApplication app, BrowserFixture browser) : IClassFixture<KestrelApplication>, IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task On_a_phone_the_insights_page_shows_the_funnel_as_a_chart_and_as_a_table_and_what_premium_adds()
    {
        await using var context = await browser.Browser.NewContextAsync(new() { BaseURL = app.BaseAddress.ToString(), ViewportSize = new() { Width = 390, Height = 844 } });
        context.SetDefaultTimeout(30_000);
        var page = await context.NewPageAsync();
        await BrowserSession.SignUpAsync(page, "insights");
        await BrowserSession.AddApplicationAsync(page, "Contoso", "Analyst", "applied");
        await BrowserSession.AddApplicationAsync(page, "Fabrikam", "Designer", "interviewing");
        await BrowserSession.AddApplicationAsync(page, "Northwind", "Buyer", "offer");
        await BrowserSession.AddApplicationAsync(page, "Litware", "Engineer", "rejected");

        await page.GetByRole(AriaRole.Navigation, new() { Name = "Main" }).GetByRole(AriaRole.Link, new() { Name = "Insights" }).ClickAsync();
        await page.WaitForURLAsync("**/insights");
        var chart = page.GetByRole(AriaRole.Img, new() { Name = "Funnel: applied → interviewing → offer" });
        await Assertions.Expect(chart).ToBeVisibleAsync();
        var funnel = page.Locator("#funnel-chart");
        var table = funnel.GetByRole(AriaRole.Table, new() { Name = "Funnel: applied → interviewing → offer" });
        await Assertions.Expect(table).Not.ToBeVisibleAsync();
        await funnel.GetByText("Table view").ClickAsync();

        await Assertions.Expect(table).ToBeVisibleAsync();
        await Assertions.Expect(table.GetByRole(AriaRole.Row, new() { Name = "Applied" })).ToHaveTextAsync(new Regex(@"^\s*Applied\s*4\s*—\s*$"));
        await Assertions.Expect(table.GetByRole(AriaRole.Row, new() { Name = "Interviewing" })).ToHaveTextAsync(new Regex(@"^\s*Interviewing\s*2\s*50%\s*$"));
        await Assertions.Expect(table.GetByRole(AriaRole.Row, new() { Name = "Offer" })).ToHaveTextAsync(new Regex(@"^\s*Offer\s*1\s*50%\s*$"));
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Premium adds" })).ToBeVisibleAsync();
        var chartWidth = await chart.EvaluateAsync<double>("svg => svg.getBoundingClientRect().width");
        var pageWidth = await page.EvaluateAsync<double>("() => document.documentElement.scrollWidth");
        Assert.InRange(chartWidth, 200, 390);
        Assert.True(pageWidth <= 390, $"the page scrolls sideways on a phone ({pageWidth}px)");
    }
}
