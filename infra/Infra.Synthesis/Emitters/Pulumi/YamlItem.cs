namespace Infra.Emitters.Pulumi;

/// <summary>
/// A node of a YAML document as the emitter builds it: a mapping, a sequence or a scalar. Our own small model
/// rather than YamlDotNet's, whose nodes hash every key on insert: with tens of thousands of resources that
/// bookkeeping was most of synth's time.
/// </summary>
internal abstract record YamlItem;
