using System.Runtime.ExceptionServices;

namespace Infra.Rules;

/// <summary>
/// One input the runner read for the rules (a file, a folder): its value, or the error reading it raised. The error
/// is raised again when a rule asks for the value, so it is reported by the rule that needs the input, not by all.
/// </summary>
/// <typeparam name="T">What was read.</typeparam>
public sealed class RuleInput<T>
    where T : class
{
    private readonly T? value;
    private readonly ExceptionDispatchInfo? error;

    private RuleInput(T? value, ExceptionDispatchInfo? error)
    {
        this.value = value;
        this.error = error;
    }

    /// <summary>The value; throws what reading it threw.</summary>
    public T Value
    {
        get
        {
            error?.Throw();
            return value!;
        }
    }

    /// <summary>An input that was read.</summary>
    public static RuleInput<T> Of(T value) => new(value, null);

    /// <summary>Reads an input with <paramref name="read"/>, keeping what it throws (but an out-of-memory) for the rule that asks.</summary>
    public static RuleInput<T> Read(Func<T> read)
    {
        try
        {
            return new(read(), null);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            return new(null, ExceptionDispatchInfo.Capture(e));
        }
    }
}
