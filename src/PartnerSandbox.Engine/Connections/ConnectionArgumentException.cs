using System;

namespace PartnerSandbox.Engine.Connections;

/// <summary>A Connect-PCSandbox argument that cannot be used; ParamName is the PowerShell parameter's name.</summary>
[Serializable]
public sealed class ConnectionArgumentException : ArgumentException
{
    public ConnectionArgumentException(string powerShellParameter, string message)
        : base(message, powerShellParameter)
    {
    }
}
