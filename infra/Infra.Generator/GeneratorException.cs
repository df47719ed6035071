namespace Infra.Generator;

/// <summary>Bad input to the generator (a type not in the schema, an unknown member); the message names the fix.</summary>
public sealed class GeneratorException(string message) : Exception(message);
