using System.Globalization;

namespace ApplyTrack.Tests.Mail;

/// <summary>
/// test.sh runs the tests marked <c>[Trait("Culture", "matrix")]</c> again with <c>LC_ALL</c> set to fi-FI, th-TH and ar-SA
/// (a Finnish, Thai or Saudi server): protocol strings must not change with the server's locale. These tests prove the
/// locale really reached the process, so a green matrix is not a default-culture run under another name.
/// </summary>
public sealed class CultureMatrixTests
{
    public const string Trait = "Culture";
    public const string Matrix = "matrix";

    [Fact]
    [Trait(Trait, Matrix)]
    public void The_process_runs_in_the_culture_the_matrix_asked_for()
    {
        var requested = Environment.GetEnvironmentVariable("APPLYTRACK_TEST_CULTURE");
        var culture = CultureInfo.CurrentCulture;

        if (string.IsNullOrEmpty(requested))
        {
            return;   // the default run: nothing was asked for
        }
        Assert.Equal(requested, culture.Name);
        switch (requested)
        {
            case "fi-FI":
                Assert.Equal(".", culture.DateTimeFormat.TimeSeparator);
                break;
            case "th-TH":
                Assert.IsType<ThaiBuddhistCalendar>(culture.Calendar);
                break;
            case "ar-SA":
                Assert.IsType<UmAlQuraCalendar>(culture.Calendar);
                break;
        }
    }

    [Fact]
    public void Culture_data_is_present_so_the_matrix_can_mean_something()
    {
        // With InvariantGlobalization (or no ICU) every culture behaves like the invariant one and the matrix proves nothing.
        Assert.Equal(".", new CultureInfo("fi-FI").DateTimeFormat.TimeSeparator);
        Assert.IsType<ThaiBuddhistCalendar>(new CultureInfo("th-TH").Calendar);
        Assert.IsType<UmAlQuraCalendar>(new CultureInfo("ar-SA").Calendar);
    }
}
