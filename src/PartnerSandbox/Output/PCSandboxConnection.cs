using System;
using System.Globalization;
using PartnerSandbox.Engine;

namespace PartnerSandbox
{
    /// <summary>
    /// What Connect-PCSandbox returns and what -Connection takes. It shows who is connected and where; it never holds a
    /// secret or a token in a property (the signed-in session behind it is internal).
    /// </summary>
    public sealed class PCSandboxConnection
    {
        internal PCSandboxConnection(PartnerCenterSession session)
        {
            Session = session;
        }

        public string TenantId => Session.Settings.TenantId;

        public string ClientId => Session.ClientId;

        public string SignInKind => Session.SignInKind;

        public string Environment => Session.Settings.EnvironmentName;

        public Uri Endpoint => Session.Settings.ApiBaseUri;

        public Uri AuthorityHost => Session.Settings.AuthorityHost;

        public DateTimeOffset? TokenExpiresOn => Session.TokenExpiresOn;

        internal PartnerCenterSession Session { get; }

        public override string ToString() =>
            string.Format(CultureInfo.InvariantCulture, "{0} ({1}, application {2}, {3})", TenantId, Environment, ClientId, SignInKind);
    }
}
