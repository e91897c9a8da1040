namespace ApplyTrack.MailSim.Control;
public static class CtlStub
{
    public static IHostApplicationBuilder AddSandboxControl(this IHostApplicationBuilder b) { b.Services.AddSingleton<SandboxFaults>(); b.Services.AddSingleton<FaultResponses>(); b.Services.AddSingleton<RequestLog>(); return b; }
    public static IEndpointRouteBuilder MapSandboxControl(this IEndpointRouteBuilder b) => b;
}
