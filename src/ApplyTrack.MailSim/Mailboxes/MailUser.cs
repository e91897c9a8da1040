namespace ApplyTrack.MailSim.Mailboxes;

/// <summary>
/// The owner of a mailbox. <see cref="Id"/> is the Microsoft object id (`oid`, Graph `/me` id); <see cref="TenantId"/> is the
/// directory it lives in (the consumer tenant for personal accounts).
/// </summary>
public sealed record MailUser(string Id, string Email, string DisplayName, string TenantId, DateTimeOffset CreatedDateTime)
{
    /// <summary>Tenant id Microsoft uses for every personal (MSA) account.</summary>
    public const string ConsumerTenantId = "9188040d-6c67-4c5b-b112-36a304b66dad";

    /// <summary>The sandbox's single work/school tenant.</summary>
    public const string SandboxTenantId = "5a4d1c2b-0a0e-4f3c-9b7a-a11e7c0de000";

    public bool IsPersonalAccount => TenantId == ConsumerTenantId;
}
