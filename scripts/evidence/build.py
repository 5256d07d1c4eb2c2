"""The two ways a hold-out is built.

run_queue (hold-outs 2-4): the spec's compose(o) writes office and text files at once and queues
Chromium renders on an Out; the queue is then rendered two at a time (phase 1 after phase 0),
PDFs are stamped, PNGs optionally recompressed, zips packed, labels and README written and the
inbox validated.

run_items (hold-out 1): the spec's build_items() returns item dicts, each rendered by
render_item through the spec's page templates; zips keep label order.
"""
import json
import os
import shutil
import sys
import tempfile
import zipfile
from concurrent.futures import ThreadPoolExecutor

from .chromium import print_pdf, run_chromium, shoot, soffice_pdf
from .dates import AS_OF
from .labels import counts, file_rows, inbox_size, validate
from .office import write_book_xlsx, write_doc_docx, zput
from .postprocess import fix_pdf_dates, image_pdf, repack_png
from .templates import html_doc, scan_page


class Out:
    """What compose() asks for: files to write (path), pages to render (shot, pdf, scanpdf), labels."""
    def __init__(self, inbox, tmp):
        self.inbox, self.tmp = inbox, tmp
        self.jobs = [[], []]          # phase 0, phase 1 (depends on phase 0 output)
        self.labels = []
        self.zips = {}                # zip source -> (stage dir, [member paths])
        self.pdfs = []                # produced pdf paths (for metadata dates)
        self.n = 0

    def path(self, src):
        if "!/" in src:
            zsrc, member = src.split("!/", 1)
            stage = os.path.join(self.tmp, "zip", zsrc)
            self.zips.setdefault(zsrc, (stage, []))[1].append(member)
            p = os.path.join(stage, member)
        else:
            p = os.path.join(self.inbox, src)
        os.makedirs(os.path.dirname(p), exist_ok=True)
        return p

    def html_file(self, text, enc="utf-8"):
        self.n += 1
        p = os.path.join(self.tmp, f"page{self.n:03d}.html")
        with open(p, "wb") as f:
            f.write(text.encode(enc))
        return p

    def label(self, src, ind, pub, kind, note, **extra):
        """extra: the optional label fields (EXTRA_FIELDS: group, trap), kept only when given."""
        self.labels.append({"source": src, "indicator": ind, "published": pub, "kind": kind, "note": note, **extra})

    def shot(self, src, page, phase=0):
        text, size = page
        self.jobs[phase].append(("shot", self.html_file(text), self.path(src), size))

    def pdf(self, src, text, collected="20201117093000"):
        p = self.path(src)
        self.jobs[0].append(("pdf", self.html_file(text), p, None))
        self.pdfs.append((p, collected))

    def scanpdf(self, src, doc_html, collected="20201118101500"):
        img = os.path.join(self.tmp, f"scan{self.n:03d}.jpg")
        text, size = scan_page(doc_html)
        self.jobs[0].append(("shot", self.html_file(text), img, size))
        wrap = html_doc("scan", "@page{size:A4;margin:0}*{margin:0;padding:0}img{display:block;width:210mm;height:296.5mm}",
                        f'<img src="file://{img}">')
        p = self.path(src)
        self.jobs[1].append(("pdf", self.html_file(wrap), p, None))
        self.pdfs.append((p, collected))


EXTRA_FIELDS = ("group", "trap")


def write_labels(out, items):
    """labels.json: the labels sorted by source, as_of first; the optional fields (EXTRA_FIELDS)
    follow the five required ones on the items that have them."""
    labels = sorted(({k: it[k] for k in ("source", "indicator", "published", "kind", "note") + EXTRA_FIELDS if k in it}
                     for it in items), key=lambda l: l["source"])
    with open(os.path.join(out, "labels.json"), "w", encoding="utf-8", newline="\n") as f:
        json.dump({"as_of": AS_OF, "files": labels}, f, ensure_ascii=False, indent=1)
        f.write("\n")
    return labels


