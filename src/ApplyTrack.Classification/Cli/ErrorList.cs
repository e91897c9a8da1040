using ApplyTrack.Classification.Training;

namespace ApplyTrack.Classification.Cli;

/// <summary>The ids behind an evaluation's mistakes: never a subject or a body, which may be someone's real mail.</summary>
internal static class ErrorList
{
    public static void Write(Evaluation evaluation, TextWriter output)
    {
        output.WriteLine();
        output.WriteLine("misclassified (id: truth -> predicted):");
        foreach (var row in evaluation.Rows.Where(r => r.Truth.Label != r.Predicted.Label))
        {
            output.WriteLine($"  {row.Truth.Id}: {row.Truth.Event} -> {row.Predicted.Event} ({row.Predicted.Confidence:F2})");
        }

        output.WriteLine("company mismatches (id: truth -> predicted):");
        foreach (var row in evaluation.Rows.Where(r => r.Truth.Company is not null && r.Truth.Label != EmailLabels.None &&
                                                       Evaluation.Normalise(r.Truth.Company) != Evaluation.Normalise(r.Predicted.Company)))
        {
            output.WriteLine($"  {row.Truth.Id}: {row.Truth.Company} -> {row.Predicted.Company ?? "(none)"}");
        }

        output.WriteLine("role mismatches (id: truth -> predicted):");
        foreach (var row in evaluation.Rows.Where(r => r.Truth.Role is not null && r.Truth.Label != EmailLabels.None &&
                                                       Evaluation.Normalise(r.Truth.Role) != Evaluation.Normalise(r.Predicted.Role)))
        {
            output.WriteLine($"  {row.Truth.Id}: {row.Truth.Role} -> {row.Predicted.Role ?? "(none)"}");
        }
    }
}
