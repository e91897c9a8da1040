namespace ApplyTrack.MailSim.Demo;
public static class DemoMailbox
{
    public static void Seed(ApplyTrack.MailSim.Mailboxes.MailboxStore store, string email, string name) => store.GetOrCreate(email, name);
}
