using System.CommandLine;
using ApplyTrack.Classification.Cli;

namespace ApplyTrack.Classification;

/// <summary>The classifier's command-line verbs (classify, eval, train), hosted by the applytrack executable.</summary>
public static class ClassificationCommands
{
    public static IReadOnlyList<Command> Create() => [ClassifyCommand.Create(), EvalCommand.Create(), TrainCommand.Create()];
}
