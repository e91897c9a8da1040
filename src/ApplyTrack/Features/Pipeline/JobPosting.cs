using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ApplyTrack.Features.Pipeline;

/// <summary>
/// The job posting an application was captured from (the browser extension): where it was, what it said. The
/// person's own data: shown on the application's page, exported, and deleted with the application. The text is
/// encrypted with the metadata key and bounded, so a huge page cannot fill the database.
/// </summary>
public sealed class JobPosting
{
    public const int TextMaxLength = 20_000;
    public const int UrlMaxLength = 2048;
    public const int FieldMaxLength = 200;
    public const string TextPurpose = "posting.text";

    public Guid Id { get; set; }
    public Guid ApplicationId { get; set; }
    public required string Url { get; set; }
    public string? Location { get; set; }
    public string? Salary { get; set; }
    public string? EmploymentType { get; set; }
    public string? DatePosted { get; set; }

    /// <summary>Which reader found it: "json-ld", "linkedin", "greenhouse", …</summary>
    public string? Reader { get; set; }

    /// <summary>The posting's text as the page showed it, encrypted (<see cref="TextPurpose"/>).</summary>
    public byte[]? Text { get; set; }

    public DateTimeOffset CapturedAt { get; set; }
}

internal sealed class JobPostingConfiguration : IEntityTypeConfiguration<JobPosting>
{
    public void Configure(EntityTypeBuilder<JobPosting> builder)
    {
        builder.ToTable("job_postings");
        builder.Property(p => p.Id).ValueGeneratedNever();
        builder.Property(p => p.Url).HasMaxLength(JobPosting.UrlMaxLength);
        builder.Property(p => p.Location).HasMaxLength(JobPosting.FieldMaxLength);
        builder.Property(p => p.Salary).HasMaxLength(JobPosting.FieldMaxLength);
        builder.Property(p => p.EmploymentType).HasMaxLength(JobPosting.FieldMaxLength);
        builder.Property(p => p.DatePosted).HasMaxLength(40);
        builder.Property(p => p.Reader).HasMaxLength(40);
        builder.HasOne<Application>().WithOne().HasForeignKey<JobPosting>(p => p.ApplicationId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(p => p.ApplicationId).IsUnique();
    }
}
