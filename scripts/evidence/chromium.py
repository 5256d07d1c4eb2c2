"""Headless Chromium: DevTools screenshots (JPEG quality of our choosing), plain --screenshot and
--print-to-pdf runs, and LibreOffice for the one docx converted to PDF.
"""
import base64
import json
import os
import shutil
import subprocess
import sys
import tempfile

from .postprocess import set_pdf_dates

CHROMIUM = ["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
            "--no-first-run", "--disable-background-networking", "--disable-component-update",
            "--disable-sync", "--hide-scrollbars", "--force-device-scale-factor=1"]



def cdp_screenshot(html_path, out, size, fmt, quality):
    """Screenshot through the DevTools protocol over --remote-debugging-pipe (fd 3/4), which,
    unlike --screenshot, lets us choose the JPEG quality."""
    w, h = size
    ud = tempfile.mkdtemp(prefix="chr-")
    r1, w1 = os.pipe()   # we write -> chromium reads on fd 3
    r2, w2 = os.pipe()   # chromium writes on fd 4 -> we read

    def prep():
        a, b = os.dup2(os.dup(r1), 100), os.dup2(os.dup(w2), 101)
        os.dup2(a, 3)
        os.dup2(b, 4)
    proc = subprocess.Popen(CHROMIUM + [f"--user-data-dir={ud}", "--remote-debugging-pipe", f"--window-size={w},{h}", "about:blank"],
                            pass_fds=(3, 4), preexec_fn=prep, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    os.close(r1)
    os.close(w2)
    buf = [b""]
    seq = [0]

    def send(method, params=None, sid=None):
        seq[0] += 1
        m = {"id": seq[0], "method": method, "params": params or {}}
        if sid:
            m["sessionId"] = sid
        os.write(w1, json.dumps(m).encode() + b"\0")
        return seq[0]

    def recv(pred):
        while True:
            while b"\0" in buf[0]:
                msg, buf[0] = buf[0].split(b"\0", 1)
                m = json.loads(msg)
                if pred(m):
                    return m
            chunk = os.read(r2, 1 << 20)
            if not chunk:
                raise RuntimeError("chromium closed the pipe")
            buf[0] += chunk

    def call(method, params=None, sid=None):
        i = send(method, params, sid)
        m = recv(lambda m: m.get("id") == i)
        if "error" in m:
            raise RuntimeError(str(m["error"]))
        return m["result"]
    try:
        t = call("Target.createTarget", {"url": "about:blank"})["targetId"]
        sid = call("Target.attachToTarget", {"targetId": t, "flatten": True})["sessionId"]
        call("Emulation.setDeviceMetricsOverride", {"width": w, "height": h, "deviceScaleFactor": 1, "mobile": False}, sid)
        call("Page.enable", {}, sid)
        call("Page.navigate", {"url": "file://" + html_path}, sid)
        recv(lambda m: m.get("method") == "Page.loadEventFired")
        call("Runtime.evaluate", {"expression": "document.fonts.ready.then(()=>1)", "awaitPromise": True}, sid)
        prm = {"format": fmt}
        if fmt == "jpeg":
            prm["quality"] = quality
        data = call("Page.captureScreenshot", prm, sid)["data"]
        with open(out, "wb") as f:
            f.write(base64.b64decode(data))
        try:
            send("Browser.close")
        except OSError:
            pass
        proc.wait(timeout=20)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
        os.close(w1)
        os.close(r2)
        shutil.rmtree(ud, ignore_errors=True)


def run_chromium(job):
    """job: ("pdf", html, out, None) or ("shot", html, out, (w, h[, quality]))."""
    kind, html_path, out, size = job
    if kind == "pdf":
        ud = tempfile.mkdtemp(prefix="chr-")
        try:
            args = CHROMIUM + [f"--user-data-dir={ud}", f"--print-to-pdf={out}", "--no-pdf-header-footer", "file://" + html_path]
            for _ in range(3):
                subprocess.run(args, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=120)
                if os.path.exists(out) and os.path.getsize(out) > 0:
                    return
            raise RuntimeError(f"chromium failed for {out}")
        finally:
            shutil.rmtree(ud, ignore_errors=True)
    ext = os.path.splitext(out)[1].lower()
    fmt = "jpeg" if ext in (".jpg", ".jpeg") else "png"
    quality = size[2] if len(size) > 2 else 72
    for attempt in range(3):
        try:
            cdp_screenshot(html_path, out, size[:2], fmt, quality)
            return
        except Exception:
            if attempt == 2:
                raise


def chromium(args, tmp):
    prof = tempfile.mkdtemp(dir=tmp, prefix="prof")
    cmd = CHROMIUM + [f"--user-data-dir={prof}"] + args
    r = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, timeout=180)
    shutil.rmtree(prof, ignore_errors=True)
    return r


def shoot(html_text, size, out, tmp, charset="utf-8"):
    """Screenshot an HTML page to out (.png or .jpg, chosen by extension)."""
    src = tempfile.NamedTemporaryFile("wb", suffix=".html", dir=tmp, delete=False)
    src.write(html_text.encode(charset))
    src.close()
    ext = os.path.splitext(out)[1].lower()
    shot = os.path.join(tmp, os.path.basename(src.name) + (".jpg" if ext in (".jpg", ".jpeg") else ".png"))
    w, h = size
    for _ in range(3):
        chromium([f"--screenshot={shot}", f"--window-size={w},{h}", "file://" + src.name], tmp)
        if os.path.exists(shot) and os.path.getsize(shot) > 1000:
            break
    else:
        sys.exit(f"make-holdout: chromium produced no screenshot for {out}")
    os.makedirs(os.path.dirname(out), exist_ok=True)
    shutil.move(shot, out)


def print_pdf(html_text, out, tmp, when):
    src = tempfile.NamedTemporaryFile("wb", suffix=".html", dir=tmp, delete=False)
    src.write(html_text.encode("utf-8"))
    src.close()
    pdf = src.name + ".pdf"
    for _ in range(3):
        chromium([f"--print-to-pdf={pdf}", "--no-pdf-header-footer", "--print-to-pdf-no-header",
                  "file://" + src.name], tmp)
        if os.path.exists(pdf) and os.path.getsize(pdf) > 1000:
            break
    else:
        sys.exit(f"make-holdout: chromium produced no pdf for {out}")
    set_pdf_dates(pdf, when)
    os.makedirs(os.path.dirname(out), exist_ok=True)
    shutil.move(pdf, out)


def soffice_pdf(docx, out, tmp, when):
    prof = tempfile.mkdtemp(dir=tmp, prefix="lo")
    outdir = tempfile.mkdtemp(dir=tmp, prefix="lo_out")
    subprocess.run(["soffice", f"-env:UserInstallation=file://{prof}", "--headless", "--convert-to", "pdf",
                    "--outdir", outdir, docx], stdout=subprocess.PIPE, stderr=subprocess.PIPE, timeout=300, check=True)
    pdf = os.path.join(outdir, os.path.splitext(os.path.basename(docx))[0] + ".pdf")
    if not os.path.exists(pdf):
        sys.exit(f"make-holdout: soffice produced no pdf for {out}")
    set_pdf_dates(pdf, when)
    os.makedirs(os.path.dirname(out), exist_ok=True)
    shutil.move(pdf, out)
