using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;

namespace Corroborate.Web;

/// <summary>
/// Answers 413 to a request whose declared length is over the limit, before anything else (the token check
/// included) looks at it. The body is read and thrown away first: closing the connection while the client is
/// still sending makes it see a reset instead of the answer. (A chunked body has no declared length; Kestrel
/// stops it at the limit and the exception handler answers 413.)
/// </summary>
public static class BodySizeLimit
{
    /// <summary>Past this, reading the body only to refuse it costs more than the client's seeing a reset.</summary>
    private const long MaxDrainBytes = 64L << 20;

    public static async Task Enforce(HttpContext context, Func<Task> next)
    {
        long limit = context.RequestServices.GetRequiredService<WebServerOptions>().MaxRequestBytes;
        if (context.Request.ContentLength is not { } length || length <= limit)
        {
            await next();
            return;
        }
        if (length <= MaxDrainBytes && context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } size)
        {
            size.MaxRequestBodySize = length;
            await context.Request.Body.CopyToAsync(Stream.Null, context.RequestAborted);
        }
        await Results.Problem(statusCode: StatusCodes.Status413PayloadTooLarge, title: "Request too large",
            detail: $"The body is {length:N0} bytes; this server accepts at most {limit:N0} (serve --max-upload).").ExecuteAsync(context);
    }
}
