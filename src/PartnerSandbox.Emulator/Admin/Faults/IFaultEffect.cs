using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;

namespace PartnerSandbox.Emulator.Admin.Faults;

/// <summary>What a fault does to a request that drew it.</summary>
internal interface IFaultEffect
{
    /// <param name="next">The request's normal processing, for the kinds that let it happen.</param>
    Task ApplyAsync(HttpContext http, RequestDelegate next);
}
