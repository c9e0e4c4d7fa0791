using System.Reflection;
using System.Text;

namespace Attest.Cli.Tests;

/// <summary>A stable, sorted text listing of the public types and members of some assemblies.</summary>
internal static class PublicApiListing
{
    private const BindingFlags Declared = BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;

    public static string Of(IEnumerable<Assembly> assemblies)
    {
        var text = new StringBuilder();
        foreach (var type in assemblies.SelectMany(a => a.GetExportedTypes()).OrderBy(t => t.FullName, StringComparer.Ordinal))
        {
            text.Append(Header(type)).Append('\n');
            foreach (var member in Members(type).Order(StringComparer.Ordinal))
            {
                text.Append("  ").Append(member).Append('\n');
            }
        }

        return text.ToString();
    }

    private static string Header(Type type)
    {
        var kind = type.IsEnum ? "enum"
            : type.IsInterface ? "interface"
            : type.IsValueType ? "struct"
            : typeof(Delegate).IsAssignableFrom(type) ? "delegate"
            : type.IsAbstract && type.IsSealed ? "static class"
            : type.IsAbstract ? "abstract class"
            : type.IsSealed ? "sealed class"
            : "class";
        var bases = new List<string>();
        if (type.BaseType is { } baseType && baseType != typeof(object) && baseType != typeof(ValueType) && baseType != typeof(Enum) && !type.IsEnum)
        {
            bases.Add(Name(baseType));
        }

        bases.AddRange(type.GetInterfaces().Select(Name).Order(StringComparer.Ordinal));
        return $"public {kind} {type.Namespace}.{Name(type)}" + (bases.Count > 0 ? " : " + string.Join(", ", bases) : "");
    }

    private static IEnumerable<string> Members(Type type)
    {
        if (type.IsEnum)
        {
            foreach (var name in Enum.GetNames(type))
            {
                yield return name;
            }

            yield break;
        }

        var nullability = new NullabilityInfoContext();
        foreach (var ctor in type.GetConstructors(Declared))
        {
            yield return $"ctor({Parameters(ctor, nullability)})";
        }

        foreach (var property in type.GetProperties(Declared))
        {
            var accessors = (property.GetMethod is { IsPublic: true } ? "get; " : "")
                + (property.SetMethod is { IsPublic: true } setter ? (IsInitOnly(setter) ? "init; " : "set; ") : "");
            var isStatic = (property.GetMethod ?? property.SetMethod)!.IsStatic ? "static " : "";
            var indexer = property.GetIndexParameters() is { Length: > 0 } index ? $"this[{string.Join(", ", index.Select(p => Name(p.ParameterType)))}]" : property.Name;
            yield return $"{isStatic}{Nullable(property.PropertyType, nullability.Create(property).ReadState)} {indexer} {{ {accessors}}}";
        }

        foreach (var field in type.GetFields(Declared))
        {
            var modifier = field.IsLiteral ? "const " : field.IsStatic ? "static readonly " : field.IsInitOnly ? "readonly " : "";
            yield return $"{modifier}{Nullable(field.FieldType, nullability.Create(field).ReadState)} {field.Name}";
        }

        foreach (var method in type.GetMethods(Declared).Where(m => !m.IsSpecialName || m.Name.StartsWith("op_", StringComparison.Ordinal)))
        {
            if (method.Name.StartsWith('<'))
            {
                continue;
            }

            var generic = method.IsGenericMethodDefinition ? $"<{string.Join(", ", method.GetGenericArguments().Select(a => a.Name))}>" : "";
            var isStatic = method.IsStatic ? "static " : "";
            yield return $"{isStatic}{Nullable(method.ReturnType, nullability.Create(method.ReturnParameter).ReadState)} {method.Name}{generic}({Parameters(method, nullability)})";
        }
    }

    private static string Parameters(MethodBase method, NullabilityInfoContext nullability) =>
        string.Join(", ", method.GetParameters().Select(p =>
            (p.IsOut ? "out " : p.ParameterType.IsByRef ? "ref " : "")
            + Nullable(p.ParameterType.IsByRef ? p.ParameterType.GetElementType()! : p.ParameterType, nullability.Create(p).ReadState)
            + " " + p.Name
            + (p.HasDefaultValue ? " = " + (p.DefaultValue?.ToString() ?? "null") : "")));

    private static string Nullable(Type type, NullabilityState state) =>
        Name(type) + (state == NullabilityState.Nullable && !type.IsValueType ? "?" : "");

    private static string Name(Type type)
    {
        if (type.IsGenericParameter)
        {
            return type.Name;
        }

        if (System.Nullable.GetUnderlyingType(type) is { } inner)
        {
            return Name(inner) + "?";
        }

        if (type.IsArray)
        {
            return Name(type.GetElementType()!) + "[]";
        }

        var name = type.IsNested ? Name(type.DeclaringType!) + "." + type.Name : type.Name;
        if (!type.IsGenericType)
        {
            return name;
        }

        var tick = name.IndexOf('`', StringComparison.Ordinal);
        return (tick < 0 ? name : name[..tick]) + "<" + string.Join(", ", type.GetGenericArguments().Select(Name)) + ">";
    }

    private static bool IsInitOnly(MethodInfo setter) =>
        setter.ReturnParameter.GetRequiredCustomModifiers().Any(m => m.FullName == "System.Runtime.CompilerServices.IsExternalInit");
}
