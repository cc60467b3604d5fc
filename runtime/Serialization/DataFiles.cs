using System;
using System.ComponentModel;
using System.IO;
using System.Security;

namespace NewsSchema.Generated;

/// <summary>Reads data files for the generated <c>LoadFiles</c>: a file that cannot be read is a <see cref="DataError"/>, not an exception.</summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class DataFiles
{
    /// <summary>
    /// Reads all bytes of <paramref name="path"/>. On failure returns false with a
    /// <see cref="DataErrorCodes.File"/> error naming the path and the reason.
    /// </summary>
    public static bool TryRead(string? path, out byte[] bytes, out DataError? error)
    {
        bytes = Array.Empty<byte>();
        error = null;
        if (string.IsNullOrWhiteSpace(path))
        {
            error = new DataError(DataErrorCodes.File, string.Empty, path is null ? "a path is null" : "a path is empty", path);
            return false;
        }

        string reason;
        try
        {
            if (Directory.Exists(path))
            {
                reason = "it is a folder, not a file";
            }
            else
            {
                bytes = File.ReadAllBytes(path);
                return true;
            }
        }
        catch (FileNotFoundException)
        {
            reason = "the file does not exist";
        }
        catch (DirectoryNotFoundException)
        {
            reason = "the folder of the file does not exist";
        }
        catch (UnauthorizedAccessException)
        {
            reason = "permission to read the file is denied";
        }
        catch (PathTooLongException)
        {
            reason = "the path is too long";
        }
        catch (IOException ex)
        {
            reason = "the file cannot be read: " + ex.Message;
        }
        catch (ArgumentException ex)
        {
            reason = "the path is not valid: " + ex.Message;
        }
        catch (NotSupportedException ex)
        {
            reason = "the path is not valid: " + ex.Message;
        }
        catch (SecurityException ex)
        {
            reason = "the path is not valid: " + ex.Message;
        }

        error = new DataError(DataErrorCodes.File, string.Empty, reason, path);
        return false;
    }
}
