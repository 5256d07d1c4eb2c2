"""Labels: the seed's indicator tree, validation of an inbox against its labels, counts and the
README tables written from them.
"""
import datetime as dt
import os
import subprocess
import zipfile

from .dates import AS_OF, D
from .postprocess import jpeg_size

# 《廊坊市2020年政务公开工作考核指标任务分解表》: level-1 indicator -> number of level-2 ones;
# 7.1 and 7.2 have level-3 leaves.
SEED_SHAPE = {1: 7, 2: 14, 3: 2, 4: 3, 5: 4, 6: 3, 7: 3, 8: 4}
SEED_LEAVES3 = {"7.1": 6, "7.2": 3}


def leaf_ids():
    ids = set()
    for a, n in SEED_SHAPE.items():
        for b in range(1, n + 1):
            k = f"{a}.{b}"
            if k in SEED_LEAVES3:
                ids.update(f"{k}.{c}" for c in range(1, SEED_LEAVES3[k] + 1))
            else:
                ids.add(k)
    return ids


def form_of(src):
    name = src.split("!/")[-1]
    ext = os.path.splitext(name)[1].lower()
    return {".png": "png", ".jpg": "jpeg", ".jpeg": "jpeg", ".pdf": "pdf", ".docx": "docx", ".xlsx": "xlsx",
            ".html": "html", ".htm": "html", ".txt": "txt"}.get(ext, ext)


DEFAULT_WIDTHS = (1366, 414, 1200)


def validate(out, labels, forms=True, widths=None, scans=()):
    """Problems of an inbox: missing or unlabelled files, bad ids, kinds or dates, scans with text,
    optional fields (group, trap) that are not non-empty strings; forms=True also checks image
    widths (widths: the allowed ones, default DEFAULT_WIDTHS), text PDFs and GBK pages. scans: sources
    of image-only PDFs besides those named 扫描件 (checked to have no text layer)."""
    scans = set(scans)
    widths = tuple(widths or DEFAULT_WIDTHS)
    inbox = os.path.join(out, "inbox")
    problems = []
    leaves = leaf_ids()
    for l in labels:
        src = l["source"]
        if "!/" in src:
            zp, member = src.split("!/", 1)
            p = os.path.join(inbox, zp)
            if not os.path.isfile(p) or member not in zipfile.ZipFile(p).namelist():
                problems.append(f"missing {src}")
        elif not os.path.isfile(os.path.join(inbox, src)):
            problems.append(f"missing {src}")
        if l["indicator"] not in leaves:
            problems.append(f"bad id {l['indicator']} for {src}")
        if l["kind"] not in ("screenshot", "document"):
            problems.append(f"bad kind for {src}")
        for k in ("group", "trap"):
            if k in l and not (isinstance(l[k], str) and l[k].strip()):
                problems.append(f"bad {k} for {src}")
        if l["published"] is not None:
            d = D(l["published"])
            if not (dt.date(2020, 1, 1) <= d <= D(AS_OF)):
                problems.append(f"date out of range {src}")
    # every inbox file (apart from zips) is labelled, and every zip member too
    labelled = {l["source"] for l in labels}
    for dp, _, fs in os.walk(inbox):
        for f in fs:
            rel = os.path.relpath(os.path.join(dp, f), inbox)
            if rel.endswith(".zip"):
                for m in zipfile.ZipFile(os.path.join(dp, f)).namelist():
                    if not m.endswith("/") and f"{rel}!/{m}" not in labelled:
                        problems.append(f"unlabelled member {rel}!/{m}")
            elif rel not in labelled:
                problems.append(f"unlabelled {rel}")
    for l in labels:
        if "扫描件" in l["source"] or l["source"] in scans:
            t = subprocess.run(["pdftotext", os.path.join(inbox, l["source"]), "-"], capture_output=True, text=True).stdout
            if t.strip():
                problems.append(f"scan has a text layer: {l['source']}")
    # extra form checks: image widths, text layers, encodings
    for l in labels if forms else []:
        src = l["source"]
        if f"missing {src}" in problems:
            continue
        if "!/" in src:
            zp, member = src.split("!/", 1)
            data = zipfile.ZipFile(os.path.join(inbox, zp)).read(member)
        else:
            with open(os.path.join(inbox, src), "rb") as f:
                data = f.read()
        ext = os.path.splitext(src)[1].lower()
        w = None
        if ext == ".png":
            w = int.from_bytes(data[16:20], "big")
        elif ext in (".jpg", ".jpeg"):
            w = jpeg_size(data)[0]
        if w is not None and w not in widths:
            problems.append(f"odd width {w} for {src}")
        if ext == ".pdf" and "扫描件" not in src and src not in scans and "!/" not in src:
            t = subprocess.run(["pdftotext", os.path.join(inbox, src), "-"], capture_output=True, text=True).stdout
            if len(t.strip()) < 50:
                problems.append(f"text PDF without text: {src}")
        if ext == ".htm":
            try:
                data.decode("utf-8")
                problems.append(f"GBK page decodes as UTF-8: {src}")
            except UnicodeDecodeError:
                data.decode("gbk")
    return problems


def counts(labels):
    forms = {}
    for l in labels:
        forms[form_of(l["source"])] = forms.get(form_of(l["source"]), 0) + 1
    inds = sorted({l["indicator"] for l in labels}, key=lambda s: [int(x) for x in s.split(".")])
    return {
        "files": len(labels),
        "indicators": len(inds),
        "level1": len({i.split(".")[0] for i in inds}),
        "wrong_unit": sum("错放单位" in l["note"] for l in labels),
        "null_dates": sum(l["published"] is None for l in labels),
        "screenshot": sum(l["kind"] == "screenshot" for l in labels),
        "document": sum(l["kind"] == "document" for l in labels),
        "zip_members": sum("!/" in l["source"] for l in labels),
        "forms": dict(sorted(forms.items())),
        "indicator_list": inds,
    }


def file_rows(labels):
    """The README's table rows, one line each."""
    return "".join(f"| `{l['source']}` | {l['indicator']} | {l['published'] or 'null'} | {l['kind']} |\n" for l in labels)


def inbox_size(out):
    size = 0
    for dp, _, fs in os.walk(os.path.join(out, "inbox")):
        size += sum(os.path.getsize(os.path.join(dp, f)) for f in fs)
    return size


def files_section(labels, c, size, wrong_units=True):
    """The README tail of hold-outs 2 and 3: (the wrong-unit list,) the file table and a summary."""
    forms = ", ".join(f"{k} {v}" for k, v in c["forms"].items())
    wrong = ", ".join(f"{l['indicator']} by {l['source'].split('/')[0]}" for l in labels if "错放单位" in l["note"])
    return ((f"\nWrong-unit files ({c['wrong_unit']}): {wrong}.\n" if wrong_units else "")
            + f"\n## Files\n\n| source | indicator | published | kind |\n|---|---|---|---|\n{file_rows(labels)}\n"
            f"{c['files']} labelled files ({c['zip_members']} inside the zip; {c['screenshot']} screenshot, "
            f"{c['document']} document; {c['null_dates']} undated), {c['indicators']} indicators over "
            f"{c['level1']} level-1 indicators, {c['wrong_unit']} wrong-unit files; forms: {forms}; "
            f"{size / 1024 / 1024:.2f} MB in `inbox/`.\n")