def pack_zip(zp, stage, members, dir_flags=0x800, all_parents=True):
    """A zip of staged members (sorted), with directory entries first; 2020-11-19 10:35:00.
    dir_flags: the general-purpose flags of the directory entries (hold-out 2 set none);
    all_parents: an entry for every ancestor folder, not only each member's own folder."""
    when = (2020, 11, 19, 10, 35, 0)
    os.makedirs(os.path.dirname(zp), exist_ok=True)
    with zipfile.ZipFile(zp, "w") as z:
        dirs = set()
        for m in members:
            parts = m.split("/")[:-1]
            for i in range(1 if all_parents else max(len(parts), 1), len(parts) + 1):
                dirs.add("/".join(parts[:i]) + "/")
        for dname in sorted(dirs):
            zi = zipfile.ZipInfo(dname, date_time=when)
            zi.external_attr = (0o40755 << 16) | 0x10
            zi.flag_bits |= dir_flags
            z.writestr(zi, b"")
        for m in sorted(members):
            with open(os.path.join(stage, m), "rb") as f:
                zput(z, m, f.read(), when=when)


COUNTED = {"files": "files", "indicators": "indicators", "level1": "level-1 indicators",
           "wrong_unit": "wrong-unit files"}


def run_queue(spec, out, name):
    """Build a queue hold-out into out. spec: compose(o), README_HEAD, readme_tail(labels, c, size),
    and optionally after_render(o) (called once the renders are done), SCANNED (sources of image-only
    PDFs not named 扫描件), REPACK_PNG, ZIP_DIR_FLAGS, ZIP_ALL_PARENTS, FORM_CHECKS, WIDTHS (the image widths
    allowed, default 1366/414/1200), MINIMUMS. Returns the exit code."""
    inbox = os.path.join(out, "inbox")
    shutil.rmtree(inbox, ignore_errors=True)
    os.makedirs(inbox)
    tmp = tempfile.mkdtemp(prefix=f"{name}-")
    try:
        o = Out(inbox, tmp)
        spec.compose(o)
        with ThreadPoolExecutor(max_workers=2) as ex:
            for phase in o.jobs:
                list(ex.map(run_chromium, phase))
        if hasattr(spec, "after_render"):
            spec.after_render(o)          # the spec's own post-processing (e.g. image-only scans)
        for p, stamp in o.pdfs:
            fix_pdf_dates(p, stamp)
        if getattr(spec, "REPACK_PNG", False):
            for base in [inbox, os.path.join(tmp, "zip")]:
                for dp, _, fs in os.walk(base):
                    for f in fs:
                        if f.endswith(".png"):
                            repack_png(os.path.join(dp, f))
        for zsrc, (stage, members) in o.zips.items():
            pack_zip(os.path.join(inbox, zsrc), stage, members, getattr(spec, "ZIP_DIR_FLAGS", 0x800),
                     getattr(spec, "ZIP_ALL_PARENTS", False))
        labels = write_labels(out, o.labels)
        c = counts(labels)
        with open(os.path.join(out, "README.md"), "w", encoding="utf-8") as f:
            f.write(spec.README_HEAD + spec.readme_tail(labels, c, inbox_size(out)))
        problems = validate(out, labels, getattr(spec, "FORM_CHECKS", True), getattr(spec, "WIDTHS", None),
                            getattr(spec, "SCANNED", ()))
        for k, least in getattr(spec, "MINIMUMS", {}).items():
            if c[k] < least:
                problems.append(f"only {c[k]} {COUNTED[k]}")
        print(json.dumps(c, ensure_ascii=False, indent=1))
        if problems:
            print("PROBLEMS:\n  " + "\n  ".join(problems), file=sys.stderr)
            return 1
        return 0
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def render_item(item, out_path, tmp, pages):
    """Render one item of build_items(): item["make"] = (kind, spec). pages: the hold-out's templates,
    page kind -> template(spec) -> (html, size), and "doc" -> doc(spec, mode) for a printed ("print"),
    photographed ("photo") or scanned ("scan") document."""
    kind, spec = item["make"]
    if kind in ("photo", "pdf", "scanpdf"):
        h, size = pages["doc"](spec["doc"], {"photo": "photo", "pdf": "print", "scanpdf": "scan"}[kind])
    if kind in ("docx", "xlsx", "txt", "savedhtml"):
        os.makedirs(os.path.dirname(out_path), exist_ok=True)
    if kind == "photo":
        shoot(h, size, out_path, tmp)
    elif kind == "pdf":
        print_pdf(h, out_path, tmp, spec["when"])
    elif kind == "scanpdf":
        jp = os.path.join(tmp, os.path.basename(out_path) + ".scan.jpg")
        shoot(h, size, jp, tmp)
        image_pdf([open(jp, "rb").read()], out_path, spec["producer"], spec["when"])
    elif kind == "sofficepdf":
        docx = os.path.join(tempfile.mkdtemp(dir=tmp), os.path.splitext(os.path.basename(out_path))[0] + ".docx")
        write_doc_docx(docx, spec["doc"])
        soffice_pdf(docx, out_path, tmp, spec["when"])
    elif kind == "docx":
        write_doc_docx(out_path, spec)
    elif kind == "xlsx":
        write_book_xlsx(out_path, spec)
    elif kind == "txt":
        with open(out_path, "wb") as f:
            f.write(spec["text"].replace("\n", "\r\n").encode(spec["encoding"]))
    elif kind == "savedhtml":
        cs = spec["charset"]
        h, _ = pages["portal"](spec["page"])
        if cs != "utf-8":
            h = h.replace('<meta charset="utf-8">', '<meta http-equiv="Content-Type" content="text/html; charset=gb2312">')
        url = "http://" + spec["page"].get("url", "www.bazhou.gov.cn") + "/" + spec["url_path"]
        h = h.replace("<head>", f"<head>\n<!-- saved from url=({len(url):04d}){url} -->", 1)
        with open(out_path, "wb") as f:
            f.write(h.encode(cs))
    elif kind in pages:
        h, size = pages[kind](spec)
        shoot(h, size, out_path, tmp)
    else:
        raise ValueError(kind)


