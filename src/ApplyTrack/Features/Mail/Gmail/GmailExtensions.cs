namespace ApplyTrack.Features.Mail.Gmail;

public static class GmailExtensions
{
    public static IHostApplicationBuilder AddGmail(this IHostApplicationBuilder builder) => builder;

    public static IEndpointRouteBuilder MapGmail(this IEndpointRouteBuilder endpoints) => endpoints;
}
