"""A real `dossier serve` for the browser test and the load test (what tests/server/harness.hpp
does, in Python): starts the binary over ROOT/inbox with ROOT/out and ROOT/ws on 127.0.0.1:0,
reads the port from its first stdout line ("门户已启动：http://127.0.0.1:PORT"), waits for
/healthz, and stops it with SIGTERM. Users are made with `dossier user add … --password-stdin`;
a Session logs in over HTTP and keeps the cookie and the CSRF token."""

import http.client
import json
import os
import signal
import subprocess
import threading
import time


class Serve:
    def __init__(self, binary, root, extra=()):
        self.binary = binary
        self.root = root
        self.inbox = os.path.join(root, "inbox")
        self.out = os.path.join(root, "out")
        self.workspace = os.path.join(root, "ws")
        os.makedirs(self.inbox, exist_ok=True)
        self.port = 0
        self.output = []
        self.proc = subprocess.Popen(
            [binary, "serve", self.inbox, "-o", self.out, "--workspace", self.workspace,
             "--listen", "127.0.0.1:0", "--settle", "0", *extra],
            stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
        started = threading.Event()
        key = "门户已启动：http://127.0.0.1:"

        def read():
            for raw in self.proc.stdout:
                line = raw.decode("utf-8", "replace")
                self.output.append(line)
                if not self.port and key in line:
                    self.port = int(line.split(key, 1)[1].strip().split("/")[0])
                    started.set()
            started.set()

        self.reader = threading.Thread(target=read, daemon=True)
        self.reader.start()
        if not started.wait(60) or not self.port:
            self.stop()
            raise RuntimeError("serve did not start: " + "".join(self.output))
        deadline = time.time() + 20
        while time.time() < deadline:
            try:
                if self.request("GET", "/healthz")[0] == 200:
                    return
            except OSError:
                pass
            time.sleep(0.1)
        self.stop()
        raise RuntimeError("serve did not answer /healthz")

    @property
    def url(self):
        return "http://127.0.0.1:%d" % self.port

    def request(self, method, path, body=None, headers=None):
        """(status, body bytes, headers) of one request on a fresh connection."""
        c = http.client.HTTPConnection("127.0.0.1", self.port, timeout=60)
        try:
            c.request(method, path, body=body, headers=headers or {})
            r = c.getresponse()
            return r.status, r.read(), dict(r.getheaders())
        finally:
            c.close()

    def add_user(self, name, password, unit=None):
        args = [self.binary, "user", "add", name,
                *(["--unit", unit] if unit else ["--office"]),
                "--password-stdin", "--workspace", self.workspace]
        r = subprocess.run(args, input=(password + "\n").encode(), capture_output=True)
        if r.returncode != 0:
            raise RuntimeError("user add failed: " + r.stdout.decode() + r.stderr.decode())

    def stop(self):
        if self.proc.poll() is None:
            self.proc.send_signal(signal.SIGTERM)
            try:
                self.proc.wait(30)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()
        self.reader.join(5) if hasattr(self, "reader") else None
        return self.proc.returncode


class Session:
    """One signed-in person over HTTP: the session cookie and the CSRF token on every request."""

    def __init__(self, serve, user, password):
        self.serve = serve
        status, body, headers = serve.request(
            "POST", "/api/login", json.dumps({"user": user, "password": password}),
            {"Content-Type": "application/json"})
        if status != 200:
            raise RuntimeError("login failed: %d %r" % (status, body))
        self.cookie = headers["Set-Cookie"].split(";", 1)[0]
        self.csrf = json.loads(body)["csrf"]

    def headers(self, extra=None):
        h = {"Cookie": self.cookie, "X-CSRF-Token": self.csrf}
        h.update(extra or {})
        return h

    def get(self, path):
        return self.serve.request("GET", path, headers=self.headers())

    def json(self, path):
        status, body, _ = self.get(path)
        if status != 200:
            raise RuntimeError("%s answered %d: %r" % (path, status, body))
        return json.loads(body)

    def wait_builds(self, n, seconds=90):
        """Waits until GET /api/build (office) reports at least n completed builds and idle."""
        deadline = time.time() + seconds
        while time.time() < deadline:
            b = self.json("/api/build")
            if b["builds"] >= n and b["state"] == "idle":
                return b
            time.sleep(0.2)
        raise RuntimeError("no build %d within %d s" % (n, seconds))
