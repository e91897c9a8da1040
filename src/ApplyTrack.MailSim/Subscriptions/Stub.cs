namespace ApplyTrack.MailSim.Subscriptions;
public static class SubStub
{
    public static IHostApplicationBuilder AddGraphSubscriptions(this IHostApplicationBuilder b) => b;
    public static IEndpointRouteBuilder MapGraphSubscriptions(this IEndpointRouteBuilder b) => b;
}
