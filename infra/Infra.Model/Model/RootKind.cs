namespace Infra.Model;

/// <summary>The two programs of a stack.</summary>
public enum RootKind
{
    /// <summary>The services: applied by CI.</summary>
    Main,

    /// <summary>What CI needs before it can run and must never change about itself: applied by an administrator.</summary>
    Bootstrap,
}
