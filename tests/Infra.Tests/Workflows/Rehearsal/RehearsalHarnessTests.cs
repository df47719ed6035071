namespace Infra.Tests.Workflows.Rehearsal;

/// <summary>The rehearsal runs steps as GitHub's runner does: these fail when the harness drifts from the runner.</summary>
public class RehearsalHarnessTests
{
    private RehearsalCheckout checkout = null!;
    private WorkflowRehearsal rehearsal = null!;

    [OneTimeSetUp]
    public void CreateCheckout()
    {
        WorkflowExpressions.RequireOrIgnore();
        checkout = new RehearsalCheckout();
        rehearsal = new WorkflowRehearsal(checkout);
    }

    [OneTimeTearDown]
    public void RemoveCheckout()
    {
        rehearsal?.Dispose();
        checkout?.Dispose();
    }

    [Test]
    public void AStepWithoutShellRunsUnderBashMinusEWithoutPipefail()
    {
        var run = Rehearse("""
            jobs:
              j:
                runs-on: ubuntu-latest
                steps:
                - name: pipe
                  run: |
                    false | true
                    echo "reached: $-"
            """);

        var step = run.Job("j").Step("pipe");
        Assert.That(step.Outcome, Is.EqualTo("success"), $"without shell: a failing command inside a pipe must not fail the step (bash -e, no pipefail):\n{step.Log}");
        Assert.That(step.Log, Does.Contain("reached"), "the step did not run to its end");
    }

    [Test]
    public void AStepWithoutShellStopsAtTheFirstFailingCommand()
    {
        var run = Rehearse("""
            jobs:
              j:
                runs-on: ubuntu-latest
                steps:
                - name: fail
                  run: |
                    false
                    echo reached
            """);

        var step = run.Job("j").Step("fail");
        Assert.That(step.Outcome, Is.EqualTo("failure"), "bash -e must stop at a failing command and fail the step");
        Assert.That(step.Log, Does.Not.Contain("reached"), "the step went on after a failing command");
    }

    [Test]
    public void ShellBashFailsTheStepOnAFailingPipeAndReadsNoProfile()
    {
        var run = Rehearse("""
            jobs:
              j:
                runs-on: ubuntu-latest
                steps:
                - name: options
                  shell: bash
                  run: echo "options=$SHELLOPTS"
                - name: pipe
                  shell: bash
                  run: |
                    false | true
                    echo reached
            """);

        var job = run.Job("j");
        Assert.That(job.Step("options").Log, Does.Contain("pipefail").And.Contain("errexit"), "shell: bash must run with -eo pipefail");
        Assert.That(job.Step("pipe").Outcome, Is.EqualTo("failure"), "shell: bash must fail on a failing command inside a pipe");
        Assert.That(job.Step("pipe").Log, Does.Not.Contain("reached"), "the step went on after a failing pipe");
    }

    [Test]
    public void OutputsPassFromStepToStepAndFromJobToJob()
    {
        var run = Rehearse("""
            jobs:
              first:
                runs-on: ubuntu-latest
                outputs:
                  word: ${{ steps.write.outputs.word }}
                steps:
                - id: write
                  name: write
                  run: |
                    echo "word=hello" >> "$GITHUB_OUTPUT"
                    { echo "text<<EOF"; echo "two"; echo "lines"; echo "EOF"; } >> "$GITHUB_OUTPUT"
                - name: read
                  env:
                    TEXT: ${{ steps.write.outputs.text }}
                  run: echo "read ${{ steps.write.outputs.word }} [$TEXT]"
              second:
                needs: [first]
                runs-on: ubuntu-latest
                steps:
                - name: read
                  run: echo "got ${{ needs.first.outputs.word }}"
            """);

        Assert.That(run.Job("first").Step("read").Log, Does.Contain("read hello [two\nlines]"), "a step must read the outputs an earlier step wrote to GITHUB_OUTPUT (one-line and heredoc)");
        Assert.That(run.Job("second").Step("read").Log, Does.Contain("got hello"), "a job must read the outputs of the job it needs");
        Assert.That(run.Jobs.Select(j => j.Id), Is.EqualTo(new[] { "first", "second" }), "a job must run after the job it needs");
    }

    [Test]
    public void EnvAndPathWrittenByAStepReachTheLaterStepsOnly()
    {
        var run = Rehearse("""
            env:
              LEVEL: workflow
            jobs:
              j:
                runs-on: ubuntu-latest
                env:
                  JOB: job-${{ github.event_name }}
                steps:
                - name: write
                  run: |
                    mkdir -p "$RUNNER_TEMP/tools" && printf '#!/bin/sh\necho tool ran\n' > "$RUNNER_TEMP/tools/mytool" && chmod +x "$RUNNER_TEMP/tools/mytool"
                    echo "$RUNNER_TEMP/tools" >> "$GITHUB_PATH"
                    echo "LATER=set" >> "$GITHUB_ENV"
                    echo "now: ${LATER:-unset}"
                - name: read
                  env:
                    STEP: step
                  run: echo "$LEVEL $JOB $STEP $LATER $(mytool)"
            """);

        var job = run.Job("j");
        Assert.That(job.Step("write").Log, Does.Contain("now: unset"), "GITHUB_ENV must not change the step that writes it");
        Assert.That(job.Step("read").Log, Does.Contain("workflow job-push step set tool ran"), "workflow, job, step and GITHUB_ENV variables and GITHUB_PATH must reach the next step");
    }

