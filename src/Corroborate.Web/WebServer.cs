using Corroborate.Core.Store;
using Corroborate.Storage;
using Corroborate.Web.Api;
using Corroborate.Web.Pages;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Corroborate.Web;

/// <summary>Builds the web application: HTML pages, the JSON API with its OpenAPI document, and the security headers.</summary>
public static class WebServer
{
    public static WebApplication Build(WebServerOptions options)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls(options.Urls);
        builder.WebHost.ConfigureKestrel(k => k.Limits.MaxRequestBodySize = options.MaxRequestBytes);
        builder.Services.Configure<FormOptions>(f =>
        {
            f.MultipartBodyLengthLimit = options.MaxRequestBytes;
            // Files count as form values; the one extra is the upload page's token field.
            f.ValueCountLimit = options.MaxUploadFiles + 1;
        });
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Services.AddProblemDetails();
        builder.Services.ConfigureHttpJsonOptions(j => j.SerializerOptions.PropertyNamingPolicy = System.Text.Json.JsonNamingPolicy.SnakeCaseLower);
        builder.Services.AddOpenApi();
        builder.Services.AddSingleton(options);
        builder.Services.AddSingleton<StoryReports>();
        builder.Services.AddSingleton<CorpusClaims>();
        builder.Services.AddSingleton<StoryExplanations>();
        // One store per request: SQLite connections are not shared across threads.
        builder.Services.AddScoped<IStore>(_ => StoreFactory.Open(options.Db));

        var app = builder.Build();
        // A body over the size limit surfaces as BadHttpRequestException: answer 413, not 500.
        app.UseExceptionHandler(new ExceptionHandlerOptions { StatusCodeSelector = e => e is BadHttpRequestException bad ? bad.StatusCode : 500 });
        app.UseStatusCodePages();
        app.Use(SecurityHeaders);
        app.Use(BodySizeLimit.Enforce);
        app.MapOpenApi();
        ApiEndpoints.Map(app);
        PageEndpoints.Map(app);
        CopyPages.Map(app);
        StoryPages.Map(app);
        EntityPages.Map(app);
        FindingPages.Map(app);
        ChangeEndpoints.Map(app);
        ChangePages.Map(app);
        return app;
    }

    /// <summary>Nothing on our pages may load or run anything from elsewhere, and pages may not be framed.</summary>
    private static Task SecurityHeaders(HttpContext context, Func<Task> next)
    {
        var h = context.Response.Headers;
        h.ContentSecurityPolicy = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";
        h.XContentTypeOptions = "nosniff";
        h["Referrer-Policy"] = "no-referrer";
        return next();
    }
}
