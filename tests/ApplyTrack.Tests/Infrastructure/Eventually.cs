using System.Diagnostics;

namespace ApplyTrack.Tests.Infrastructure;

internal static class Eventually
{
    /// <summary>Polls until the condition holds; fails with the description when the timeout passes.</summary>
    public static async Task WaitAsync(Func<Task<bool>> condition, TimeSpan timeout, string description)
    {
        var watch = Stopwatch.StartNew();
        while (!await condition())
        {
            if (watch.Elapsed > timeout)
            {
                Assert.Fail($"Timed out after {timeout.TotalSeconds:0} s waiting for: {description}");
            }
            await Task.Delay(100);
        }
    }
}
