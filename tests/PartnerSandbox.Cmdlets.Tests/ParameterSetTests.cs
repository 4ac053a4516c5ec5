using System;
using System.Linq;
using System.Management.Automation;
using System.Reflection;
using Xunit;

namespace PartnerSandbox.Cmdlets.Tests;

/// <summary>
/// The one convention for parameter-set names: a cmdlet with parameter sets names every one of them in its nested
/// <c>Sets</c> class, one constant per set, named as the set, and nothing else is there.
/// </summary>
public class ParameterSetTests
{
    private static readonly Type[] Cmdlets = typeof(Commands.ConnectPCSandboxCommand).Assembly.GetTypes()
        .Where(type => type.GetCustomAttribute<CmdletAttribute>() is not null)
        .ToArray();

    [Fact]
    public void Every_cmdlet_names_its_parameter_sets_in_its_Sets_class_each_constant_named_as_its_set()
    {
        Assert.NotEmpty(Cmdlets);
        foreach (var cmdlet in Cmdlets)
        {
            var used = UsedSetNames(cmdlet);
            var declared = cmdlet.GetNestedType("Sets", BindingFlags.NonPublic | BindingFlags.Public)?
                .GetFields(BindingFlags.Public | BindingFlags.Static)
                .Where(field => field.IsLiteral)
                .ToDictionary(field => field.Name, field => (string)field.GetRawConstantValue()!);

            if (used.Length == 0)
            {
                Assert.True(declared is null, $"{cmdlet.Name} has no parameter sets, so it has no Sets class.");
                continue;
            }

            Assert.True(declared is not null, $"{cmdlet.Name} uses parameter sets ({string.Join(", ", used)}) but has no nested Sets class.");
            Assert.All(declared!, constant => Assert.Equal(constant.Key, constant.Value));
            Assert.Equal(used.OrderBy(name => name, StringComparer.Ordinal), declared!.Values.OrderBy(name => name, StringComparer.Ordinal));
        }
    }

    private static string[] UsedSetNames(Type cmdlet) =>
        cmdlet.GetProperties()
            .SelectMany(property => property.GetCustomAttributes<ParameterAttribute>())
            .Select(parameter => parameter.ParameterSetName)
            .Append(cmdlet.GetCustomAttribute<CmdletAttribute>()!.DefaultParameterSetName)
            .Where(name => name is not null && name != ParameterAttribute.AllParameterSets)
            .Distinct(StringComparer.Ordinal)
            .ToArray()!;
}
