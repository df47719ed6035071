namespace Infra.Tests.Workflows.Definitions;

/// <summary>
/// A <c>docker</c> on <c>PATH</c> whose <c>docker run</c> runs the command on the host instead of in the image: in the
/// host folder mounted at <c>-w</c>, with only the <c>-e</c> variables (as a container has only those) and a
/// <c>PATH</c> whose <c>python</c> is the host's <c>python3</c>. A read-only mount gets no bytecode written, as in the image.
/// </summary>
public static class DockerStandIn
{
    private const string Script = """
        #!/usr/bin/env bash
        set -euo pipefail
        [ "${1:-}" = run ] || { echo "docker stand-in: only 'docker run' is supported, not: $*" >&2; exit 2; }
        shift
        entrypoint='' workdir='' envs=() mounts=()
        while [ $# -gt 0 ]; do
          case "$1" in
            --rm) shift ;;
            --entrypoint) entrypoint=$2; shift 2 ;;
            -e) envs+=("$2"); shift 2 ;;
            -v) mounts+=("$2"); shift 2 ;;
            -w) workdir=$2; shift 2 ;;
            -*) echo "docker stand-in: unknown option $1" >&2; exit 2 ;;
            *) break ;;
          esac
        done
        shift # the image
        host='' readonly=''
        for mount in "${mounts[@]}"; do
          IFS=: read -r source target mode <<<"$mount"
          if [ "$target" = "$workdir" ]; then host=$source; [ "${mode:-}" = ro ] && readonly=1; fi
        done
        [ -n "$host" ] || { echo "docker stand-in: -w $workdir is not a mounted folder" >&2; exit 2; }
        cd "$host"
        bin=$(cd "$(dirname "$0")" && pwd)
        exec env -i PATH="$bin/image:/usr/bin:/bin" HOME=/tmp ${readonly:+PYTHONDONTWRITEBYTECODE=1} "${envs[@]}" "$entrypoint" "$@"
        """;

    /// <summary>Installs the stand-in as <paramref name="bin"/>/docker, with the image's <c>python</c> beside it; returns <paramref name="bin"/>.</summary>
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    public static string Install(string bin)
    {
        Directory.CreateDirectory(Path.Combine(bin, "image"));
        var docker = Path.Combine(bin, "docker");
        File.WriteAllText(docker, Script.Replace("\r\n", "\n", StringComparison.Ordinal) + "\n");
        File.SetUnixFileMode(docker, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        File.CreateSymbolicLink(Path.Combine(bin, "image", "python"), HostPython);
        return bin;
    }

    /// <summary>The host's Python, with Debian's <c>python3-boto3</c> and <c>python3-jinja2</c> standing in for the image's boto3 and the pip-installed jinja2.</summary>
    public const string HostPython = "/usr/bin/python3";
}
