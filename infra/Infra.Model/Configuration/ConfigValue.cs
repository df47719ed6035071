namespace Infra.Configuration;

/// <summary>
/// A value of a stack config file: plain text, a list of strings, or an opaque <c>secure:</c> ciphertext
/// that is never decrypted nor written out.
/// </summary>
/// <param name="Text">The scalar text as written (null for lists and secrets).</param>
/// <param name="Items">The list items (null for scalars).</param>
/// <param name="IsSecure">True for a <c>secure:</c> value.</param>
/// <param name="Line">The line in the file, for messages.</param>
public sealed record ConfigValue(string? Text, IReadOnlyList<string>? Items, bool IsSecure, int Line);
