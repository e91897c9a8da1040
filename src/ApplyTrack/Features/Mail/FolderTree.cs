using ApplyTrack.Features.Mail.Sync;

namespace ApplyTrack.Features.Mail;

/// <summary>One folder in the chooser's tree: its depth, its path ("Jobs / Recruiters") and the folders inside it.</summary>
public sealed record FolderNode(MailFolderChoice Folder, int Depth, string Path, IReadOnlyList<FolderNode> Children);

/// <summary>
/// The folder listing of any provider as a tree: the Inbox first, siblings by name, a folder whose parent is not
/// listed at the top. A pure decision over ids, so a listing with a loop or a duplicate still shows every folder once.
/// </summary>
public static class FolderTree
{
    public const string PathSeparator = " / ";

    public static IReadOnlyList<FolderNode> Build(IReadOnlyList<MailFolderChoice> folders)
    {
        var unique = folders.DistinctBy(f => f.Id, StringComparer.Ordinal).ToList();
        var ids = unique.Select(f => f.Id).ToHashSet(StringComparer.Ordinal);
        var children = unique.Where(f => IsChild(f, ids)).ToLookup(f => f.ParentId!, StringComparer.Ordinal);
        var placed = new HashSet<string>(StringComparer.Ordinal);

        var roots = Ordered(unique.Where(f => !IsChild(f, ids))).Select(f => Node(f, 0, "")).ToList();
        // Folders whose parents form a loop are never reached from a root: show them at the top rather than lose them.
        foreach (var stray in Ordered(unique.Where(f => !placed.Contains(f.Id))))
        {
            if (!placed.Contains(stray.Id)) roots.Add(Node(stray, 0, ""));
        }
        return roots;

        FolderNode Node(MailFolderChoice folder, int depth, string parentPath)
        {
            placed.Add(folder.Id);
            var path = parentPath.Length == 0 ? folder.Name : parentPath + PathSeparator + folder.Name;
            var inside = Ordered(children[folder.Id].Where(c => !placed.Contains(c.Id))).ToList();
            return new FolderNode(folder, depth, path, [.. inside.Where(c => !placed.Contains(c.Id)).Select(c => Node(c, depth + 1, path))]);
        }
    }

    /// <summary>The tree in reading order (each folder followed by the folders inside it).</summary>
    public static IEnumerable<FolderNode> Flatten(IEnumerable<FolderNode> nodes) =>
        nodes.SelectMany(n => Flatten(n.Children).Prepend(n));

    /// <summary>Each folder's path, for showing a chosen folder outside the tree.</summary>
    public static IReadOnlyDictionary<string, string> Paths(IReadOnlyList<MailFolderChoice> folders) =>
        Flatten(Build(folders)).ToDictionary(n => n.Folder.Id, n => n.Path, StringComparer.Ordinal);

    private static bool IsChild(MailFolderChoice folder, HashSet<string> ids) =>
        folder.ParentId is { } parent && parent != folder.Id && ids.Contains(parent);

    private static IEnumerable<MailFolderChoice> Ordered(IEnumerable<MailFolderChoice> folders) =>
        folders.OrderBy(f => f.Id == "inbox" ? 0 : 1).ThenBy(f => f.Name, StringComparer.CurrentCultureIgnoreCase).ThenBy(f => f.Id, StringComparer.Ordinal);
}
