"""Browser: one headless Chromium kept open over --remote-debugging-pipe for many renders (the date
zoo, scripts/datezoo, and the design zoo, scripts/designzoo, keep one per worker)."""
import base64
import json
import os
import shutil
import subprocess
import tempfile

from .chromium import CHROMIUM


class Browser:
    """One headless Chromium kept open over --remote-debugging-pipe (fd 3/4) for many pages: a fresh
    tab per page, a screenshot (PNG/JPEG of our quality) or Page.printToPDF. Starting Chromium per
    page costs seconds on a loaded machine; this costs it once per worker."""
    def __init__(self):
        self.ud = tempfile.mkdtemp(prefix="zoo-chr-")
        r1, self.w1 = os.pipe()
        self.r2, w2 = os.pipe()

        # The child's fds 3 and 4 are made in the child (moved out of the way first: a pipe may be
        # 3 or 4 itself). No pass_fds: Popen would first make the *parent's* fds 3 and 4
        # inheritable in the child, and with several workers starting browsers at once those may
        # be closed at that moment ("OSError: [Errno 9] Bad file descriptor", a CI run's design
        # zoo). close_fds=False keeps the two dup2'd fds; every other fd Python opened is
        # non-inheritable (PEP 446), so nothing else leaks.
        def prep():
            a = os.dup2(r1, 100, inheritable=False)
            b = os.dup2(w2, 101, inheritable=False)
            os.dup2(a, 3)
            os.dup2(b, 4)
        self.proc = subprocess.Popen(CHROMIUM + [f"--user-data-dir={self.ud}", "--remote-debugging-pipe", "about:blank"],
                                     close_fds=False, preexec_fn=prep, stdout=subprocess.DEVNULL,
                                     stderr=subprocess.DEVNULL)
        os.close(r1)
        os.close(w2)
        self.buf, self.seq = b"", 0

    def send(self, method, params=None, sid=None):
        self.seq += 1
        m = {"id": self.seq, "method": method, "params": params or {}}
        if sid:
            m["sessionId"] = sid
        os.write(self.w1, json.dumps(m).encode() + b"\0")
        return self.seq

    def recv(self, pred):
        while True:
            while b"\0" in self.buf:
                msg, self.buf = self.buf.split(b"\0", 1)
                m = json.loads(msg)
                if pred(m):
                    return m
            chunk = os.read(self.r2, 1 << 20)
            if not chunk:
                raise RuntimeError("chromium closed the pipe")
            self.buf += chunk

    def call(self, method, params=None, sid=None):
        i = self.send(method, params, sid)
        m = self.recv(lambda m: m.get("id") == i)
        if "error" in m:
            raise RuntimeError(str(m["error"]))
        return m["result"]

    def render(self, html_path, out, size, script=None):
        """size (w, h, quality): a screenshot into out (.png or .jpg); None: print to PDF (A4).
        script: a JavaScript expression evaluated (awaited) after the fonts are ready; when it
        returns {x, y, width, height}, the screenshot is clipped to that rectangle of the page
        (beyond the viewport too: a long or cropped screenshot)."""
        t = self.call("Target.createTarget", {"url": "about:blank"})["targetId"]
        sid = self.call("Target.attachToTarget", {"targetId": t, "flatten": True})["sessionId"]
        try:
            if size:
                self.call("Emulation.setDeviceMetricsOverride", {"width": size[0], "height": size[1],
                                                                 "deviceScaleFactor": 1, "mobile": False}, sid)
            self.call("Page.enable", {}, sid)
            self.call("Page.navigate", {"url": "file://" + html_path}, sid)
            self.recv(lambda m: m.get("method") == "Page.loadEventFired" and m.get("sessionId") == sid)
            self.call("Runtime.evaluate", {"expression": "document.fonts.ready.then(()=>1)", "awaitPromise": True}, sid)
            clip = None
            if script:
                r = self.call("Runtime.evaluate", {"expression": script, "awaitPromise": True, "returnByValue": True}, sid)
                if "exceptionDetails" in r:
                    raise ValueError(f"page script failed: {r['exceptionDetails'].get('text')}")
                clip = r.get("result", {}).get("value")
            if size:
                fmt = "jpeg" if out.lower().endswith((".jpg", ".jpeg")) else "png"
                prm = {"format": fmt, **({"quality": size[2]} if fmt == "jpeg" else {})}
                if isinstance(clip, dict):
                    prm["clip"] = {k: float(clip[k]) for k in ("x", "y", "width", "height")}
                    prm["clip"]["scale"] = 1
                    prm["captureBeyondViewport"] = True
                data = self.call("Page.captureScreenshot", prm, sid)["data"]
            else:
                data = self.call("Page.printToPDF", {"printBackground": True, "preferCSSPageSize": True}, sid)["data"]
            with open(out, "wb") as f:
                f.write(base64.b64decode(data))
        finally:
            self.call("Target.closeTarget", {"targetId": t})

    def close(self):
        try:
            self.send("Browser.close")
            self.proc.wait(timeout=20)
        except (OSError, subprocess.TimeoutExpired):
            pass
        if self.proc.poll() is None:
            self.proc.kill()
            self.proc.wait()
        os.close(self.w1)
        os.close(self.r2)
        shutil.rmtree(self.ud, ignore_errors=True)
