using ApplyTrack.Features.Accounts;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ApplyTrack.Features.Templates;

/// <summary>
/// A person's own response template: a copy of one from the library (<see cref="BasedOn"/>), edited as they like, or
/// written from scratch. Placeholders (<c>{company}</c>, …) stay in the text and are filled for each application.
/// </summary>
public sealed class ResponseTemplate
{
    public const int NameMaxLength = 100;
    public const int SubjectMaxLength = 300;
    public const int BodyMaxLength = 5000;
    public const int MaxPerUser = 200;

    public Guid Id { get; set; }
    public required string UserId { get; set; }

    /// <summary>One of <see cref="TemplateLibrary.Scenarios"/>: which moment it is for.</summary>
    public required string Scenario { get; set; }

    /// <summary>One of <see cref="TemplateLibrary.Languages"/>.</summary>
    public required string Language { get; set; }

    public required string Name { get; set; }
    public required string Subject { get; set; }
    public required string Body { get; set; }

    /// <summary>The library template it was copied from ("thank-you.de"), or null.</summary>
    public string? BasedOn { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
}

internal sealed class ResponseTemplateConfiguration : IEntityTypeConfiguration<ResponseTemplate>
{
    public void Configure(EntityTypeBuilder<ResponseTemplate> builder)
    {
        builder.ToTable("response_templates");
        builder.Property(t => t.Id).ValueGeneratedNever();
        builder.Property(t => t.Scenario).HasMaxLength(40);
        builder.Property(t => t.Language).HasMaxLength(8);
        builder.Property(t => t.Name).HasMaxLength(ResponseTemplate.NameMaxLength);
        builder.Property(t => t.Subject).HasMaxLength(ResponseTemplate.SubjectMaxLength);
        builder.Property(t => t.Body).HasMaxLength(ResponseTemplate.BodyMaxLength);
        builder.Property(t => t.BasedOn).HasMaxLength(60);
        builder.HasOne<AppUser>().WithMany().HasForeignKey(t => t.UserId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(t => new { t.UserId, t.Scenario, t.Language });
    }
}
