using System;
using System.Collections.Generic;
using System.Linq;

namespace PartnerSandbox.Engine.Connections
{
    /// <summary>A Partner Center cloud: where its API lives, where its tokens come from, and the API's audience.</summary>
    public sealed class PartnerCenterEnvironment
    {
        private const string GlobalApi = "https://api.partnercenter.microsoft.com";

        public static readonly PartnerCenterEnvironment Global = new("Global", GlobalApi, "https://login.microsoftonline.com", GlobalApi);
        public static readonly PartnerCenterEnvironment China = new(
            "China", "https://partner.partnercenterapi.microsoftonline.cn", "https://login.chinacloudapi.cn", "https://partner.partnercenterapi.microsoftonline.cn");
        public static readonly PartnerCenterEnvironment USGov = new("USGov", GlobalApi, "https://login.microsoftonline.us", GlobalApi);
        public static readonly PartnerCenterEnvironment Germany = new("Germany", GlobalApi, "https://login.microsoftonline.de", GlobalApi);

        /// <summary>The named clouds, in the order users see them (tab completion, help).</summary>
        public static IReadOnlyList<PartnerCenterEnvironment> Known { get; } = new[] { Global, China, USGov, Germany };

        private PartnerCenterEnvironment(string name, string apiBaseUri, string authorityHost, string audience)
        {
            Name = name;
            ApiBaseUri = new Uri(apiBaseUri);
            AuthorityHost = new Uri(authorityHost);
            Audience = audience;
        }

        public string Name { get; }

        public Uri ApiBaseUri { get; }

        public Uri AuthorityHost { get; }

        /// <summary>The resource the tokens are for; app-only sign-in asks for "{Audience}/.default".</summary>
        public string Audience { get; }

        public string AppOnlyScope => Audience + "/.default";

        public static PartnerCenterEnvironment? Find(string name) =>
            Known.FirstOrDefault(e => string.Equals(e.Name, name, StringComparison.OrdinalIgnoreCase));
    }
}
