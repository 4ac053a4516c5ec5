using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;

namespace PartnerSandbox.Emulator.Admin.Faults;

/// <summary><c>drop</c>: aborts the connection instead of processing the request.</summary>
internal sealed class DropFault : IFaultEffect
{
    public Task ApplyAsync(HttpContext http, RequestDelegate next)
    {
        ConnectionDrop.Abort(http);
        return Task.CompletedTask;
    }
}
