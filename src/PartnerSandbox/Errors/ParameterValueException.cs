using System;
using System.Management.Automation;

namespace PartnerSandbox.Errors;

/// <summary>A parameter value a cmdlet cannot use, found before anything was sent; its message names the parameter.</summary>
[Serializable]
internal sealed class ParameterValueException : PSArgumentException
{
    public ParameterValueException(string parameter, string message)
        : base(message, parameter)
    {
    }
}
