using System.Buffers.Binary;

namespace ApplyTrack.Classification.Model;

/// <summary>
/// Which emails a model was trained on, kept in its artifact as sorted 64-bit fingerprints of their content (sender,
/// recipient, subject, body), so that <c>eval</c> scores exactly the rows the model never saw, whatever file they come
/// from and whatever id they carry. About 8 bytes an email; no text is kept.
/// </summary>
internal sealed class TrainedRows
{
    private readonly ulong[] _sorted;

    private TrainedRows(ulong[] sorted) => _sorted = sorted;

    public int Count => _sorted.Length;

    public static TrainedRows Of(IEnumerable<EmailInput> emails) =>
        new(emails.Select(Fingerprint).Distinct().Order().ToArray());

    public bool Contains(EmailInput email) => Array.BinarySearch(_sorted, Fingerprint(email)) >= 0;

    /// <summary>FNV-1a (64-bit) over the four fields with a separator no field holds; the date is not content.</summary>
    internal static ulong Fingerprint(EmailInput email)
    {
        var hash = 14695981039346656037ul;
        foreach (var field in (ReadOnlySpan<string?>)[email.From, email.To, email.Subject, email.Body])
        {
            foreach (var c in field ?? "")
            {
                hash = (hash ^ c) * 1099511628211ul;
            }

            hash = (hash ^ 0xFFFF) * 1099511628211ul;
        }

        return hash;
    }

    public void Write(Stream destination)
    {
        Span<byte> buffer = stackalloc byte[8];
        foreach (var value in _sorted)
        {
            BinaryPrimitives.WriteUInt64LittleEndian(buffer, value);
            destination.Write(buffer);
        }
    }

    public static TrainedRows Read(Stream source)
    {
        using var copy = new MemoryStream();
        source.CopyTo(copy);
        var bytes = copy.GetBuffer().AsSpan(0, (int)copy.Length);
        if (bytes.Length % 8 != 0)
        {
            throw new InvalidDataException("The model artifact's list of trained-on emails is damaged.");
        }

        var values = new ulong[bytes.Length / 8];
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = BinaryPrimitives.ReadUInt64LittleEndian(bytes[(i * 8)..]);
        }

        Array.Sort(values);
        return new TrainedRows(values);
    }
}
