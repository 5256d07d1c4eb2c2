#!/usr/bin/env python3
"""Writes the small seed corpora of the fuzz targets into tests/fuzz/corpus/<target>/.

Run from anywhere: python3 tests/fuzz/make_seeds.py. Deterministic (fixed zip times, sorted
inputs); every seed is small (a few KiB). Zip-based targets get each seed twice: as the raw zip
and as a "zip spec" (see tests/fuzz/zip_spec.hpp: "@@ <name>\\n<content>" per member), which lets
the fuzzer mutate the XML inside without breaking CRCs.
"""
import hashlib
import io
import json
import os
import shutil
import tarfile
import zipfile

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
DATA = os.path.join(ROOT, "tests", "data")
OUT = os.path.join(ROOT, "tests", "fuzz", "corpus")


def target(name):
    d = os.path.join(OUT, name)
    shutil.rmtree(d, ignore_errors=True)
    os.makedirs(d)
    return d


def put(d, name, data):
    if isinstance(data, str):
        data = data.encode("utf-8")
    with open(os.path.join(d, name), "wb") as f:
        f.write(data)


def spec_of_zip(raw):
    out = []
    with zipfile.ZipFile(io.BytesIO(raw)) as z:
        for info in z.infolist():
            out.append(b"@@ " + info.filename.encode("utf-8") + b"\n" + z.read(info))
    return b"\n".join(out)


def make_zip(members, flags_gbk=False):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, body in members:
            info = zipfile.ZipInfo(name, date_time=(2020, 11, 5, 10, 0, 0))
            z.writestr(info, body)
    return buf.getvalue()


def unescape(s):
    return s.replace("\\n", "\n").replace("\\t", "\t").replace("\\\\", "\\")


# date_finder: the hand-labelled inputs (text and OCR-like), one per file.
d = target("date_finder")
n = 0
for tsv in ("cases.tsv", "ocr_cases.tsv"):
    with open(os.path.join(DATA, "dates", tsv), encoding="utf-8") as f:
        for line in f:
            if line.startswith("#") or line.startswith("id\t"):
                continue
            cols = line.rstrip("\n").split("\t")
            if len(cols) < 6:
                continue
            n += 1
            put(d, f"{n:03d}_{cols[0]}", unescape(cols[-1]))

# date_chooser: the same labelled inputs, each behind a flag byte (bit 0 OCR pages, 1 one box
# short, 2 web page, 3 spreadsheet rows, 4/5 metadata dates), plus layout shapes of issue 17.
d = target("date_chooser")
src = os.path.join(OUT, "date_finder")
for i, name in enumerate(sorted(os.listdir(src))):
    with open(os.path.join(src, name), "rb") as f:
        put(d, name, bytes([i % 64]) + f.read())
put(d, "one_line_dates", b"\x00" + "2020-10-15 ".encode() * 40)
put(d, "dated_lines", b"\x01" + "2020-10-15\n".encode() * 40)
put(d, "blank_then_dates", b"\x00" + b"\n" * 200 + "市财政局\n2020年10月15日 ".encode() * 5)
put(d, "cn_labels", b"\x04" + "发布时间：2020年10月15日 10月16日至17日 ".encode() * 10)
put(d, "sheet", b"\x08" + "2020-11-03\t预算公开\t2020-11-02\t备注\n".encode() * 5)
put(d, "pages", b"\x31" + "标题\n发布日期：2020-11-03\f落款\n市财政局\n2020年11月3日\n此件公开发布".encode())

# html_entities: references of every kind, broken ones, and the shapes of issue 17.
d = target("html_entities")
html_seeds = {
    "named": "<p>A&amp;B &lt;x&gt; &quot;q&quot; &nbsp;&ldquo;引号&rdquo;&hellip;&copy;&yen;</p>",
    "numeric": "<p>&#20013;&#x6587;&#X4E2D; &#0; &#xD800; &#1114112; &#160;</p>",
    "broken": "<p>&amp &#; &#x; &#xZZ; &unknown; & ; &&&; &#12345678901234;</p>",
    "attrs": '<a href="?a=1&amp;b=2" title=\'&lt;t&gt;\' data=x&amp;y>链接</a>',
    "title": "<html><head><title>关于&ldquo;政务公开&rdquo;的通知</title>"
             '<meta name="PubDate" content="2020-11-03"><meta charset="utf-8"></head>'
             "<body><table><tr><td>a&amp;b</td><td>c</td></tr></table>"
             "<textarea>&lt;t&gt;</textarea><script>var a='&amp;';</script></body></html>",
    "ampersands": "<p>x" + "&" * 300,
    "unclosed": "<html><p>x" + '<a href="&#x' * 30,
    "comments": "<!-- & --><!doctype html><?xml & ?><p>&amp;</p><!-- unclosed &",
}
for k, v in html_seeds.items():
    put(d, k, v)

# catalog_loader: the test catalogs (good and bad), which reference calendars/test-2020.yaml.
d = target("catalog_loader")
cat_dir = os.path.join(DATA, "catalogs")
for name in sorted(os.listdir(cat_dir)):
    if name.endswith(".yaml"):
        shutil.copy(os.path.join(cat_dir, name), os.path.join(d, name))

# archive_names: raw name bytes (UTF-8, GBK, Big5, broken), and small archives with such names.
d = target("archive_names")
names = {
    "utf8": "政务公开/关于印发通知.pdf".encode("utf-8"),
    "gbk": "政务公开/关于印发通知.pdf".encode("gbk"),
    "gb18030_4byte": "㐀𠀀.txt".encode("gb18030"),
    "big5": "政府資訊公開.txt".encode("big5"),
    "broken_utf8": b"\xe6\x94\xbf\xe5/x\xff\xfe.txt",
    "overlong": b"\xc0\xaf..\xc0\xaf",
    "utf16le": "通知.txt".encode("utf-16-le"),
}
for k, v in names.items():
    put(d, "name_" + k, v)


