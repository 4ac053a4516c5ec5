using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using PartnerSandbox.Emulator.Seeding;

namespace PartnerSandbox.Emulator.Hosting;

/// <summary>What the command line asked for: options to run with, the help text, or a usage error.</summary>
internal sealed record CommandLineRequest(EmulatorOptions? Options, bool ShowHelp, string? Error);

/// <summary>Parses the emulator's command line (see <see cref="HelpText"/>).</summary>
internal static class CommandLine
{
    public static string HelpText { get; } =
        $"""
        PartnerSandbox emulator: an offline Partner Center (REST API and identity endpoints) on https://127.0.0.1.

        Usage: partnersandbox-emulator [options]
           (in the repository: dotnet run --project src/PartnerSandbox.Emulator -- [options])

        Options:
          --port <n>                 Loopback port to listen on (0-65535). Default 0: a free port.
          --identity-port <n>        Loopback port of the plain-HTTP managed-identity endpoint
                                     (IDENTITY_ENDPOINT). Default 0: a free port.
          --seed <file|name>         Seed file with partners, apps, customers and orders, or the name of a
                                     built-in seed (below). Repeatable.
          --test-mode                Enable the admin API under /_emulator (faults, request log, reset, clock).
          --token-lifetime <seconds> Lifetime of issued access tokens. Default 3600.
          --device-code-approval <seconds|manual>
                                     Device codes count as approved (first seeded user, with MFA) this many
                                     seconds after they are issued; manual: only via the admin API. Default 3.
        {ScenarioCommandLine.HelpText}
        {AnswerCommandLine.HelpText}
          --help, -h                 Show this help.

        Built-in seeds (--seed <name>):
        {BuiltInSeedList()}

        On start, the first line of output is "PartnerSandbox emulator listening on https://127.0.0.1:<port>".
        Stop with Ctrl+C or SIGTERM. Exit codes: 0 stopped, 1 could not start, 2 bad arguments or seed file.
        """;

    public static CommandLineRequest Parse(IReadOnlyList<string> args)
    {
        var port = 0;
        var identityPort = 0;
        var seedFiles = new List<string>();
        var testMode = false;
        var tokenLifetime = TimeSpan.FromHours(1);
        TimeSpan? deviceCodeApproval = TimeSpan.FromSeconds(3);
        var scenario = new ScenarioCommandLine();
        var answers = new AnswerCommandLine();
        for (var index = 0; index < args.Count; index++)
        {
            var option = args[index];
            switch (option)
            {
                case "--help" or "-h" or "-?":
                    return new CommandLineRequest(null, ShowHelp: true, null);
                case "--test-mode":
                    testMode = true;
                    break;
                case "--seed" when index + 1 < args.Count:
                    seedFiles.Add(args[++index]);
                    break;
                case "--port" when index + 1 < args.Count:
                    if (!TryParseWhole(args[++index], 0, 65535, out port))
                    {
                        return Failure($"--port must be a whole number from 0 to 65535, got '{args[index]}'.");
                    }

                    break;
                case "--identity-port" when index + 1 < args.Count:
                    if (!TryParseWhole(args[++index], 0, 65535, out identityPort))
                    {
                        return Failure($"--identity-port must be a whole number from 0 to 65535, got '{args[index]}'.");
                    }

                    break;
                case "--token-lifetime" when index + 1 < args.Count:
                    if (!TryParseWhole(args[++index], 1, int.MaxValue, out var seconds))
                    {
                        return Failure($"--token-lifetime must be a whole number of seconds, at least 1, got '{args[index]}'.");
                    }

                    tokenLifetime = TimeSpan.FromSeconds(seconds);
                    break;
                case "--device-code-approval" when index + 1 < args.Count:
                    if (args[++index] == "manual")
                    {
                        deviceCodeApproval = null;
                    }
                    else if (TryParseWhole(args[index], 0, int.MaxValue, out var approvalSeconds))
                    {
                        deviceCodeApproval = TimeSpan.FromSeconds(approvalSeconds);
                    }
                    else
                    {
                        return Failure($"--device-code-approval must be a whole number of seconds or 'manual', got '{args[index]}'.");
                    }

                    break;
                case "--seed" or "--port" or "--identity-port" or "--token-lifetime" or "--device-code-approval":
                    return Failure($"{option} needs a value.");
                case var name when ScenarioCommandLine.Takes(name) && index + 1 < args.Count:
                    if (scenario.Read(name, args[++index]) is { } problem)
                    {
                        return Failure(problem);
                    }

                    break;
                case var name when AnswerCommandLine.Takes(name) && index + 1 < args.Count:
                    if (answers.Read(name, args[++index]) is { } answerProblem)
                    {
                        return Failure(answerProblem);
                    }

                    break;
                case var name when ScenarioCommandLine.Takes(name) || AnswerCommandLine.Takes(name):
                    return Failure($"{name} needs a value.");
                default:
                    return Failure($"unknown option '{option}'.");
            }
        }

        var options = new EmulatorOptions
        {
            Port = port,
            IdentityPort = identityPort,
            SeedFiles = seedFiles,
            TestMode = testMode,
            TokenLifetime = tokenLifetime,
            DeviceCodeApprovalDelay = deviceCodeApproval,
            LogToConsole = true,
            Generate = scenario.Generate(),
            StateFile = scenario.StateFile,
            Knobs = answers.Apply(scenario.Knobs),
        };
        return new CommandLineRequest(options, ShowHelp: false, null);
    }

    private static string BuiltInSeedList() =>
        string.Join(Environment.NewLine, BuiltInSeeds.Names.Select(name => $"  {name,-9}{BuiltInSeeds.Summary(name)}"));

    private static CommandLineRequest Failure(string error) => new(null, ShowHelp: false, error);

    private static bool TryParseWhole(string text, int minimum, int maximum, out int value) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out value) && value >= minimum && value <= maximum;
}
