using System.CommandLine;
using Corroborate.Web;

namespace Corroborate.Cli.Commands;

public static class ServeCommand
{
    public const string TokenVariable = "CORROBORATE_TOKEN";

    public static Command Create()
    {
        var urls = new Option<string>("--urls") { Description = "Address to listen on", DefaultValueFactory = _ => "http://127.0.0.1:5080" };
        var token = new Option<string?>("--token") { Description = $"Token required for writes (default: the {TokenVariable} environment variable; without one, writes are refused)" };
        var maxUpload = new Option<string>("--max-upload") { Description = "Largest accepted request body (e.g. 10MB)", DefaultValueFactory = _ => "10MB" };
        var maxFiles = new Option<int>("--max-upload-files") { Description = "Most files in one multipart upload", DefaultValueFactory = _ => 500 };
        var command = new Command("serve", "Serve the web UI and the HTTP JSON API (OpenAPI at /openapi/v1.json)") { urls, token, maxUpload, maxFiles };
        command.SetSafeAction(result =>
        {
            var options = new WebServerOptions
            {
                Db = result.GetValue(CommonOptions.Db)!,
                Urls = result.GetValue(urls)!,
                IngestToken = result.GetValue(token) ?? Environment.GetEnvironmentVariable(TokenVariable),
                MaxRequestBytes = CommonOptions.ParseSize(result.GetValue(maxUpload)!),
                MaxUploadFiles = result.GetValue(maxFiles),
            };
            using (CommonOptions.OpenStore(result)) { } // fail fast on a bad database, before listening
            var app = WebServer.Build(options);
            Console.WriteLine($"Serving {options.Db} on {options.Urls}{(options.IngestToken is null ? " (read-only: no ingest token set)" : "")}; Ctrl+C stops.");
            app.Run();
            return ExitCodes.Ok;
        });
        return command;
    }
}
