using System;

namespace PartnerSandbox.Engine.Connections;

/// <summary>A connection setting the engine cannot use: <see cref="Setting"/> says which, the message what is wrong with it.</summary>
[Serializable]
public sealed class ConnectionArgumentException : ArgumentException
{
    public ConnectionArgumentException(ConnectionSetting setting, string message)
        : base(message)
    {
        Setting = setting;
    }

    public ConnectionSetting Setting { get; }
}