    [Test]
    public void WorkingDirectoryAndDefaultsRunChooseWhereAStepRuns()
    {
        var run = Rehearse("""
            defaults:
              run:
                working-directory: infra
            jobs:
              j:
                runs-on: ubuntu-latest
                steps:
                - uses: actions/checkout@v4
                - name: default
                  run: basename "$PWD"
                - name: own
                  working-directory: stacks
                  run: basename "$PWD"
                - name: missing
                  working-directory: no-such-folder
                  run: echo never
            """);

        var job = run.Job("j");
        Assert.That(job.Step("default").Log, Does.StartWith("infra"), "defaults.run.working-directory must apply to a step without its own");
        Assert.That(job.Step("own").Log, Does.StartWith("stacks"), "a step's working-directory must win over the default");
        Assert.That(job.Step("missing").Outcome, Is.EqualTo("failure"), "a working directory that does not exist must fail the step");
    }

    [Test]
    public void AFalseIfSkipsAndAFailureSkipsTheRestButAlways()
    {
        var run = Rehearse("""
            jobs:
              j:
                runs-on: ubuntu-latest
                steps:
                - name: never
                  if: github.event_name == 'schedule'
                  run: echo ran
                - name: fails
                  run: exit 3
                - name: after
                  run: echo ran
                - name: always
                  if: always()
                  run: echo ran
                - name: on failure
                  if: failure()
                  run: echo ran
              later:
                needs: [j]
                runs-on: ubuntu-latest
                steps:
                - name: x
                  run: echo ran
              cleanup:
                needs: [j]
                if: always()
                runs-on: ubuntu-latest
                steps:
                - name: x
                  run: echo ran
            """);

        var job = run.Job("j");
        Assert.Multiple(() =>
        {
            Assert.That(job.Step("never").Outcome, Is.EqualTo("skipped"), "a false if: must skip the step");
            Assert.That(job.Step("after").Outcome, Is.EqualTo("skipped"), "after a failed step, a step without a status function must be skipped");
            Assert.That(job.Step("always").Outcome, Is.EqualTo("success"), "if: always() must run after a failure");
            Assert.That(job.Step("on failure").Outcome, Is.EqualTo("success"), "if: failure() must run after a failure");
            Assert.That(job.Result, Is.EqualTo("failure"), "a failed step must fail the job");
            Assert.That(run.Job("later").Result, Is.EqualTo("skipped"), "a job that needs a failed job must be skipped");
            Assert.That(run.Job("cleanup").Result, Is.EqualTo("success"), "a job with if: always() must run after a failed need");
        });
    }

    [Test]
    public void ArtifactsPassBetweenJobsAndAMissingOneFailsTheDownload()
    {
        var run = Rehearse("""
            jobs:
              up:
                runs-on: ubuntu-latest
                steps:
                - name: make
                  run: mkdir -p out && echo payload > out/file.txt
                - uses: actions/upload-artifact@v4
                  with:
                    name: thing-${{ github.sha }}
                    path: out
                - name: nothing to upload
                  uses: actions/upload-artifact@v4
                  with:
                    name: empty
                    path: not-there
                    if-no-files-found: error
              down:
                needs: [up]
                if: always()
                runs-on: ubuntu-latest
                steps:
                - name: no files before download
                  run: test ! -e got/file.txt
                - uses: actions/download-artifact@v4
                  with:
                    name: thing-${{ github.sha }}
                    path: got
                - name: read
                  run: cat got/file.txt
                - name: missing
                  uses: actions/download-artifact@v4
                  with:
                    name: never-uploaded
                    path: x
            """);

        Assert.Multiple(() =>
        {
            Assert.That(run.Job("up").Step("nothing to upload").Outcome, Is.EqualTo("failure"), "if-no-files-found: error must fail an upload that finds nothing");
            Assert.That(run.Job("down").Step("no files before download").Outcome, Is.EqualTo("success"), "a job must not see another job's files: each job has its own workspace");
            Assert.That(run.Job("down").Step("read").Log, Does.Contain("payload"), "the downloaded artifact must hold what was uploaded");
            Assert.That(run.Job("down").Step("missing").Outcome, Is.EqualTo("failure"), "downloading an artifact nobody uploaded must fail, as the real action does");
            Assert.That(run.Job("down").Step("missing").Log, Does.Contain("Artifact not found for name: never-uploaded"), "the failure must name the artifact");
        });
    }

