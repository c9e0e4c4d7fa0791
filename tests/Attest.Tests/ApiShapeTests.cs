using System.Reflection;
using System.Runtime.CompilerServices;

namespace Attest.Tests;

/// <summary>Pins the shape of the core's public surface: closed types and immutable results.</summary>
public sealed class ApiShapeTests
{
    private static readonly Type[] PublicTypes = typeof(Attest.Model.DocumentAnalysis).Assembly.GetExportedTypes();

    [Fact]
    public void Every_public_class_is_sealed_static_or_abstract()
    {
        var open = PublicTypes
            .Where(t => t.IsClass && !t.IsSealed && !t.IsAbstract)
            .Select(t => t.FullName)
            .ToArray();

        Assert.Empty(open);
    }

    [Fact]
    public void Public_types_have_no_mutable_setters()
    {
        var mutable = PublicTypes
            .SelectMany(t => t.GetProperties(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly))
            .Where(p => p.SetMethod is { IsPublic: true } setter && !IsInitOnly(setter))
            .Select(p => $"{p.DeclaringType!.Name}.{p.Name}")
            .ToArray();

        Assert.Empty(mutable);
    }

    [Fact]
    public void Public_types_have_no_public_writable_fields()
    {
        var fields = PublicTypes
            .SelectMany(t => t.GetFields(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly))
            .Where(f => !f.IsInitOnly && !f.IsLiteral && !f.DeclaringType!.IsEnum)
            .Select(f => $"{f.DeclaringType!.Name}.{f.Name}")
            .ToArray();

        Assert.Empty(fields);
    }

    private static bool IsInitOnly(MethodInfo setter) =>
        setter.ReturnParameter.GetRequiredCustomModifiers().Contains(typeof(IsExternalInit));
}
