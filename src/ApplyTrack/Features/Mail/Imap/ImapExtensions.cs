namespace ApplyTrack.Features.Mail.Imap;

public static class ImapExtensions
{
    public static IHostApplicationBuilder AddImap(this IHostApplicationBuilder builder) => builder;

    public static IEndpointRouteBuilder MapImap(this IEndpointRouteBuilder endpoints) => endpoints;
}
