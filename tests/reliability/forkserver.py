"""A fork server for tests that start many short-lived processes.

Importing the store takes over a second; starting fifty writers or forty contenders with
``python -c`` would take minutes. The server imports everything once, then forks a child per
request: each child runs one function from ``tests.reliability.workers`` with its stdout and
stderr going to a file, and the test kills it, waits for it, and reads what it printed.

The server runs ``python -m tests.reliability.forkserver`` and speaks JSON lines on its stdin
and stdout. It never opens a journal itself, so forking it is safe.
"""

from __future__ import annotations

import contextlib
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]


class ForkServer:
    """The test side: ``run`` a worker, ``kill`` and ``wait`` for it, read its output file."""

    def __init__(self, env: dict[str, str]) -> None:
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "tests.reliability.forkserver"],
            cwd=ROOT,
            env=env,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )
        assert self._ask({"op": "ping"}) == {"ok": True}

    def _ask(self, request: dict[str, Any]) -> dict[str, Any]:
        assert self.proc.stdin is not None and self.proc.stdout is not None
        self.proc.stdin.write(json.dumps(request) + "\n")
        self.proc.stdin.flush()
        line = self.proc.stdout.readline()
        if not line:
            raise RuntimeError("the fork server died")
        answer: dict[str, Any] = json.loads(line)
        return answer

    def run(self, func: str, out: Path, limit: int | None = None, **kwargs: Any) -> int:
        """Fork a child running ``workers.<func>(**kwargs)``; ``limit`` caps file sizes."""
        answer = self._ask(
            {"op": "run", "func": func, "out": str(out), "limit": limit, "kwargs": kwargs}
        )
        return int(answer["pid"])

    def call(self, func: str, **kwargs: Any) -> None:
        """Run ``workers.<func>`` in the server itself (warming caches children inherit)."""
        self._ask({"op": "call", "func": func, "kwargs": kwargs})

    def wait(self, pid: int) -> int:
        """Wait for a child to end; its exit status (negative: killed by that signal)."""
        return int(self._ask({"op": "wait", "pid": pid})["status"])

    def kill(self, pid: int) -> int:
        os.kill(pid, signal.SIGKILL)
        return self.wait(pid)

    def close(self) -> None:
        if self.proc.poll() is None:
            with contextlib.suppress(RuntimeError, BrokenPipeError, OSError):
                self._ask({"op": "quit"})
        try:
            self.proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait()


def wait_for_lines(path: Path, count: int, timeout: float = 20.0) -> list[str]:
    """The first ``count`` complete lines of ``path`` once they are there."""
    deadline = time.monotonic() + timeout
    while True:
        try:
            text = path.read_text(encoding="utf-8")
        except FileNotFoundError:
            text = ""
        lines = text.split("\n")[:-1]  # only lines with their newline: complete ones
        if len(lines) >= count:
            return lines
        if time.monotonic() > deadline:
            raise TimeoutError(f"{path.name}: {text[-2000:]!r}")
        time.sleep(0.005)


def _child(request: dict[str, Any]) -> None:
    """In the forked child: redirect output, cap file sizes, run the worker, never return."""
    status = 0
    try:
        fd = os.open(request["out"], os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
        os.dup2(fd, 1)
        os.dup2(fd, 2)
        os.close(fd)
        devnull = os.open(os.devnull, os.O_RDONLY)
        os.dup2(devnull, 0)
        os.close(devnull)
        sys.stdout = os.fdopen(1, "w", buffering=1, encoding="utf-8", closefd=False)
        sys.stderr = os.fdopen(2, "w", buffering=1, encoding="utf-8", closefd=False)
        if request.get("limit"):
            import resource

            signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # EFBIG instead of being killed
            limit = int(request["limit"])
            resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))
        from tests.reliability import workers

        result = getattr(workers, request["func"])(**request["kwargs"])
        status = int(result or 0)
    except SystemExit as exc:
        status = int(exc.code or 0)
    except BaseException:
        import traceback

        traceback.print_exc()
        status = 3
    finally:
        try:
            sys.stdout.flush()
            sys.stderr.flush()
        finally:
            os._exit(status)


def serve() -> None:
    from tests.reliability import workers

    children: set[int] = set()
    for line in sys.stdin:
        request = json.loads(line)
        op = request["op"]
        if op == "ping":
            answer: dict[str, Any] = {"ok": True}
        elif op == "run":
            sys.stdout.flush()
            pid = os.fork()
            if pid == 0:
                _child(request)
            children.add(pid)
            answer = {"pid": pid}
        elif op == "call":
            getattr(workers, request["func"])(**request["kwargs"])
            answer = {"ok": True}
        elif op == "wait":
            pid = int(request["pid"])
            _, status = os.waitpid(pid, 0)
            children.discard(pid)
            answer = {"status": os.waitstatus_to_exitcode(status)}
        elif op == "quit":
            break
        else:
            answer = {"error": op}
        sys.stdout.write(json.dumps(answer) + "\n")
        sys.stdout.flush()
    for pid in children:
        try:
            os.kill(pid, signal.SIGKILL)
            os.waitpid(pid, 0)
        except (ProcessLookupError, ChildProcessError):
            pass
    sys.stdout.write(json.dumps({"ok": True}) + "\n")
    sys.stdout.flush()


if __name__ == "__main__":
    serve()
