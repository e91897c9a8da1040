using System.CommandLine;

namespace ApplyTrack.MailSim;

/// <summary>`applytrack sandbox`: runs the mail sandbox on its own.</summary>
public static class SandboxCommand
{
    public static Command Create() => new("sandbox", "Run the local mail sandbox (Microsoft identity, Graph mail, Google OAuth, Gmail).");
}