class RawNameInfo(zipfile.ZipInfo):
    def __init__(self, raw):
        super().__init__(raw.decode("latin-1"), date_time=(2020, 11, 5, 10, 0, 0))
        self._raw = raw

    def _encodeFilenameFlags(self):
        return self._raw, 0


buf = io.BytesIO()
with zipfile.ZipFile(buf, "w", zipfile.ZIP_STORED) as z:
    z.writestr(RawNameInfo(names["gbk"]), "关于政务公开的通知\n".encode("utf-8"))
    z.writestr(RawNameInfo(names["broken_utf8"]), b"x\n")
    z.writestr(RawNameInfo(b"../../evil.txt"), b"escape\n")
    z.writestr(RawNameInfo(b"good/ok.txt"), b"fine\n")
put(d, "zip_names", buf.getvalue())
put(d, "zip_deflate", make_zip([("预算/决算.txt", "三公经费\n" * 20), ("dir/", "")]))


def tar_bytes(mode):
    b = io.BytesIO()
    with tarfile.open(fileobj=b, mode=mode, format=tarfile.GNU_FORMAT) as t:
        for raw, body in ((names["gbk"], b"gbk\n"), (names["utf8"], b"utf8\n")):
            ti = tarfile.TarInfo(raw.decode("utf-8", "surrogateescape"))
            ti.size, ti.mtime = len(body), 1604541600
            t.addfile(ti, io.BytesIO(body))
        ln = tarfile.TarInfo("link")
        ln.type, ln.linkname, ln.mtime = tarfile.SYMTYPE, "../../etc/passwd", 1604541600
        t.addfile(ln)
    return b.getvalue()


put(d, "tar_names", tar_bytes("w"))
put(d, "tar_gz", tar_bytes("w:gz"))

# ooxml_reader / ofd_reader: the test documents, raw and as specs.
for tgt, files in (("ooxml_reader", ["notice.docx", "broken.docx", "slides.pptx", "table.xlsx"]),
                   ("ofd_reader", ["notice.ofd", "outline.ofd", "missing_part.ofd"])):
    d = target(tgt)
    for name in files:
        with open(os.path.join(DATA, "docs", name), "rb") as f:
            raw = f.read()
        put(d, "raw_" + name, raw)
        try:
            put(d, "spec_" + name, spec_of_zip(raw))
        except zipfile.BadZipFile:
            pass

# manifest_verify: a tiny consistent package (BagIt + manifest.json) as spec and zip, and variants.
d = target("manifest_verify")
payload = "关于公开的通知\n".encode("utf-8")
ppath = "data/01_政务公开/01_决策公开/市财政局/001_20201103_通知.txt"
sha = hashlib.sha256(payload).hexdigest()
manifest = {
    "schema": "dossier.manifest/1",
    "catalog": {"id": "test-minimal", "title": "测试目录", "total_points": 3},
    "as_of": "2020-11-27",
    "unit": None,
    "indicators": [
        {"id": "1", "path": ["甲"], "points": 3, "units": [], "status": "weak", "reasons": ["证据不足"], "files": []},
        {"id": "1.1", "path": ["甲", "乙"], "points": 1, "units": ["市财政局"], "status": "covered",
         "reasons": [], "files": [ppath]},
        {"id": "1.2", "path": ["甲", "丙"], "points": 2, "units": [], "status": "missing",
         "reasons": ["缺少网页截图"], "files": []},
    ],
    "files": [{"path": ppath, "source": "市财政局/通知.txt", "sha256": sha, "size": len(payload),
               "media_type": "text/plain", "evidence_kind": "document", "unit": "市财政局",
               "indicator": "1.1", "secondary": [], "confidence": 0.9, "review": False,
               "published": "2020-11-03", "date_source": "label", "date_repaired": False,
               "keywords": ["预算"], "text_source": "text", "warnings": []}],
    "rejected": [{"source": "市财政局/x.exe", "reason": "不支持的文件类型"}],
    "duplicates": [],
}
mjson = json.dumps(manifest, ensure_ascii=False, indent=2).encode("utf-8") + b"\n"
bagit = b"BagIt-Version: 1.0\nTag-File-Character-Encoding: UTF-8\n"
baginfo = (f"Source-Organization: 测试\nBagging-Date: 2020-11-27\nPayload-Oxum: {len(payload)}.1\n"
           "Catalog-Id: test-minimal\n").encode("utf-8")
msha = f"{sha}  {ppath}\n".encode("utf-8")
tags = [("bagit.txt", bagit), ("bag-info.txt", baginfo), ("manifest-sha256.txt", msha), ("manifest.json", mjson)]
tagman = "".join(f"{hashlib.sha256(b).hexdigest()}  {n}\n" for n, b in tags).encode("utf-8")
members = tags + [("tagmanifest-sha256.txt", tagman), (ppath, payload)]
raw = make_zip(members)
put(d, "raw_package.zip", raw)
put(d, "spec_package", spec_of_zip(raw))
put(d, "spec_no_manifest", spec_of_zip(make_zip([("a.txt", b"x"), ("目录/b.txt", b"y")])))
put(d, "spec_bad_json", spec_of_zip(make_zip([("manifest.json", b'{"schema": 1, "files": [1, {"path": 2}]}')])))
print("seeds written to", OUT)
