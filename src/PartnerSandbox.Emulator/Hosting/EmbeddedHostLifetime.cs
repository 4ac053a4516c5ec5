using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Hosting;

namespace PartnerSandbox.Emulator.Hosting;

/// <summary>
/// The emulator is started and stopped by its owner (a test, or the command line), so the host
/// must not hook Ctrl+C or SIGTERM itself, as the default console lifetime would.
/// </summary>
internal sealed class EmbeddedHostLifetime : IHostLifetime
{
    public Task WaitForStartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
