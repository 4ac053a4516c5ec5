using System;
using System.Collections.Generic;
using System.Management.Automation;
using PartnerSandbox.Engine;
using PartnerSandbox.Engine.Models;
using PartnerSandbox.Infrastructure.Connections;

namespace PartnerSandbox;

/// <summary>The base of the cmdlets that call Partner Center: they take -Connection, or use the runspace's current one.</summary>
public abstract class PCSandboxApiCmdlet : PCSandboxCmdlet
{
    /// <summary>How many customers are asked for per page when listing them.</summary>
    private const int CustomerPageSize = 200;

    private PCSandboxConnection? active;

    /// <summary>The connection to use instead of the current one of this session (from Connect-PCSandbox).</summary>
    [Parameter]
    [ValidateNotNull]
    public PCSandboxConnection? Connection { get; set; }

    /// <summary>
    /// The connection this invocation uses, chosen once (a Connect-PCSandbox later in the same pipeline does not move
    /// work already under way); throws the terminating NotConnected error when there is none.
    /// </summary>
    internal PCSandboxConnection ActiveConnection
    {
        get
        {
            if (active is not null)
            {
                return active;
            }

            var connection = Connection ?? ConnectionStore.Current;
            if (connection is null)
            {
                ThrowNotConnected(Messages.NotConnected);
            }
            else if (connection.IsDisconnected)
            {
                ThrowNotConnected(Messages.ConnectionClosed);
            }

            return active = connection!;
        }
    }

    internal PartnerCenterClient Client => ActiveConnection.Session.Client;

    /// <summary>Every customer of the partner, page by page as the service sends them (following each next link).</summary>
    internal IEnumerable<Customer> EnumerateCustomers(string? namePrefix)
    {
        var client = Client;
        var page = RunEngine(token => client.GetCustomersAsync(namePrefix, CustomerPageSize, token));
        while (true)
        {
            foreach (var customer in page.Items)
            {
                yield return customer;
            }

            var next = page.Links?.Next;
            if (next is null)
            {
                yield break;
            }

            page = RunEngine(token => client.GetNextPageAsync<Customer>(next, token));
        }
    }

    /// <summary>
    /// Writes a non-terminating error for a failed engine call, its text starting with <paramref name="subject"/>
    /// (what failed: an order, a customer), classified in <paramref name="context"/>. Other exceptions are bugs and propagate.
    /// </summary>
    internal void WriteEngineError(Exception exception, object? target, string? subject, Errors.ErrorContext? context = null)
    {
        if (exception is PartnerCenterException failure)
        {
            WriteError(Errors.ErrorCatalog.FromEngine(failure, target, subject, context));
        }
        else if (exception is OperationCanceledException)
        {
            throw new PipelineStoppedException();
        }
        else
        {
            throw new InvalidOperationException(exception.Message, exception);
        }
    }
}
