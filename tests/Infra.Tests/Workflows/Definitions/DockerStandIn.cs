using Infra.Tests.Deploy.Support;

namespace Infra.Tests.Workflows.Definitions;

/// <summary>
/// The one <c>docker</c> stand-in of the workflow tests, put first on <c>PATH</c>: <c>docker run [options] image
/// command...</c> runs the command on the host, in the host folder a volume maps the working directory to, with only
/// the <c>-e</c> variables (a container starts with an empty environment) and a <c>PATH</c> of the stand-in's own
/// folder, whose <c>python</c> is the host's <c>python3</c>. A read-only volume is a throw-away copy, so what the command
/// writes there (Python's <c>__pycache__</c>) never reaches the host. Under a rehearsal (<c>$REHEARSAL_LOG</c> set) it
/// records its command line as every rehearsal stand-in does; any other use fails loudly, so a new use is noticed.
/// </summary>
internal static class DockerStandIn
{
    /// <summary>The host's Python, with Debian's <c>python3-boto3</c> and <c>python3-jinja2</c> standing in for the image's boto3 and the pip-installed jinja2.</summary>
    public const string HostPython = "/usr/bin/python3";

    private const string Script = """
        #!/usr/bin/env bash
        set -euo pipefail
        [ -z "${REHEARSAL_LOG:-}" ] || { printf '%s' "$(basename "$0")"; printf ' %q' "$@"; echo; } >> "$REHEARSAL_LOG"
        unrehearsed() { echo "$(basename "$0") stand-in: '$*' is not rehearsed: teach the docker stand-in what it must do" >&2; exit 1; }
        bin=$(cd "$(dirname "$0")" && pwd)
        [ "${1:-}" = run ] || unrehearsed "$@"
        shift
        envs=(); volumes=(); workdir=/; entrypoint=
        while [ $# -gt 0 ]; do
          case "$1" in
            --rm|-i|-t|-it) shift ;;
            -e|--env) envs+=("$2"); shift 2 ;;
            -v|--volume) volumes+=("$2"); shift 2 ;;
            -w|--workdir) workdir=$2; shift 2 ;;
            --entrypoint) entrypoint=$2; shift 2 ;;
            -*) unrehearsed "option $1" ;;
            *) break ;;
          esac
        done
        [ $# -ge 1 ] || unrehearsed "docker run without an image"
        shift # the image
        # A read-only volume is a throw-away copy: what the command writes there is lost, as the real mount refuses it.
        scratch=${REHEARSAL_SCRATCH:-$bin/.volumes}
        mkdir -p "$scratch"
        for i in ${volumes[@]+"${!volumes[@]}"}; do
          v=${volumes[$i]}
          if [[ "$v" == *:ro ]]; then
            copy=$(mktemp -d "$scratch/volume.XXXXXX"); cp -a "${v%%:*}/." "$copy/"
            rest=${v#*:}; volumes[$i]="$copy:${rest%%:*}"
          fi
        done
        host_path() {
          local v host rest container
          for v in ${volumes[@]+"${volumes[@]}"}; do
            host=${v%%:*}; rest=${v#*:}; container=${rest%%:*}
            if [ "$1" = "$container" ] || [[ "$1" == "$container"/* ]]; then echo "$host${1#"$container"}"; return; fi
          done
          echo "$1"
        }
        cmd=(); [ -n "$entrypoint" ] && cmd+=("$entrypoint"); cmd+=("$@")
        cd "$(host_path "$workdir")"
        # The rehearsal's own variables pass through, so that the stand-ins the command calls still record.
        exec env -i PATH="$bin:/usr/bin:/bin" HOME="$HOME" LANG=C.UTF-8 \
          ${REHEARSAL_LOG:+REHEARSAL_LOG="$REHEARSAL_LOG"} ${REHEARSAL_BIN:+REHEARSAL_BIN="$REHEARSAL_BIN"} ${REHEARSAL_SCRATCH:+REHEARSAL_SCRATCH="$REHEARSAL_SCRATCH"} \
          ${envs[@]+"${envs[@]}"} "${cmd[@]}"
        """;

    /// <summary>Installs the stand-in as <paramref name="bin"/>/docker, with the image's <c>python</c> and <c>python3</c> beside it; returns <paramref name="bin"/>.</summary>
    public static string Install(string bin)
    {
        Directory.CreateDirectory(bin);
        StandInExecutable.Install(bin, "docker", Script);

        // Debian's interpreter, which has boto3 (python3-boto3) as the Lambda runtime has; a pyenv python3 may not.
        StandInExecutable.Install(bin, "python", $"#!/bin/sh\nexec {HostPython} \"$@\"");
        StandInExecutable.Install(bin, "python3", $"#!/bin/sh\nexec {HostPython} \"$@\"");
        return bin;
    }
}
