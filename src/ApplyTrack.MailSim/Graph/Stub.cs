namespace ApplyTrack.MailSim.Graph;
public static class GraphEndpointsStub
{
    public static IHostApplicationBuilder AddGraphMail(this IHostApplicationBuilder b) => b;
    public static IEndpointRouteBuilder MapGraphMail(this IEndpointRouteBuilder b) => b;
    public static IApplicationBuilder UseGraphPathNormalization(this IApplicationBuilder b) => b;
}
