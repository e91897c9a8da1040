using System.Net;
using System.Net.Sockets;

namespace ApplyTrack.Features.Mail.Imap;

/// <summary>The host resolves only to addresses this server must not reach for a user (loopback, private, link-local…).</summary>
public sealed class ImapTargetRefusedException(string message) : Exception(message);

/// <summary>
/// Where an IMAP session may go. A user-supplied host is resolved here, every address is checked, and the socket is
/// opened to a checked address (so a DNS answer that changes between check and connect cannot slip through).
/// Unless <see cref="ImapOptions.AllowPrivateNetworks"/> is on, this server's own network is off limits: otherwise
/// Connect IMAP would let any user probe it.
/// </summary>
public static class ImapTarget
{
    public static async Task<Socket> ConnectAsync(string host, int port, bool allowPrivateNetworks, TimeSpan timeout, CancellationToken cancellationToken)
    {
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(timeout);
        var bare = host.Trim().TrimStart('[').TrimEnd(']');
        var addresses = IPAddress.TryParse(bare, out var literal)
            ? [literal]
            : await Dns.GetHostAddressesAsync(bare, deadline.Token);
        if (addresses.Length == 0)
        {
            throw new SocketException((int)SocketError.HostNotFound);
        }
        if (!allowPrivateNetworks && addresses.Any(IsInternal))
        {
            throw new ImapTargetRefusedException("The host resolves to a loopback, private or link-local address.");
        }

        SocketException? last = null;
        foreach (var address in addresses)
        {
            var socket = new Socket(address.AddressFamily, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
            try
            {
                await socket.ConnectAsync(new IPEndPoint(address, port), deadline.Token);
                return socket;
            }
            catch (SocketException ex)
            {
                socket.Dispose();
                last = ex;
            }
            catch
            {
                socket.Dispose();
                throw;
            }
        }
        throw last!;
    }

    /// <summary>Addresses that are not on the public internet.</summary>
    public static bool IsInternal(IPAddress address)
    {
        if (address.IsIPv4MappedToIPv6)
        {
            address = address.MapToIPv4();
        }
        if (IPAddress.IsLoopback(address) || address.Equals(IPAddress.Any) || address.Equals(IPAddress.IPv6Any) || address.Equals(IPAddress.Broadcast))
        {
            return true;
        }
        if (address.AddressFamily == AddressFamily.InterNetworkV6)
        {
            var bytes = address.GetAddressBytes();
            return address.IsIPv6LinkLocal || address.IsIPv6SiteLocal || address.IsIPv6Multicast
                   || (bytes[0] & 0xFE) == 0xFC            // fc00::/7 unique local
                   || address.IsIPv6Teredo;
        }
        var b = address.GetAddressBytes();
        return b[0] == 0 || b[0] == 10 || b[0] == 127
               || (b[0] == 100 && b[1] >= 64 && b[1] <= 127)     // carrier-grade NAT
               || (b[0] == 169 && b[1] == 254)                     // link-local (and cloud metadata)
               || (b[0] == 172 && b[1] >= 16 && b[1] <= 31)
               || (b[0] == 192 && b[1] == 168)
               || (b[0] == 192 && b[1] == 0 && b[2] == 0)
               || (b[0] == 198 && (b[1] == 18 || b[1] == 19))      // benchmarking
               || b[0] >= 224;                                      // multicast and reserved
    }
}