    [Test]
    public void AnActionWithoutAStandInFailsNamingIt()
    {
        var run = Rehearse("""
            jobs:
              j:
                runs-on: ubuntu-latest
                steps:
                - name: script
                  uses: actions/github-script@v7
                  with:
                    script: console.log(1)
            """);

        var step = run.Job("j").Step("script");
        Assert.That(step.Outcome, Is.EqualTo("failure"), "an action the rehearsal cannot stand in for must fail the run, not pass silently");
        Assert.That(step.Log, Does.Contain("no stand-in for actions/github-script@v7"), "the failure must name the action");
    }

    [Test]
    public void CredentialsForARoleReachInfraWhichVerifiesTheAccountAgainstTheLoopbackCloud()
    {
        var run = Rehearse("""
            jobs:
              j:
                runs-on: ubuntu-latest
                steps:
                - uses: actions/checkout@v4
                - uses: aws-actions/configure-aws-credentials@v6
                  with:
                    aws-region: eu-west-1
                    role-to-assume: arn:aws:iam::536580886816:role/some-role
                - name: variables
                  run: echo "$AWS_REGION $AWS_DEFAULT_REGION ${AWS_ACCESS_KEY_ID:+key} ${AWS_SECRET_ACCESS_KEY:+secret} ${AWS_SESSION_TOKEN:+token}"
                - name: verify dev
                  run: dotnet run --project infra/Infra.Cli -- verify-account --stack dev
                - name: verify prod
                  run: dotnet run --project infra/Infra.Cli -- verify-account --stack prod
            """);

        var job = run.Job("j");
        Assert.Multiple(() =>
        {
            Assert.That(run.Roles, Is.EqualTo(new[] { ("j", "arn:aws:iam::536580886816:role/some-role") }), "the role asked for must be recorded");
            Assert.That(job.Step("variables").Log, Does.Contain("eu-west-1 eu-west-1 key secret token"), "configure-aws-credentials must set the region and the session's keys");
            Assert.That(job.Step("verify dev").Outcome, Is.EqualTo("success"), $"infra must find dev's account behind the dev role:\n{job.Step("verify dev").Log}");
            Assert.That(job.Step("verify prod").Outcome, Is.EqualTo("failure"), "infra must refuse prod with credentials of dev's account");
            Assert.That(rehearsal.AwsOperations, Does.Contain("sts:GetCallerIdentity"), "infra's STS call must reach the loopback cloud, not AWS");
        });
    }

    [Test]
    public void DockerRunSeesOnlyItsOwnVariablesAndCannotChangeAReadOnlyVolume()
    {
        var run = Rehearse("""
            jobs:
              j:
                runs-on: ubuntu-latest
                env:
                  HOST_ONLY: leaked
                steps:
                - name: run
                  run: |
                    mkdir -p box && echo original > box/file
                    docker run --rm -e INSIDE=given -v "$PWD/box:/data:ro" -w /data some/image:1 sh -c 'echo "${HOST_ONLY:-unset} $INSIDE $(cat file)"; echo changed > file'
                    echo "after: $(cat box/file)"
            """);

        var log = run.Job("j").Step("run").Log;
        Assert.That(log, Does.Contain("unset given original"), "a container must see only its -e variables and the volume mapped to its working directory");
        Assert.That(log, Does.Contain("after: original"), "a write into a read-only volume must not reach the host folder");
    }

    [Test]
    public void AptGetAndPipAcceptOnlyWhatThisMachineHas()
    {
        var run = Rehearse("""
            jobs:
              j:
                runs-on: ubuntu-latest
                steps:
                - name: present
                  run: sudo apt-get update -qq && sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq python3-boto3
                - name: absent
                  if: always()
                  run: sudo apt-get install -y python3-no-such-module-here
                - name: pip absent
                  if: always()
                  run: |
                    echo 'no-such-module-here==1.0' > req.txt
                    pip install -r req.txt -t out
            """);

        var job = run.Job("j");
        Assert.That(job.Step("present").Outcome, Is.EqualTo("success"), $"a package this machine has must install:\n{job.Step("present").Log}");
        Assert.That(job.Step("absent").Outcome, Is.EqualTo("failure"), "a package this machine lacks must fail: there is no package index to fetch it from");
        Assert.That(job.Step("pip absent").Log, Does.Contain("no-such-module-here is not installed"), "pip must name the requirement it cannot satisfy");
        Assert.That(job.Step("pip absent").Outcome, Is.EqualTo("failure"), "an unsatisfiable requirement must fail pip");
    }

    private RehearsalRun Rehearse(string body)
    {
        var name = TestContext.CurrentContext.Test.MethodName + ".yml";
        checkout.Write(Path.Combine(".github", "workflows", name), "name: t\non: push\n" + body);
        checkout.Commit(name);
        return rehearsal.Run(name, RehearsalEvent.Push());
    }
}
