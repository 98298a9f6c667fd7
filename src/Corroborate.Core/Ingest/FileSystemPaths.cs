using System.Buffers.Binary;
using System.Runtime.InteropServices;

namespace Corroborate.Core.Ingest;

public enum FileKind { Missing, Regular, Directory, Fifo, CharacterDevice, BlockDevice, Socket }

/// <summary>
/// What a path names, and where it really is, with symbolic links followed. .NET reports FIFOs, devices
/// and sockets as ordinary files and has no realpath, so on Unix both come from the C library.
/// </summary>
public static class FileSystemPaths
{
    /// <summary>The kind of file behind <paramref name="path"/>, following symbolic links.</summary>
    public static FileKind KindOf(string path)
    {
        if (!OperatingSystem.IsLinux())
            return Directory.Exists(path) ? FileKind.Directory : File.Exists(path) ? FileKind.Regular : FileKind.Missing;
        // statx, unlike stat, has one struct layout on every architecture: stx_mode is the 16 bits at offset 28.
        var buffer = new byte[256];
        if (Statx(AtCurrentDirectory, path, 0, StatxType, buffer) != 0) return FileKind.Missing;
        return (BinaryPrimitives.ReadUInt16LittleEndian(buffer.AsSpan(28)) & 0xF000) switch
        {
            0x8000 => FileKind.Regular,
            0x4000 => FileKind.Directory,
            0x1000 => FileKind.Fifo,
            0x2000 => FileKind.CharacterDevice,
            0x6000 => FileKind.BlockDevice,
            0xC000 => FileKind.Socket,
            _ => FileKind.Missing,
        };
    }

    /// <summary>The absolute path with every symbolic link resolved, or null when it does not exist.</summary>
    public static string? RealPath(string path)
    {
        if (OperatingSystem.IsWindows())
        {
            var info = new FileInfo(path);
            return info.Exists || Directory.Exists(path) ? Path.GetFullPath(info.ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? info.FullName) : null;
        }
        IntPtr resolved = UnixRealPath(path, IntPtr.Zero);
        if (resolved == IntPtr.Zero) return null;
        try { return Marshal.PtrToStringUTF8(resolved); }
        finally { Marshal.FreeHGlobal(resolved); }
    }

    private const int AtCurrentDirectory = -100;
    private const uint StatxType = 1;

    [DllImport("libc", EntryPoint = "statx")]
    private static extern int Statx(int dirfd, [MarshalAs(UnmanagedType.LPUTF8Str)] string path, int flags, uint mask, byte[] buffer);

    [DllImport("libc", EntryPoint = "realpath")]
    private static extern IntPtr UnixRealPath([MarshalAs(UnmanagedType.LPUTF8Str)] string path, IntPtr resolved);
}
