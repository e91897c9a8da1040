using System.CommandLine;
using ApplyTrack.Classification;
using ApplyTrack.Classification.Bench;

// The classifier's own verbs are hosted here too, so they run without building the web app.
var root = new RootCommand("ApplyTrack classifier benchmark (speed) and the classify/eval/train verbs.") { SpeedCommand.Create(), ProfileCommand.Create(), CompaniesCommand.Create(), EmbeddingCommand.Create(), AgreeCommand.Create(), ColdCommand.Create(), LoadCommand.Create(), CompanyMissesCommand.Create(), UpgradeCommand.Create(), ExtractionCommand.Create(), CompanyRankerCommand.Create() };
foreach (var command in ClassificationCommands.Create())
{
    root.Subcommands.Add(command);
}

return await root.Parse(args).InvokeAsync();
