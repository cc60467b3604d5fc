using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Threading;
using Xunit;

namespace NewsSchema.Sample.Tests.Editor;

/// <summary>
/// A minimal LSP client: starts the real yaml-language-server (tests/editor, pinned by its
/// package-lock.json and installed with `npm ci`) under Node and speaks JSON-RPC to it over stdio.
/// </summary>
internal sealed class LanguageServer : IDisposable
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(60);
    private readonly Process _process;
    private readonly Stream _input;
    private readonly ConcurrentDictionary<int, JsonNode?> _responses = new();
    private readonly ConcurrentDictionary<string, JsonArray> _diagnostics = new();
    private readonly StringBuilder _stderr = new();
    private readonly Thread _reader;
    private int _nextId;

    private LanguageServer(Process process)
    {
        _process = process;
        _input = process.StandardInput.BaseStream;
        _reader = new Thread(ReadLoop) { IsBackground = true, Name = "yaml-language-server reader" };
        _reader.Start();
        process.ErrorDataReceived += (_, e) =>
        {
            lock (_stderr)
            {
                _stderr.AppendLine(e.Data);
            }
        };
        process.BeginErrorReadLine();
    }

    /// <summary>Starts the server and initializes it; fails clearly when Node or the npm packages are missing.</summary>
    public static LanguageServer Start()
    {
        var node = NodeTools.Node();
        var server = NodeTools.Module("yaml-language-server/bin/yaml-language-server");
        var info = new ProcessStartInfo(node)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = Repo.Root,
        };
        info.ArgumentList.Add(server);
        info.ArgumentList.Add("--stdio");
        var process = Process.Start(info) ?? throw new InvalidOperationException("could not start " + node);
        var client = new LanguageServer(process);
        client.Request("initialize", new JsonObject
        {
            ["processId"] = Environment.ProcessId,
            ["rootUri"] = new Uri(Repo.Root + Path.DirectorySeparatorChar).AbsoluteUri,
            ["capabilities"] = new JsonObject
            {
                ["textDocument"] = new JsonObject
                {
                    ["completion"] = new JsonObject { ["completionItem"] = new JsonObject { ["snippetSupport"] = false } },
                    ["hover"] = new JsonObject { ["contentFormat"] = new JsonArray("markdown", "plaintext") },
                    ["publishDiagnostics"] = new JsonObject(),
                },
                ["workspace"] = new JsonObject { ["configuration"] = true },
            },
        });
        client.Notify("initialized", new JsonObject());
        client.Notify("workspace/didChangeConfiguration", new JsonObject { ["settings"] = new JsonObject { ["yaml"] = Settings() } });
        return client;
    }

    /// <summary>Offline: no schema store; the modelines name local files.</summary>
    private static JsonObject Settings() => new()
    {
        ["validate"] = true,
        ["hover"] = true,
        ["completion"] = true,
        ["format"] = new JsonObject { ["enable"] = false },
        ["schemaStore"] = new JsonObject { ["enable"] = false },
        ["schemas"] = new JsonObject(),
    };

    /// <summary>Opens <paramref name="text"/> as the document at <paramref name="path"/> (the file need not exist; the modeline resolves against its folder).</summary>
    public string Open(string path, string text)
    {
        var uri = new Uri(path).AbsoluteUri;
        _diagnostics.TryRemove(uri, out _);
        Notify("textDocument/didOpen", new JsonObject
        {
            ["textDocument"] = new JsonObject { ["uri"] = uri, ["languageId"] = "yaml", ["version"] = 1, ["text"] = text },
        });
        return uri;
    }

    /// <summary>The diagnostics the server published for <paramref name="uri"/> (waits for them).</summary>
    public IReadOnlyList<(int Line, string Message)> Diagnostics(string uri)
    {
        var watch = Stopwatch.StartNew();
        while (!_diagnostics.ContainsKey(uri))
        {
            Assert.True(watch.Elapsed < Timeout, "yaml-language-server published no diagnostics for " + uri + ". " + Stderr());
            Thread.Sleep(20);
        }

        return _diagnostics[uri].Select(d => (d!["range"]!["start"]!["line"]!.GetValue<int>(), d["message"]!.GetValue<string>())).ToList();
    }

    /// <summary>The labels of the completion items at a 0-based position.</summary>
    public IReadOnlyList<string> Completion(string uri, int line, int character)
    {
        var result = Request("textDocument/completion", Position(uri, line, character));
        var items = result is JsonArray array ? array : result?["items"] as JsonArray;
        return items?.Select(i => i!["label"]!.GetValue<string>()).ToList() ?? new List<string>();
    }

    /// <summary>The hover text at a 0-based position ("" when none).</summary>
    public string Hover(string uri, int line, int character)
    {
        var contents = Request("textDocument/hover", Position(uri, line, character))?["contents"];
        return contents switch
        {
            null => string.Empty,
            JsonArray parts => string.Join("\n", parts.Select(p => p is JsonObject o ? o["value"]!.GetValue<string>() : p!.GetValue<string>())),
            JsonObject o => o["value"]!.GetValue<string>(),
            _ => contents.GetValue<string>(),
        };
    }

    private static JsonObject Position(string uri, int line, int character) => new()
    {
        ["textDocument"] = new JsonObject { ["uri"] = uri },
        ["position"] = new JsonObject { ["line"] = line, ["character"] = character },
    };

    public string Stderr()
    {
        lock (_stderr)
        {
            return _stderr.Length == 0 ? string.Empty : "Server stderr: " + _stderr;
        }
    }

    private JsonNode? Request(string method, JsonObject parameters)
    {
        var id = Interlocked.Increment(ref _nextId);
        Send(new JsonObject { ["jsonrpc"] = "2.0", ["id"] = id, ["method"] = method, ["params"] = parameters });
        var watch = Stopwatch.StartNew();
        JsonNode? response;
        while (!_responses.TryRemove(id, out response))
        {
            Assert.True(!_process.HasExited, "yaml-language-server exited with " + (_process.HasExited ? _process.ExitCode : 0) + " during " + method + ". " + Stderr());
            Assert.True(watch.Elapsed < Timeout, "yaml-language-server did not answer " + method + " in " + Timeout.TotalSeconds + " s. " + Stderr());
            Thread.Sleep(10);
        }

        Assert.True(response?["error"] is null, method + " failed: " + response?["error"]?.ToJsonString());
        return response?["result"];
    }

    private void Notify(string method, JsonObject parameters)
        => Send(new JsonObject { ["jsonrpc"] = "2.0", ["method"] = method, ["params"] = parameters });

    private void Send(JsonObject message)
    {
        var body = Encoding.UTF8.GetBytes(message.ToJsonString());
        var header = Encoding.ASCII.GetBytes("Content-Length: " + body.Length + "\r\n\r\n");
        lock (_input)
        {
            _input.Write(header);
            _input.Write(body);
            _input.Flush();
        }
    }

    private void ReadLoop()
    {
        var stream = _process.StandardOutput.BaseStream;
        try
        {
            while (true)
            {
                var length = -1;
                string? line;
                while ((line = ReadHeaderLine(stream)) is not null && line.Length > 0)
                {
                    if (line.StartsWith("Content-Length:", StringComparison.OrdinalIgnoreCase))
                    {
                        length = int.Parse(line.AsSpan(15).Trim(), System.Globalization.CultureInfo.InvariantCulture);
                    }
                }

                if (line is null || length < 0)
                {
                    return;
                }

                var body = new byte[length];
                stream.ReadExactly(body);
                Handle(JsonNode.Parse(body)!.AsObject());
            }
        }
        catch (Exception ex) when (ex is IOException or ObjectDisposedException or EndOfStreamException)
        {
            // The server ended.
        }
    }

    private static string? ReadHeaderLine(Stream stream)
    {
        var bytes = new List<byte>();
        int b;
        while ((b = stream.ReadByte()) >= 0)
        {
            if (b == '\n')
            {
                return Encoding.ASCII.GetString(bytes.ToArray()).TrimEnd('\r');
            }

            bytes.Add((byte)b);
        }

        return null;
    }

    private void Handle(JsonObject message)
    {
        var method = message["method"]?.GetValue<string>();
        var id = message["id"];
        if (method is null && id is not null)
        {
            _responses[id.GetValue<int>()] = message;
            return;
        }

        if (method == "textDocument/publishDiagnostics")
        {
            var p = message["params"]!;
            _diagnostics[p["uri"]!.GetValue<string>()] = (JsonArray)p["diagnostics"]!.DeepClone();
            return;
        }

        if (id is not null)
        {
            // Server-to-client requests: configuration gets the offline settings, the rest a null result.
            JsonNode? result = null;
            if (method == "workspace/configuration")
            {
                var items = message["params"]?["items"]?.AsArray().Count ?? 1;
                var list = new JsonArray();
                for (var i = 0; i < items; i++)
                {
                    list.Add(Settings());
                }

                result = list;
            }

            Send(new JsonObject { ["jsonrpc"] = "2.0", ["id"] = id.DeepClone(), ["result"] = result });
        }
    }

    public void Dispose()
    {
        try
        {
            if (!_process.HasExited)
            {
                Request("shutdown", new JsonObject());
                Notify("exit", new JsonObject());
                if (!_process.WaitForExit(5000))
                {
                    _process.Kill(entireProcessTree: true);
                }
            }
        }
        catch (Exception ex) when (ex is IOException or InvalidOperationException or Xunit.Sdk.XunitException)
        {
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
            }
        }

        _process.Dispose();
    }
}

/// <summary>Where Node and the npm packages of tests/editor are; a missing one fails the test with what to do.</summary>
internal static class NodeTools
{
    public static string EditorFolder => Repo.PathOf("tests/editor");

    public static string Node()
    {
        var names = OperatingSystem.IsWindows() ? new[] { "node.exe" } : new[] { "node" };
        foreach (var dir in (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
        {
            foreach (var name in names)
            {
                var candidate = Path.Combine(dir, name);
                if (File.Exists(candidate))
                {
                    return candidate;
                }
            }
        }

        Assert.Fail("Node.js (node) is not on PATH. The editor tests run yaml-language-server and mermaid under Node 20 or newer: install Node, then `npm ci --prefix tests/editor` (README, \"Run every test\").");
        return string.Empty;
    }

    /// <summary>The full path of a file inside tests/editor/node_modules.</summary>
    public static string Module(string relative)
    {
        var path = Path.Combine(EditorFolder, "node_modules", relative.Replace('/', Path.DirectorySeparatorChar));
        Assert.True(File.Exists(path), "tests/editor/node_modules/" + relative + " is missing: run `npm ci --prefix tests/editor` (.ci/run does) to install the pinned yaml-language-server, ajv and mermaid.");
        return path;
    }
}