def run_items(spec, out, jobs=3):
    """Build an item hold-out into out. spec: build_items(), PAGES (see render_item), README,
    readme_tail(labels, total_bytes)."""
    inbox = os.path.join(out, "inbox")
    if os.path.isdir(inbox):
        shutil.rmtree(inbox)
    os.makedirs(inbox)
    items = spec.build_items()
    tmp = tempfile.mkdtemp(prefix="make-holdout.")
    stage = os.path.join(tmp, "zipstage")
    try:
        def job(it):
            src = it["source"]
            if "!/" in src:
                zpath, member = src.split("!/", 1)
                dst = os.path.join(stage, zpath, member)
            else:
                dst = os.path.join(inbox, src)
            render_item(it, dst, tmp, spec.PAGES)
            return src

        with ThreadPoolExecutor(max(1, jobs)) as ex:
            for src in ex.map(job, items):
                print("made", src, file=sys.stderr)
        # archives: members in label order, fixed timestamps, UTF-8 names
        zips = sorted({it["source"].split("!/")[0] for it in items if "!/" in it["source"]})
        for zp in zips:
            dst = os.path.join(inbox, zp)
            os.makedirs(os.path.dirname(dst), exist_ok=True)
            with zipfile.ZipFile(dst, "w") as z:
                for it in items:
                    if it["source"].startswith(zp + "!/"):
                        member = it["source"].split("!/", 1)[1]
                        data = open(os.path.join(stage, zp, member), "rb").read()
                        zi = zipfile.ZipInfo(member, (2020, 11, 17, 16, 20, 0))
                        ext = os.path.splitext(member)[1].lower()
                        zi.compress_type = zipfile.ZIP_STORED if ext in (".png", ".jpg", ".pdf") else zipfile.ZIP_DEFLATED
                        zi.external_attr = 0o644 << 16
                        z.writestr(zi, data)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    labels = write_labels(out, items)
    summary = spec.readme_tail(labels, inbox_size(out))
    with open(os.path.join(out, "README.md"), "w", encoding="utf-8", newline="\n") as f:
        f.write(spec.README + file_rows(labels) + summary)
    print(summary.strip(), file=sys.stderr)
    return 0
