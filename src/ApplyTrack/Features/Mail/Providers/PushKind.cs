namespace ApplyTrack.Features.Mail.Providers;

/// <summary>What a folder cursor's push subscription is (stored by name in <c>folder_cursors.Push</c>).</summary>
public enum PushKind
{
    /// <summary>A Microsoft Graph change-notification subscription: its id and clientState are on the cursor.</summary>
    GraphSubscription,

    /// <summary>A Gmail <c>users.watch</c> covering the label; Gmail gives a watch no id, only an expiry.</summary>
    GmailWatch,

    /// <summary>An IMAP IDLE session held open by an instance (no expiry at the server).</summary>
    ImapIdle,
}
