using Infra.Tests.Deploy.Support;
using Infra.Tests.Workflows.Definitions;

namespace Infra.Tests.Workflows.Rehearsal;

/// <summary>
/// The commands a workflow calls that need a container, a package index or the cloud, as scripts in a bin folder
/// put first on PATH. Each appends its command line to <c>$REHEARSAL_LOG</c> (one line, arguments shell-quoted) and
/// fails loudly on a use it does not rehearse, so a new use is noticed.
/// </summary>
internal static class StandInTools
{
    private const string Record = """
        #!/usr/bin/env bash
        set -euo pipefail
        { printf '%s' "$(basename "$0")"; printf ' %q' "$@"; echo; } >> "$REHEARSAL_LOG"
        unrehearsed() { echo "$(basename "$0") stand-in: '$*' is not rehearsed: teach the rehearsal's stand-in what it must do" >&2; exit 1; }
        """;

    /// <summary>Writes every stand-in into <paramref name="bin"/>.</summary>
    public static void Install(string bin)
    {
        Directory.CreateDirectory(bin);

        // docker, and python and python3 as the image has them (Debian's, with boto3), which host steps use too.
        DockerStandIn.Install(bin);

        var pip = Record + """

            # No package index here: a requirement is satisfied when Debian's python3 imports it (python3-<name>).
            [ "${1:-}" = install ] || unrehearsed "$@"
            shift
            requirements=(); target=
            while [ $# -gt 0 ]; do
              case "$1" in
                -r|--requirement) requirements+=("$2"); shift 2 ;;
                -t|--target) target=$2; shift 2 ;;
                --*=*|--no-cache-dir|--no-compile|--no-deps|--upgrade|-U|-q|--quiet|--disable-pip-version-check) shift ;;
                --platform|--python-version|--implementation|--only-binary|--abi) shift 2 ;;
                -*) unrehearsed "option $1" ;;
                *) unrehearsed "a package named on the command line ($1)" ;;
              esac
            done
            for file in ${requirements[@]+"${requirements[@]}"}; do
              while IFS= read -r line || [ -n "$line" ]; do
                name=$(printf '%s' "${line%%#*}" | sed -E 's/[[:space:]]//g; s/[<>=!~;[].*//')
                [ -n "$name" ] || continue
                module=$(printf '%s' "$name" | tr 'A-Z-' 'a-z_')
                /usr/bin/python3 -c "import $module" 2>/dev/null || { echo "pip stand-in: $name is not installed on this machine (no package index in the rehearsal): install python3-$module" >&2; exit 1; }
                echo "pip stand-in: $name is satisfied by Debian's python3"
              done < "$file"
            done
            [ -z "$target" ] || mkdir -p "$target"
            """;
        StandInExecutable.Install(bin, "pip", pip);
        StandInExecutable.Install(bin, "pip3", pip);

        var terraform = Record + """

            # Plans and applies nothing: writes the plan file it is asked for, shows the stack's rehearsal plan JSON for a
            # plan file that exists, prints the stack's rehearsal outputs. A plan file that was never written fails as terraform does.
            [[ "${1:-}" != -chdir=* ]] || { cd "${1#-chdir=}"; shift; }
            # The stack is the folder above the root (stacks/<stack>/terraform).
            stack=$(basename "$(dirname "$PWD")")
            last() { local a; for a in "$@"; do :; done; echo "${a:-}"; }
            case "${1:-}" in
              version|-version|--version) echo "Terraform v1.11.4 (rehearsal stand-in)" ;;
              providers)
                if [ "${2:-}" = lock ]; then
                  # The lock file 'terraform providers lock' writes: each required provider at the version the root
                  # pins (the rehearsal has no registry to resolve a range, so a range is refused), with a stand-in hash.
                  /usr/bin/python3 - main.tf.json > .terraform.lock.hcl <<'PY'
            import json, re, sys
            required = json.load(open(sys.argv[1]))["terraform"]["required_providers"]
            print('# This file is maintained automatically by "terraform init".\n# Manual edits may be lost in future updates.')
            for name, p in sorted(required.items(), key=lambda i: i[1]["source"]):
                if not re.fullmatch(r"[0-9]+\.[0-9]+\.[0-9]+", p["version"]):
                    sys.exit(f"terraform stand-in: {name} is not pinned to one version ({p['version']}): the rehearsal cannot resolve a range")
                print(f'\nprovider "registry.terraform.io/{p["source"]}" {{\n  version     = "{p["version"]}"\n  constraints = "{p["version"]}"\n  hashes = [\n    "h1:rehearsal-{name}-{p["version"]}=",\n  ]\n}}')
            PY
                fi ;;
              init|validate|fmt) ;;
              plan)
                out=; prev=
                for a in "$@"; do
                  case "$a" in -out=*) out=${a#-out=} ;; esac
                  [ "$prev" = -out ] && out=$a
                  prev=$a
                done
                [ -z "$out" ] || printf 'rehearsal plan of %s\n' "$PWD" > "$out" ;;
              show)
                file=$(last "$@")
                [ -f "$file" ] || { echo "Error: Failed to read the given file as a state or plan file: open $file: no such file or directory" >&2; exit 1; }
                cat "$REHEARSAL_PLANS/$stack.json" ;;
              apply)
                file=$(last "$@")
                [ -f "$file" ] || { echo "Error: Failed to load \"$file\" as a plan file" >&2; exit 1; }
                echo "Apply complete!" ;;
              output) cat "$REHEARSAL_OUTPUTS/$stack.json" ;;
              *) unrehearsed "$@" ;;
            esac
            """;
        StandInExecutable.Install(bin, "terraform", terraform);
        StandInExecutable.Install(bin, "tofu", terraform);

        StandInExecutable.Install(bin, "gh", Record + """

            # The runs that packaged a commit come from $REHEARSAL_GH_RUNS (lines 'commit run-id'); issues are recorded only.
            case "${1:-} ${2:-}" in
              "run list")
                commit=; prev=
                for a in "$@"; do [ "$prev" = --commit ] && commit=$a; prev=$a; done
                [ -n "$commit" ] || unrehearsed "run list without --commit"
                awk -v c="$commit" '$1 == c { print $2; exit }' "$REHEARSAL_GH_RUNS" ;;
              "issue create") echo "https://github.com/${GITHUB_REPOSITORY:-o/r}/issues/1" ;;
              "auth setup-git") ;;
              "pr list") echo 0 ;;
              "pr create")
                # GitHub starts no workflow for a pull request opened with GITHUB_TOKEN: the required check never reports.
                [ "${GH_TOKEN:-}" != ghs_rehearsal ] || { echo "gh stand-in: a pull request opened with GITHUB_TOKEN starts no workflow, so its required check never runs: use a GitHub App token" >&2; exit 1; }
                [ -n "${GH_TOKEN:-}" ] || { echo "gh stand-in: no GH_TOKEN: gh auth login" >&2; exit 4; }
                echo "https://github.com/${GITHUB_REPOSITORY:-o/r}/pull/8" ;;
              *) unrehearsed "$@" ;;
            esac
            """);

        // The runner's user may sudo; the rehearsal runs the command as itself.
        StandInExecutable.Install(bin, "sudo", Record + """

            while [[ "${1:-}" == -* ]]; do shift; done
            exec "$@"
            """);

        StandInExecutable.Install(bin, "apt-get", Record + """

            # No package index here: a package is satisfied when this machine has it (a python3-<module> package when
            # Debian's python3 imports the module).
            args=(); for a in "$@"; do [[ "$a" == -* ]] || args+=("$a"); done
            case "${args[0]:-}" in
              update) ;;
              install)
                for package in "${args[@]:1}"; do
                  if [[ "$package" == python3-* ]]; then
                    /usr/bin/python3 -c "import ${package#python3-}" 2>/dev/null && continue
                  elif dpkg -s "$package" >/dev/null 2>&1; then
                    continue
                  fi
                  echo "apt-get stand-in: $package is not installed on this machine (no package index in the rehearsal)" >&2; exit 100
                done ;;
              *) unrehearsed "$@" ;;
            esac
            """);

        // The handler tests run for real in .ci/run; here only their call is rehearsed: the paths it names must exist,
        // and its exit code is the test's choice ($REHEARSAL_HANDLER_TESTS_EXIT), as pytest's would be.
        StandInExecutable.Install(bin, "pytest-3", Record + """

            for a in "$@"; do
              [[ "$a" == -* ]] && continue
              [ -e "$a" ] || { echo "ERROR: file or directory not found: $a" >&2; exit 4; }
            done
            exit "${REHEARSAL_HANDLER_TESTS_EXIT:-0}"
            """);

        StandInExecutable.Install(bin, "aws", Record + "\nunrehearsed \"$@\"");
        StandInExecutable.Install(bin, "pulumi", Record + "\nunrehearsed \"$@\"");

        StandInExecutable.Install(bin, "dotnet", Record + """

            # `dotnet run --project infra/Infra.Cli -- ...` runs the built CLI for real. `dotnet test` cannot run the
            # suite inside itself: it writes the coverage report the rehearsal asks for ($REHEARSAL_COVERAGE: a line
            # rate, or 'none' for a run that produced no report).
            case "${1:-}" in
              run)
                shift; project=
                while [ $# -gt 0 ]; do
                  case "$1" in
                    --project) project=$2; shift 2 ;;
                    --no-build|--no-restore) shift ;;
                    --) shift; break ;;
                    *) unrehearsed "run option $1" ;;
                  esac
                done
                [ "${project%/}" = infra/Infra.Cli ] || unrehearsed "run --project $project"
                exec "$REHEARSAL_DOTNET" "$REHEARSAL_CLI_DLL" "$@" ;;
              test)
                results=; prev=
                for a in "$@"; do [ "$prev" = --results-directory ] && results=$a; prev=$a; done
                if [ -n "$results" ] && [ "${REHEARSAL_COVERAGE:-0.85}" != none ]; then
                  mkdir -p "$results/rehearsal"
                  printf '<?xml version="1.0" encoding="utf-8"?>\n<coverage line-rate="%s" branch-rate="0" version="1.9"></coverage>\n' "${REHEARSAL_COVERAGE:-0.85}" > "$results/rehearsal/coverage.cobertura.xml"
                  printf '<TestRun/>\n' > "$results/tests.trx"
                fi ;;
              *) unrehearsed "$@" ;;
            esac
            """);
    }
}
