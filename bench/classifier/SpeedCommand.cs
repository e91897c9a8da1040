namespace ApplyTrack.Classification.Bench;
internal static class SpeedCommand { public static System.CommandLine.Command Create() => new("speed"); }
