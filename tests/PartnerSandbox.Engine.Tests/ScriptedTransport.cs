using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Net;
using System.Net.Http;
using System.Text;
using System.Threading;
using System.Threading.Tasks;

namespace PartnerSandbox.Engine.Tests;

/// <summary>A transport that answers from a script and records every request it was sent, with its body.</summary>
internal sealed class ScriptedTransport : HttpMessageHandler
{
    private readonly ConcurrentQueue<Func<HttpRequestMessage, CancellationToken, Task<HttpResponseMessage>>> script = new();

    public List<(HttpRequestMessage Request, string? Body)> Received { get; } = new();

    public ScriptedTransport Then(HttpStatusCode status, string? json = null, Action<HttpResponseMessage>? configure = null)
    {
        script.Enqueue((_, _) =>
        {
            var response = new HttpResponseMessage(status);
            if (json is not null)
            {
                response.Content = new StringContent(json, Encoding.UTF8, "application/json");
            }

            configure?.Invoke(response);
            return Task.FromResult(response);
        });
        return this;
    }

    public ScriptedTransport ThenDrop()
    {
        script.Enqueue((_, _) => throw new HttpRequestException("The connection was closed by the remote host."));
        return this;
    }

    /// <summary>Answers 200 at once, then sends <paramref name="body"/> one byte every <paramref name="interval"/>.</summary>
    public ScriptedTransport ThenTrickle(string body, TimeSpan interval)
    {
        script.Enqueue((_, _) => Task.FromResult(new HttpResponseMessage(HttpStatusCode.OK)
        {
            Content = new StreamContent(new TrickleStream(Encoding.UTF8.GetBytes(body), interval)),
        }));
        return this;
    }

    /// <summary>Answers 200 and the start of <paramref name="body"/>, then the connection drops in the middle of the body.</summary>
    public ScriptedTransport ThenDropMidBody(string body)
    {
        script.Enqueue((_, _) => Task.FromResult(new HttpResponseMessage(HttpStatusCode.OK)
        {
            Content = new StreamContent(new TrickleStream(Encoding.UTF8.GetBytes(body.Substring(0, body.Length / 2)), TimeSpan.Zero, dropAtEnd: true)),
        }));
        return this;
    }

    /// <summary>Fails as a TLS handshake with a certificate this machine does not trust fails.</summary>
    public ScriptedTransport ThenUntrustedCertificate()
    {
        script.Enqueue((_, _) => throw new HttpRequestException(
            "The SSL connection could not be established, see inner exception.",
            new System.Security.Authentication.AuthenticationException("The remote certificate is invalid because of errors in the certificate chain: UntrustedRoot")));
        return this;
    }

    /// <summary>Never answers; only the request's cancellation (a timeout) ends the wait.</summary>
    public ScriptedTransport ThenHang()
    {
        script.Enqueue(async (_, cancellationToken) =>
        {
            await Task.Delay(Timeout.Infinite, cancellationToken);
            throw new InvalidOperationException("unreachable");
        });
        return this;
    }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var body = request.Content is null ? null : await request.Content.ReadAsStringAsync(cancellationToken);
        lock (Received)
        {
            Received.Add((request, body));
        }

        if (!script.TryDequeue(out var next))
        {
            throw new InvalidOperationException("The test's script has no answer left for " + request.Method + " " + request.RequestUri);
        }

        var response = await next(request, cancellationToken);
        response.RequestMessage = request;
        return response;
    }
}
